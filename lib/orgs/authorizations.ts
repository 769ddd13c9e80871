// The client's written authorization on file for a case (issue 15, item 3; 26 U.S.C. 6103(c)). Access to
// anything about the client through a case needs one that is live at the moment of the read: not revoked
// (by the organization or by the client), not replaced by a newer one, started and not expired.
//
// Dates are calendar days in America/New_York, the programme's time zone (lib/claims/deadlines.ts), so the
// advocate, the client and the staff see the same day everywhere. An authorization runs out at the end of its
// expiry day in New York: from 00:00 New York time the day after, access is closed. It is the earlier end for
// every client west of New York (nearly all US time zones): access never outlasts the day the client signed for.
//
// The signed document is received and checked like a claim document (lib/claims/documents.ts: type by content,
// at most 10 MB, no PDF with active content), sealed with associated data `org-authorization:<id>`, and written
// in one insert once the whole request has arrived.
import { createHash } from 'node:crypto';
import type { Database, Transaction } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  findAuthorizationDocument,
  findCurrentAuthorization,
  findOrgCase,
  insertOrgAuthorization,
  listRecordAuthorizations,
  nextOrgAuthorizationId,
  revokeCurrentAuthorization,
  revokeRecordAuthorization,
  type AuthorizationFacts,
  type RecordAuthorization,
} from '../../db/queries/org-cases';
import { withOrgScope, withServiceScope } from '../../db/org-scope';
import { newYorkDay } from '../claims/deadlines';
import { checkDocument, type DocumentMediaType, type DocumentRefusal } from '../claims/documents';
import type { Sealer } from '../crypto';
import type { CheckSession } from '../self-check/session';
import { parseAuthorization, type AuthorizationFieldErrors, type ParsedAuthorization } from '../validation/org-cases';
import type { MemberPrincipal } from './session';

export type OrgCaseDeps = { db: Database; sealer: Sealer; auditKey: Buffer; now(): Date };

export type Member = Pick<MemberPrincipal, 'orgId' | 'memberId'>;

/** The audit actor of a member's act. */
export const memberActor = (m: Member) => `org-member:${m.memberId}`;

export const authorizationAad = (id: number) => Buffer.from(`org-authorization:${id}`, 'ascii');

/** The programme's calendar day (see above). */
export const programmeDay = (now: Date) => newYorkDay(now);

export type AuthorizationState = 'live' | 'none' | 'not_started' | 'expired' | 'revoked' | 'superseded';

export function authorizationState(
  a: Pick<AuthorizationFacts, 'startsOn' | 'expiresOn' | 'revokedAt' | 'supersededBy'> | null | undefined,
  now: Date,
): AuthorizationState {
  if (!a) return 'none';
  if (a.supersededBy !== null) return 'superseded';
  if (a.revokedAt !== null) return 'revoked';
  const today = programmeDay(now);
  if (today > a.expiresOn) return 'expired';
  if (today < a.startsOn) return 'not_started';
  return 'live';
}

export type DocumentUpload = { bytes: Buffer } | null;

export type StoreAuthorizationError = { code: 'no_file' } | { code: 'document'; refusal: Exclude<DocumentRefusal, 'empty'> };

/** Checks, seals and writes one authorization inside the member's transaction; superseding the case's older ones. */
export async function storeAuthorization(
  tx: Transaction,
  deps: Pick<OrgCaseDeps, 'sealer' | 'now'>,
  member: Member,
  caseId: number,
  auth: ParsedAuthorization,
  bytes: Buffer,
): Promise<
  | { ok: true; data: { authorizationId: number; mediaType: DocumentMediaType; superseded: number } }
  | { ok: false; error: StoreAuthorizationError }
> {
  const checked = checkDocument(bytes);
  if (!checked.ok)
    return { ok: false, error: checked.refusal === 'empty' ? { code: 'no_file' } : { code: 'document', refusal: checked.refusal } };
  const id = await nextOrgAuthorizationId(tx);
  const { superseded } = await insertOrgAuthorization(tx, {
    id,
    orgId: member.orgId,
    caseId,
    kind: auth.kind,
    scopeStatus: auth.scopes.status,
    scopeCopies: auth.scopes.copies,
    scopeClaim: auth.scopes.claim,
    cafNumber: auth.cafNumber,
    // The Sealer seals text; base64, as claim documents are sealed (lib/claims/document-store.ts).
    documentSealed: deps.sealer.seal(bytes.toString('base64'), authorizationAad(id)),
    documentMediaType: checked.mediaType,
    documentSha256: createHash('sha256').update(bytes).digest(),
    keyVersion: deps.sealer.currentVersion,
    startsOn: auth.startsOn,
    expiresOn: auth.expiresOn,
    createdBy: member.memberId,
    createdAt: deps.now(),
  });
  return { ok: true, data: { authorizationId: id, mediaType: checked.mediaType, superseded } };
}

