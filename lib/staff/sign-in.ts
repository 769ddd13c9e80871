// Signing staff in and out. One answer for every failure — unknown email, wrong password, wrong or
// reused code, locked or disabled account — so nobody learns which emails have accounts (OWASP ASVS
// 6.3.8); an unknown email still costs one argon2 verification. Every attempt is audited without the
// email: failures by reason, the lockout as its own entry.
import { randomBytes } from 'node:crypto';
import {
  claimTotpStep,
  clearFailedSignIns,
  findStaffByEmail,
  insertStaffSession,
  markSessionSecondFactor,
  recordFailedSignIn,
  revokeStaffSession,
  revokeStaffSessionsOfUser,
  spendRecoveryCode,
  touchStaffSession,
} from '../../db/queries/staff';
import type { StaffUser } from '../../db/schema';
import { audit, normalizeEmail, openTotpSecret, staffActor, type Result, type StaffDeps } from './deps';
import { burnPasswordCheck, verifyPassword } from './password';
import { hashRecoveryCode } from './recovery-codes';
import { isStaffRole, type StaffRole } from './roles';
import { verifyTotp } from './totp';

export type SignInInput = { email: string; password: string; code: string };
export type SignInData = { sessionId: string; userId: number; needsEnrolment: boolean };
/** address_limited: too many failed sign-ins from the client's address (address-limit.ts). */
export type SignInFailure = 'invalid_credentials' | 'address_limited';
/** Where the attempt comes from: the address bucket of lib/self-check/client-address.ts, or null. */
export type SignInClient = { address: string | null };

type FailReason = 'unknown_account' | 'disabled' | 'locked' | 'password' | 'second_factor';

async function fail(
  deps: StaffDeps,
  client: SignInClient,
  user: StaffUser | null,
  reason: FailReason,
): Promise<Result<SignInData, SignInFailure>> {
  const now = deps.now();
  await deps.addressLimit?.recordFailure(client.address);
  let locked = false;
  // Only wrong secrets count towards the lockout; a locked or disabled account stays as it is.
  if (user && (reason === 'password' || reason === 'second_factor')) {
    locked = (await recordFailedSignIn(deps.db, user.id, deps.config.lockoutAttempts, new Date(now.getTime() + deps.config.lockoutMs)))
      .locked;
  }
  const actor = user ? staffActor(user.id) : 'anonymous';
  await audit(deps, deps.db, { actor, action: 'staff.sign_in', outcome: 'failed', detail: { reason } });
  if (locked)
    await audit(deps, deps.db, {
      actor,
      action: 'staff.locked',
      outcome: 'ok',
      detail: { minutes: Math.round(deps.config.lockoutMs / 60_000) },
    });
  return { ok: false, error: 'invalid_credentials' };
}

/** Checks the second factor: a TOTP code (each step once) or an unused recovery code (spent here). */
async function checkSecondFactor(deps: StaffDeps, user: StaffUser, code: string): Promise<'totp' | 'recovery_code' | null> {
  const trimmed = code.trim();
  if (/^[0-9\s]{6,8}$/.test(trimmed)) {
    if (!user.totpSealed) return null;
    const step = verifyTotp(openTotpSecret(deps, user.id, user.totpSealed), trimmed, deps.now(), user.totpLastStep);
    return step !== null && (await claimTotpStep(deps.db, user.id, step)) ? 'totp' : null;
  }
  const hash = hashRecoveryCode(deps.recoveryKey, trimmed);
  return hash && (await spendRecoveryCode(deps.db, user.id, hash, deps.now())) ? 'recovery_code' : null;
}

export async function signInStaff(
  deps: StaffDeps,
  input: SignInInput,
  client: SignInClient = { address: null },
): Promise<Result<SignInData, SignInFailure>> {
  const allowed = (await deps.addressLimit?.check(client.address)) ?? { ok: true };
  if (!allowed.ok) {
    // Refused before the password is looked at, so the answer says nothing about the account.
    await audit(deps, deps.db, { actor: 'anonymous', action: 'staff.sign_in', outcome: 'refused', detail: { reason: 'address_limited' } });
    return { ok: false, error: 'address_limited' };
  }
  const user = await findStaffByEmail(deps.db, normalizeEmail(input.email));
  if (!user) {
    await burnPasswordCheck(input.password);
    return fail(deps, client, null, 'unknown_account');
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (user.disabledAt) return fail(deps, client, user, 'disabled');
  if (user.lockedUntil && user.lockedUntil > deps.now()) return fail(deps, client, user, 'locked');
  if (!passwordOk) return fail(deps, client, user, 'password');

  const enrolled = user.totpEnrolledAt !== null;
  let via: 'totp' | 'recovery_code' | 'enrolment' = 'enrolment';
  if (enrolled) {
    const factor = await checkSecondFactor(deps, user, input.code);
    if (!factor) return fail(deps, client, user, 'second_factor');
    via = factor;
  }
  await clearFailedSignIns(deps.db, user.id);
  const sessionId = randomBytes(24).toString('base64url');
  // A user who has not enrolled gets a session that reaches only the enrolment page.
  await insertStaffSession(deps.db, { id: sessionId, userId: user.id, secondFactor: enrolled, now: deps.now() });
  await audit(deps, deps.db, { actor: staffActor(user.id), action: 'staff.sign_in', outcome: 'ok', detail: { via } });
  return { ok: true, data: { sessionId, userId: user.id, needsEnrolment: !enrolled } };
}

export type StaffIdentity = {
  sessionId: string;
  userId: number;
  email: string;
  role: StaffRole;
  /** False until the user has a second factor: such a session may only enrol. */
  enrolled: boolean;
  /** The password was generated for them: such a session may only choose a new one (after enrolling). */
  mustChangePassword: boolean;
  sessionStartedAt: Date;
};

/** The staff member behind a session id, if that session is live; touches it (idle timeout). */
export async function readStaffSession(deps: StaffDeps, sessionId: string): Promise<StaffIdentity | null> {
  const live = await touchStaffSession(deps.db, sessionId, deps.now(), deps.config);
  if (!live || !isStaffRole(live.role)) return null;
  return {
    sessionId: live.sessionId,
    userId: live.userId,
    email: live.email,
    role: live.role,
    enrolled: live.enrolled && live.secondFactor,
    mustChangePassword: live.mustChangePassword,
    sessionStartedAt: live.createdAt,
  };
}

export async function signOutStaff(deps: StaffDeps, who: Pick<StaffIdentity, 'sessionId' | 'userId'>): Promise<void> {
  await revokeStaffSession(deps.db, who.sessionId, deps.now());
  await audit(deps, deps.db, { actor: staffActor(who.userId), action: 'staff.sign_out', outcome: 'ok' });
}

export async function signOutStaffEverywhere(deps: StaffDeps, userId: number): Promise<number> {
  const sessions = await revokeStaffSessionsOfUser(deps.db, userId, deps.now());
  await audit(deps, deps.db, { actor: staffActor(userId), action: 'staff.sign_out_everywhere', outcome: 'ok', detail: { sessions } });
  return sessions;
}

/** After enrolment, the session that was opened to enrol counts as signed in with both factors. */
export async function completeSessionSecondFactor(deps: StaffDeps, sessionId: string): Promise<void> {
  await markSessionSecondFactor(deps.db, sessionId);
}
