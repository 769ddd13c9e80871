// A lost PIN: a person who proves who they are again through the self-check (a verified check session)
// opens their own claim's status without the PIN. The claim is found from the session's record alone, never
// from an id a form sent, so a check session opens one claim only: the one its record filed. The opening is
// a read of personal data, audited like the PIN lookup's (lib/claims/status-lookup.ts), with the check
// session as the actor and how it was opened; the caller then issues the same claim session the PIN lookup
// issues (lib/claims/status-session.ts).
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { findClaimByRecord } from '../../db/queries/claims';
import type { Hasher } from '../crypto';
import { auditActorOf, readCheckSession, type SessionDeps } from '../self-check/session';

export type OpenOwnClaimDeps = SessionDeps & { db: Database; hasher: Pick<Hasher, 'auditKey'> };

export type OpenOwnClaimResult =
  | { ok: true; data: { claimId: number } }
  /** No check session, or one altered, signed with another key or expired: check your record again. */
  | { ok: false; error: { code: 'no_session' } }
  /** A verified record without a claim: nothing to open (the claim form is the way on). */
  | { ok: false; error: { code: 'no_claim' } };

/** `checkToken`: the check session cookie's value, as the browser sent it. */
export async function openOwnClaim(deps: OpenOwnClaimDeps, checkToken: string | null | undefined): Promise<OpenOwnClaimResult> {
  const session = readCheckSession(checkToken, deps);
  if (!session) return { ok: false, error: { code: 'no_session' } };
  const claim = await findClaimByRecord(deps.db, session.recordId);
  if (!claim) return { ok: false, error: { code: 'no_claim' } };
  // An advocate's session names the advocate (issue 15), so the person sees who opened their claim.
  const who =
    session.via === 'advocate' ? auditActorOf(session.via, session.assisted) : { actor: 'check-session', detail: { via: session.via } };
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: who.actor,
    action: 'claim.status_opened',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: { ...who.detail, claim: claim.id },
  });
  return { ok: true, data: { claimId: claim.id } };
}