export type AddAuthorizationResult =
  | { ok: true; data: { authorizationId: number } }
  | { ok: false; error: { code: 'invalid_input'; fields: AuthorizationFieldErrors } | StoreAuthorizationError | { code: 'not_found' } };

/** A new authorization for an existing case of the member's organization: it replaces the older ones at once. */
export async function addAuthorization(
  deps: OrgCaseDeps,
  member: Member,
  caseId: number,
  input: unknown,
  bytes: Buffer | null,
): Promise<AddAuthorizationResult> {
  const parsed = parseAuthorization(input, programmeDay(deps.now()));
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.fields } };
  if (!bytes || bytes.length === 0) return { ok: false, error: { code: 'no_file' } };
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const found = await findOrgCase(tx, { orgId: member.orgId, caseId });
    if (!found) return { ok: false as const, error: { code: 'not_found' as const } };
    const stored = await storeAuthorization(tx, deps, member, caseId, parsed.value, bytes);
    if (!stored.ok) return stored;
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_authorization.added',
      recordId: found.recordId,
      outcome: 'ok',
      detail: { orgId: member.orgId, caseId, authorizationId: stored.data.authorizationId, superseded: stored.data.superseded },
    });
    return { ok: true as const, data: { authorizationId: stored.data.authorizationId } };
  });
}

/** Any member of the organization revokes the case's authorization; access closes with this transaction. */
export async function revokeAuthorizationByMember(deps: OrgCaseDeps, member: Member, caseId: number): Promise<{ ok: boolean }> {
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const found = await findOrgCase(tx, { orgId: member.orgId, caseId });
    if (!found) return { ok: false };
    const id = await revokeCurrentAuthorization(tx, { orgId: member.orgId, caseId, by: `member:${member.memberId}`, now: deps.now() });
    if (id === undefined) return { ok: false };
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_authorization.revoked',
      recordId: found.recordId,
      outcome: 'ok',
      detail: { orgId: member.orgId, caseId, authorizationId: id },
    });
    return { ok: true };
  });
}

/** The signed document of the case's current authorization, only while it is live; audited before the bytes leave. */
export async function openAuthorizationDocument(
  deps: OrgCaseDeps,
  member: Member,
  caseId: number,
): Promise<{ bytes: Buffer; mediaType: DocumentMediaType } | undefined> {
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const current = await findCurrentAuthorization(tx, { orgId: member.orgId, caseId });
    if (!current || authorizationState(current, deps.now()) !== 'live') return undefined;
    const doc = await findAuthorizationDocument(tx, { orgId: member.orgId, caseId, authorizationId: current.id });
    if (!doc) return undefined;
    const bytes = Buffer.from(deps.sealer.open(doc.documentSealed, authorizationAad(doc.id)), 'base64');
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_authorization.document_read',
      outcome: 'ok',
      detail: { orgId: member.orgId, caseId, authorizationId: doc.id },
    });
    return { bytes, mediaType: doc.documentMediaType as DocumentMediaType };
  });
}

// ------------------------------------------------------------------------------ the client's side

/** The organizations with a live authorization on the verified person's record. */
export async function listClientAuthorizations(deps: OrgCaseDeps, session: CheckSession | null): Promise<RecordAuthorization[]> {
  // An advocate's session (filing a claim for the client) is not the client: it never sees which other
  // organizations the client authorized, nor revokes one.
  if (!session || session.via === 'advocate') return [];
  const rows = await withServiceScope(deps.db, (tx) => listRecordAuthorizations(tx, session.recordId));
  return rows
    .filter((r) => authorizationState({ ...r, revokedAt: null, supersededBy: null }, deps.now()) === 'live')
    .map(({ startsOn: _s, ...r }) => r);
}

/** The client revokes one organization's authorization from their own verified session: at once, audited with the session as actor. */
export async function revokeAuthorizationByClient(
  deps: OrgCaseDeps,
  session: CheckSession | null,
  authorizationId: number,
): Promise<{ ok: boolean }> {
  if (!session || session.via === 'advocate' || !Number.isSafeInteger(authorizationId) || authorizationId <= 0) return { ok: false };
  return withServiceScope(deps.db, async (tx) => {
    const done = await revokeRecordAuthorization(tx, { recordId: session.recordId, authorizationId, now: deps.now() });
    if (!done) return { ok: false };
    await appendAudit(tx, deps.auditKey, {
      actor: 'self-check',
      action: 'org_authorization.revoked_by_client',
      recordId: session.recordId,
      outcome: 'ok',
      detail: { via: session.via, orgId: done.orgId, caseId: done.caseId, authorizationId },
    });
    return { ok: true };
  });
}
