// Second-factor enrolment: a user without TOTP signs in with the password to a session that reaches only
// the enrolment page, scans the secret (QR code or typed), confirms one code, and is shown ten recovery
// codes once. The secret being enrolled is kept sealed on the user row until it is confirmed, so
// reloading the page shows the same QR code.
import { findStaffById, claimTotpStep, markSessionSecondFactor, replaceRecoveryCodes, setStaffTotp } from '../../db/queries/staff';
import { audit, openTotpSecret, sealTotpSecret, staffActor, type Result, type StaffDeps } from './deps';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';
import { generateTotpSecret, totpUri, verifyTotp } from './totp';

export type PendingEnrolment = { secret: string; uri: string };

export async function beginEnrolment(deps: StaffDeps, userId: number): Promise<Result<PendingEnrolment, 'already_enrolled' | 'no_user'>> {
  const user = await findStaffById(deps.db, userId);
  if (!user) return { ok: false, error: 'no_user' };
  if (user.totpEnrolledAt) return { ok: false, error: 'already_enrolled' };
  let secret: string;
  if (user.totpSealed) {
    secret = openTotpSecret(deps, user.id, user.totpSealed);
  } else {
    secret = generateTotpSecret();
    await setStaffTotp(deps.db, user.id, sealTotpSecret(deps, user.id, secret), null);
  }
  return { ok: true, data: { secret, uri: totpUri(secret, user.email) } };
}

export async function confirmEnrolment(
  deps: StaffDeps,
  input: { userId: number; sessionId: string; code: string },
): Promise<Result<{ recoveryCodes: string[] }, 'already_enrolled' | 'no_user' | 'wrong_code'>> {
  const user = await findStaffById(deps.db, input.userId);
  if (!user || !user.totpSealed) return { ok: false, error: 'no_user' };
  if (user.totpEnrolledAt) return { ok: false, error: 'already_enrolled' };
  const step = verifyTotp(openTotpSecret(deps, user.id, user.totpSealed), input.code, deps.now(), null);
  if (step === null) {
    await audit(deps, deps.db, { actor: staffActor(user.id), action: 'staff.enrolled', outcome: 'wrong_code' });
    return { ok: false, error: 'wrong_code' };
  }
  const recoveryCodes = generateRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await setStaffTotp(tx, user.id, user.totpSealed, deps.now());
    await claimTotpStep(tx, user.id, step);
    await replaceRecoveryCodes(
      tx,
      user.id,
      recoveryCodes.map((c) => hashRecoveryCode(deps.recoveryKey, c)!),
    );
    await markSessionSecondFactor(tx, input.sessionId);
  });
  await audit(deps, deps.db, { actor: staffActor(user.id), action: 'staff.enrolled', outcome: 'ok' });
  return { ok: true, data: { recoveryCodes } };
}
