// A staff member changes their own password: at first sign-in when it was generated for them (someone
// else saw it), or whenever they like. The current password is asked again, so an unattended session
// cannot take the account over; every other session of the user ends, since the reason to change may be
// that someone else knows it. Audited with the staff id, never the email or either password.
import { findStaffById, revokeStaffSessionsOfUser, updateStaffUser } from '../../db/queries/staff';
import { audit, staffActor, type Result, type StaffDeps } from './deps';
import { hashPassword, verifyPassword } from './password';

export type PasswordChangeInput = { current: string; next: string };
export type PasswordChangeError = 'no_user' | 'wrong_current' | 'same_as_current' | 'contains_email';

export async function changeOwnPassword(
  deps: StaffDeps,
  who: { userId: number; sessionId: string },
  input: PasswordChangeInput,
): Promise<Result<{ otherSessionsEnded: number }, PasswordChangeError>> {
  const user = await findStaffById(deps.db, who.userId);
  if (!user) return { ok: false, error: 'no_user' };
  const actor = staffActor(user.id);
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    await audit(deps, deps.db, { actor, action: 'staff.password_changed', outcome: 'failed', detail: { reason: 'wrong_current' } });
    return { ok: false, error: 'wrong_current' };
  }
  if (input.next === input.current) return { ok: false, error: 'same_as_current' };
  const localPart = user.email.split('@')[0]!;
  if (localPart.length >= 4 && input.next.toLowerCase().includes(localPart)) return { ok: false, error: 'contains_email' };
  const passwordHash = await hashPassword(input.next);
  const otherSessionsEnded = await deps.db.transaction(async (tx) => {
    await updateStaffUser(tx, user.id, { passwordHash, passwordMustChange: false });
    return revokeStaffSessionsOfUser(tx, user.id, deps.now(), who.sessionId);
  });
  await audit(deps, deps.db, {
    actor,
    action: 'staff.password_changed',
    outcome: 'ok',
    detail: { wasTemporary: user.passwordMustChange, otherSessionsEnded },
  });
  return { ok: true, data: { otherSessionsEnded } };
}
