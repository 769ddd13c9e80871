// What an administrator does to staff accounts (and what the CLI and demo set-up use to create them).
// Each change is audited with the acting staff id, the target's id and the change; never an email.
// An administrator cannot change their own role or disable themselves, so nobody locks the area out
// by accident.
import {
  findStaffById,
  insertStaffUser,
  replaceRecoveryCodes,
  revokeStaffSessionsOfUser,
  setStaffTotp,
  updateStaffUser,
} from '../../db/queries/staff';
import type { StaffUser } from '../../db/schema';
import { audit, normalizeEmail, sealTotpSecret, staffActor, type Result, type StaffDeps } from './deps';
import { generatePassword, hashPassword } from './password';
import type { StaffRole } from './roles';

export type CreateStaffInput = { email: string; role: StaffRole; password?: string; totpSecret?: string };
export type CreatedStaff = { user: StaffUser; password: string; generatedPassword: boolean };

/**
 * Creates a user who must enrol a second factor at first sign-in — unless `totpSecret` is given (demo
 * accounts only), which enrols them with it. Without a password, a temporary one is generated and
 * returned once; whoever saw it could sign in with it, so the user must choose their own before using
 * anything (password-change.ts).
 */
export async function createStaffUser(
  deps: StaffDeps,
  actor: string,
  input: CreateStaffInput,
): Promise<Result<CreatedStaff, 'email_taken'>> {
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await deps.db.transaction(async (tx) => {
    const row = await insertStaffUser(tx, {
      email: normalizeEmail(input.email),
      passwordHash,
      role: input.role,
      passwordMustChange: input.password === undefined,
    });
    if (row && input.totpSecret) await setStaffTotp(tx, row.id, sealTotpSecret(deps, row.id, input.totpSecret), deps.now());
    return row;
  });
  if (!user) return { ok: false, error: 'email_taken' };
  await audit(deps, deps.db, { actor, action: 'staff.user_created', outcome: 'ok', detail: { userId: user.id, role: user.role } });
  return { ok: true, data: { user, password, generatedPassword: input.password === undefined } };
}

type ManageError = 'no_user' | 'self';

async function target(deps: StaffDeps, actorId: number, userId: number, allowSelf: boolean): Promise<Result<StaffUser, ManageError>> {
  if (!allowSelf && actorId === userId) return { ok: false, error: 'self' };
  const user = await findStaffById(deps.db, userId);
  return user ? { ok: true, data: user } : { ok: false, error: 'no_user' };
}

export async function changeStaffRole(
  deps: StaffDeps,
  actorId: number,
  userId: number,
  role: StaffRole,
): Promise<Result<StaffUser, ManageError>> {
  const found = await target(deps, actorId, userId, false);
  if (!found.ok) return found;
  await updateStaffUser(deps.db, userId, { role });
  await audit(deps, deps.db, {
    actor: staffActor(actorId),
    action: 'staff.role_changed',
    outcome: 'ok',
    detail: { userId, from: found.data.role, to: role },
  });
  return { ok: true, data: { ...found.data, role } };
}

/** Disabling also ends every session the user has; enabling lets them sign in again. */
export async function setStaffDisabled(
  deps: StaffDeps,
  actorId: number,
  userId: number,
  disabled: boolean,
): Promise<Result<StaffUser, ManageError>> {
  const found = await target(deps, actorId, userId, false);
  if (!found.ok) return found;
  const disabledAt = disabled ? deps.now() : null;
  await updateStaffUser(deps.db, userId, { disabledAt });
  const sessions = disabled ? await revokeStaffSessionsOfUser(deps.db, userId, deps.now()) : 0;
  await audit(deps, deps.db, {
    actor: staffActor(actorId),
    action: disabled ? 'staff.user_disabled' : 'staff.user_enabled',
    outcome: 'ok',
    detail: { userId, sessions },
  });
  return { ok: true, data: { ...found.data, disabledAt } };
}

/** Removes the second factor and recovery codes and ends every session: the user enrols again. */
export async function resetStaffSecondFactor(deps: StaffDeps, actorId: number, userId: number): Promise<Result<StaffUser, ManageError>> {
  const found = await target(deps, actorId, userId, true);
  if (!found.ok) return found;
  const sessions = await deps.db.transaction(async (tx) => {
    await setStaffTotp(tx, userId, null, null);
    await replaceRecoveryCodes(tx, userId, []);
    return revokeStaffSessionsOfUser(tx, userId, deps.now());
  });
  await audit(deps, deps.db, {
    actor: staffActor(actorId),
    action: 'staff.second_factor_reset',
    outcome: 'ok',
    detail: { userId, sessions },
  });
  return { ok: true, data: { ...found.data, totpSealed: null, totpEnrolledAt: null } };
}
