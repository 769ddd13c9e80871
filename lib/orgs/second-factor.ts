// A member's second factor (issue 15, item 2): TOTP, as for staff, with the staff area's primitives
// (lib/staff/totp.ts). The first time, the member enrols: the secret is kept sealed on their row (associated
// data `org-member-totp:<id>`) until one code confirms it, so reloading shows the same QR code. Later, a code
// is accepted only for a time step after the last one used (`totp_last_step`), and repeated wrong codes lock
// the member for a while, as a staff account is locked. Each step runs in the member's organization's scope.
import { withOrgScope } from '../../db/org-scope';
import {
  claimMemberTotpStep,
  findMemberSecondFactor,
  markMemberTotpEnrolled,
  recordMemberCodeFailure,
  setPendingMemberTotp,
} from '../../db/queries/org-sign-in';
import { generateTotpSecret, totpUri, verifyTotp } from '../staff/totp';
import { auditOrg, memberActor, sessionDepsOf, type OrgDeps, type Result } from './deps';
import { completeSecondFactor, type MemberPrincipal } from './session';

const totpAad = (memberId: number) => Buffer.from(`org-member-totp:${memberId}`, 'utf8');

export type SecondFactorStage = { kind: 'enrol'; secret: string; uri: string } | { kind: 'code' };

/** What the second-factor page shows: the secret to enrol (made now, or the one being enrolled), or the code field. */
export async function secondFactorStage(deps: OrgDeps, member: MemberPrincipal): Promise<SecondFactorStage> {
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const row = await findMemberSecondFactor(tx, member.memberId);
    if (!row) throw new Error('The session names a member its organization does not have');
    if (row.totpEnrolledAt) return { kind: 'code' };
    let secret: string;
    if (row.totpSealed) secret = deps.sealer.open(row.totpSealed, totpAad(row.id));
    else {
      secret = generateTotpSecret();
      await setPendingMemberTotp(tx, row.id, deps.sealer.seal(secret, totpAad(row.id)));
    }
    return { kind: 'enrol', secret, uri: totpUri(secret, row.email) };
  });
}

export type SecondFactorError = 'wrong_code' | 'locked' | 'no_secret';

/** A code typed on the second-factor page: enrols (first time) or verifies, then marks the session through. */
export async function submitSecondFactor(
  deps: OrgDeps,
  member: MemberPrincipal,
  code: string,
): Promise<Result<{ enrolled: boolean }, SecondFactorError>> {
  const now = deps.now();
  type Outcome = { error: SecondFactorError } | { enrolled: boolean };
  const outcome = await withOrgScope(deps.db, member.orgId, async (tx): Promise<Outcome> => {
    const row = await findMemberSecondFactor(tx, member.memberId);
    if (!row?.totpSealed) return { error: 'no_secret' };
    const audit = (outcome: string, detail: Record<string, string | number> = {}) =>
      auditOrg(deps, tx, {
        actor: memberActor(row.id),
        action: 'org.second_factor',
        outcome,
        orgId: row.orgId,
        detail: { memberId: row.id, ...detail },
      });
    if (row.lockedUntil && row.lockedUntil > now) {
      await audit('locked');
      return { error: 'locked' };
    }
    const enrolling = row.totpEnrolledAt === null;
    const step = verifyTotp(deps.sealer.open(row.totpSealed, totpAad(row.id)), code, now, enrolling ? null : row.totpLastStep);
    // The step is claimed in one statement: a code used twice at once passes once.
    if (step !== null && (await claimMemberTotpStep(tx, row.id, step))) {
      if (enrolling) await markMemberTotpEnrolled(tx, row.id, now);
      await audit(enrolling ? 'enrolled' : 'ok');
      return { enrolled: enrolling };
    }
    const { locked } = await recordMemberCodeFailure(
      tx,
      row.id,
      deps.config.lockoutAttempts,
      new Date(now.getTime() + deps.config.lockoutMs),
    );
    await audit('wrong_code');
    if (locked) await audit('locked_now', { minutes: Math.round(deps.config.lockoutMs / 60_000) });
    return { error: locked ? 'locked' : 'wrong_code' };
  });
  if ('error' in outcome) return { ok: false, error: outcome.error };
  if (!(await completeSecondFactor(sessionDepsOf(deps), member.sessionId))) return { ok: false, error: 'no_secret' };
  return { ok: true, data: { enrolled: outcome.enrolled } };
}
