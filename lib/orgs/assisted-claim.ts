// Filing a claim for a client (issue 15, item 4). From a case whose check found the client's record and
// whose authorization on file includes "file and follow a claim", an advocate opens the claim pages with a
// check session of its own kind (`via: 'advocate'`, naming the organization, member and case): the same
// pages, rules and PIN as the person's own filing, audited under the advocate. Filing checks it all again at
// the moment of filing — the member still signed in, the same one, the authorization still live — so a
// revocation between the two pages stops it. The claim is marked assisted (claims.assisted_by_*).
import type { Database } from '../../db/index';
import { withOrgScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import { findClaimableCase, findOrganizationName } from '../../db/queries/org-assisted';
import { newYorkDay } from '../claims/deadlines';
import type { SessionDeps } from '../self-check/session';
import { createCheckSession, type AssistedBy } from '../self-check/session';
import type { MemberPrincipal } from './session';

export type AssistedClaimDeps = SessionDeps & { db: Database; auditKey: Buffer };

export type AssistedClaimRefusal = 'not_found' | 'not_checked' | 'no_claim_authorization';

export type AssistedClaimStart =
  { ok: true; data: { token: string; maxAgeSeconds: number; recordId: number } } | { ok: false; error: AssistedClaimRefusal };

export async function startAssistedClaim(deps: AssistedClaimDeps, member: MemberPrincipal, caseId: number): Promise<AssistedClaimStart> {
  const today = newYorkDay(deps.now());
  const found = await withOrgScope(deps.db, member.orgId, (tx) => findClaimableCase(tx, member.orgId, caseId, today));
  if (!found) return { ok: false, error: 'not_found' };
  if (found.authorizationId === null) return { ok: false, error: 'no_claim_authorization' };
  if (found.recordId === null) return { ok: false, error: 'not_checked' };
  const assisted: AssistedBy = { orgId: member.orgId, memberId: member.memberId, caseId };
  const session = createCheckSession(found.recordId, 'advocate', deps, assisted);
  await appendAudit(deps.db, deps.auditKey, {
    actor: `org-member:${member.memberId}`,
    action: 'org.claim_pages_opened',
    recordId: found.recordId,
    outcome: 'ok',
    detail: { orgId: member.orgId, caseId, authorization: found.authorizationId },
  });
  return { ok: true, data: { token: session.token, maxAgeSeconds: session.maxAgeSeconds, recordId: found.recordId } };
}

/**
 * At the moment of filing: the advocate's session must still be the member it names, signed in through the
 * second factor, with a live claim authorization on that case for that record. Null when any of it fails.
 */
export async function confirmAssistedFiling(
  deps: Pick<AssistedClaimDeps, 'db' | 'now'>,
  session: { recordId: number; assisted: AssistedBy },
  member: MemberPrincipal | null,
): Promise<{ authorizationId: number } | null> {
  const a = session.assisted;
  if (!member || !member.secondFactor || member.memberId !== a.memberId || member.orgId !== a.orgId) return null;
  const today = newYorkDay(deps.now());
  const found = await withOrgScope(deps.db, member.orgId, (tx) => findClaimableCase(tx, member.orgId, a.caseId, today));
  if (!found || found.recordId !== session.recordId || found.authorizationId === null) return null;
  return { authorizationId: found.authorizationId };
}

/** The organization an advocate's claim pages name (read in that organization's own scope). */
export function assistingOrganizationName(db: Database, assisted: AssistedBy): Promise<string | null> {
  return withOrgScope(db, assisted.orgId, (tx) => findOrganizationName(tx, assisted.orgId));
}
