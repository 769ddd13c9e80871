// Composition root for the public claim-documents page and its upload handler: which claim, if any, the
// visitor's session opens, and what the document store acts with.
import { findClaimByRecord } from '../db/queries/claims';
import type { DocumentStoreDeps } from '../lib/claims/document-store';
import { claimSessionCookieName, readClaimSession } from '../lib/claims/status-session';
import { checkSessionCookieName } from '../lib/self-check';
import { liveCheckSession } from './check-session';
import { getSelfCheckDeps } from './self-check';

type CookieJar = { get(name: string): { value: string } | undefined };

/**
 * Who may send documents for which claim: `claim` (its id, from the session, never from the browser),
 * `no_claim` (a verified person whose record has no claim yet) or `no_session` (none, or it ended).
 */
export type DocumentsAccess = { kind: 'claim'; claimId: number } | { kind: 'no_claim' } | { kind: 'no_session' };

/**
 * The one place a session becomes a claim: the claim-status session (claim number and PIN, its claim) or the
 * verified self-check session (record → its claim).
 */
export async function documentsAccessFor(jar: CookieJar): Promise<DocumentsAccess> {
  const deps = await getSelfCheckDeps();
  const status = readClaimSession(jar.get(claimSessionCookieName)?.value, deps);
  if (status) return { kind: 'claim', claimId: status.claimId };
  const check = await liveCheckSession(jar.get(checkSessionCookieName)?.value, deps);
  if (!check) return { kind: 'no_session' };
  const claim = await findClaimByRecord(deps.db, check.recordId);
  return claim ? { kind: 'claim', claimId: claim.id } : { kind: 'no_claim' };
}

export async function claimDocumentStoreDeps(): Promise<DocumentStoreDeps> {
  const deps = await getSelfCheckDeps();
  return { db: deps.db, sealer: deps.sealer, auditKey: deps.hasher.auditKey };
}
