// A client's case and the authorizations on file for it (db/schema/orgs.ts org_cases, org_authorizations).
// Every statement runs in the scope its caller opened: a member's (withOrgScope), where row-level security
// keeps other organizations' rows out even when `orgId` below is forged, or the service scope for the
// client's own page (their record's authorizations, a revocation by the client).
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { orgAuthorizations, orgCases, organizations, type OrgAuthorizationRow, type OrgCaseRow } from '../schema';

/** Ids come first so the sealed values can be bound to them (associated data `org-case:<id>` and `org-authorization:<id>`). */
export async function nextOrgCaseId(tx: Executor): Promise<number> {
  const [row] = await rowsOf<{ id: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('org_cases', 'id')) as id`);
  return Number(row!.id);
}

export async function nextOrgAuthorizationId(tx: Executor): Promise<number> {
  const [row] = await rowsOf<{ id: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('org_authorizations', 'id')) as id`);
  return Number(row!.id);
}

export type NewOrgCase = Pick<OrgCaseRow, 'id' | 'orgId' | 'openedBy' | 'labelSealed' | 'keyVersion' | 'language'>;

export async function insertOrgCase(tx: Executor, row: NewOrgCase): Promise<void> {
  await tx.insert(orgCases).values(row);
}

export type NewOrgAuthorization = Omit<OrgAuthorizationRow, 'createdAt' | 'revokedAt' | 'revokedBy' | 'supersededBy'> & { createdAt: Date };

/**
 * Puts an authorization on file and makes it the case's only current one: every older one not yet replaced
 * is superseded by it in the same transaction (the caller's), whether it was live, expired or revoked.
 */
export async function insertOrgAuthorization(tx: Executor, row: NewOrgAuthorization): Promise<{ superseded: number }> {
  await tx.insert(orgAuthorizations).values(row);
  const replaced = await tx
    .update(orgAuthorizations)
    .set({ supersededBy: row.id })
    .where(
      and(
        eq(orgAuthorizations.caseId, row.caseId),
        eq(orgAuthorizations.orgId, row.orgId),
        isNull(orgAuthorizations.supersededBy),
        sql`${orgAuthorizations.id} <> ${row.id}`,
      ),
    )
    .returning({ id: orgAuthorizations.id });
  return { superseded: replaced.length };
}

export async function findOrgCase(tx: Executor, p: { orgId: number; caseId: number }): Promise<OrgCaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(orgCases)
    .where(and(eq(orgCases.id, p.caseId), eq(orgCases.orgId, p.orgId)));
  return row;
}

/** What the page may show about an authorization, without its document. */
export type AuthorizationFacts = Omit<OrgAuthorizationRow, 'documentSealed'>;

const authorizationFacts = {
  id: orgAuthorizations.id,
  orgId: orgAuthorizations.orgId,
  caseId: orgAuthorizations.caseId,
  kind: orgAuthorizations.kind,
  scopeStatus: orgAuthorizations.scopeStatus,
  scopeCopies: orgAuthorizations.scopeCopies,
  scopeClaim: orgAuthorizations.scopeClaim,
  cafNumber: orgAuthorizations.cafNumber,
  documentMediaType: orgAuthorizations.documentMediaType,
  documentSha256: orgAuthorizations.documentSha256,
  keyVersion: orgAuthorizations.keyVersion,
  startsOn: orgAuthorizations.startsOn,
  expiresOn: orgAuthorizations.expiresOn,
  createdBy: orgAuthorizations.createdBy,
  createdAt: orgAuthorizations.createdAt,
  revokedAt: orgAuthorizations.revokedAt,
  revokedBy: orgAuthorizations.revokedBy,
  supersededBy: orgAuthorizations.supersededBy,
};

/** The case's current authorization: the one not superseded (live or not: the caller decides). */
export async function findCurrentAuthorization(
  tx: Executor,
  p: { orgId: number; caseId: number },
): Promise<AuthorizationFacts | undefined> {
  const [row] = await tx
    .select(authorizationFacts)
    .from(orgAuthorizations)
    .where(and(eq(orgAuthorizations.caseId, p.caseId), eq(orgAuthorizations.orgId, p.orgId), isNull(orgAuthorizations.supersededBy)))
    .orderBy(desc(orgAuthorizations.id))
    .limit(1);
  return row;
}

export async function findAuthorizationDocument(
  tx: Executor,
  p: { orgId: number; caseId: number; authorizationId: number },
): Promise<Pick<OrgAuthorizationRow, 'id' | 'documentSealed' | 'documentMediaType'> | undefined> {
  const [row] = await tx
    .select({
      id: orgAuthorizations.id,
      documentSealed: orgAuthorizations.documentSealed,
      documentMediaType: orgAuthorizations.documentMediaType,
    })
    .from(orgAuthorizations)
    .where(and(eq(orgAuthorizations.id, p.authorizationId), eq(orgAuthorizations.caseId, p.caseId), eq(orgAuthorizations.orgId, p.orgId)));
  return row;
}

/** Revokes the case's authorization if it is still unrevoked and current; the id, or undefined when there was none. */
export async function revokeCurrentAuthorization(
  tx: Executor,
  p: { orgId: number; caseId: number; by: string; now: Date },
): Promise<number | undefined> {
  const [row] = await tx
    .update(orgAuthorizations)
    .set({ revokedAt: p.now, revokedBy: p.by })
    .where(
      and(
        eq(orgAuthorizations.caseId, p.caseId),
        eq(orgAuthorizations.orgId, p.orgId),
        isNull(orgAuthorizations.supersededBy),
        isNull(orgAuthorizations.revokedAt),
      ),
    )
    .returning({ id: orgAuthorizations.id });
  return row?.id;
}

export type CaseListing = Pick<OrgCaseRow, 'id' | 'labelSealed' | 'keyVersion' | 'language' | 'openedAt' | 'checkedAt'> & {
  authorization: Pick<AuthorizationFacts, 'id' | 'startsOn' | 'expiresOn' | 'revokedAt' | 'supersededBy'> | null;
};

export async function listOrgCases(tx: Executor, p: { orgId: number; limit: number }): Promise<CaseListing[]> {
  const rows = await tx
    .select({
      id: orgCases.id,
      labelSealed: orgCases.labelSealed,
      keyVersion: orgCases.keyVersion,
      language: orgCases.language,
      openedAt: orgCases.openedAt,
      checkedAt: orgCases.checkedAt,
      authId: orgAuthorizations.id,
      startsOn: orgAuthorizations.startsOn,
      expiresOn: orgAuthorizations.expiresOn,
      revokedAt: orgAuthorizations.revokedAt,
      supersededBy: orgAuthorizations.supersededBy,
    })
    .from(orgCases)
    .leftJoin(orgAuthorizations, and(eq(orgAuthorizations.caseId, orgCases.id), isNull(orgAuthorizations.supersededBy)))
    .where(and(eq(orgCases.orgId, p.orgId), isNull(orgCases.closedAt)))
    .orderBy(desc(orgCases.openedAt), desc(orgCases.id))
    .limit(p.limit);
  return rows.map(({ authId, startsOn, expiresOn, revokedAt, supersededBy, ...c }) => ({
    ...c,
    authorization: authId === null ? null : { id: authId, startsOn: startsOn!, expiresOn: expiresOn!, revokedAt, supersededBy },
  }));
}

/** A check run for the client found their record: it is kept on the case (null when the check found none). */
export async function setOrgCaseRecord(
  tx: Executor,
  p: { orgId: number; caseId: number; recordId: number | null; now: Date },
): Promise<boolean> {
  const rows = await tx
    .update(orgCases)
    .set({ recordId: p.recordId, checkedAt: p.now })
    .where(and(eq(orgCases.id, p.caseId), eq(orgCases.orgId, p.orgId)))
    .returning({ id: orgCases.id });
  return rows.length === 1;
}

// ------------------------------------------------------------------ the client's side (service scope)

export type RecordAuthorization = { authorizationId: number; orgId: number; orgName: string; kind: string; expiresOn: string };

/** Authorizations current and unrevoked on cases that hold this record, with the organization's name (liveness by date: the caller). */
export async function listRecordAuthorizations(tx: Executor, recordId: number): Promise<(RecordAuthorization & { startsOn: string })[]> {
  return tx
    .select({
      authorizationId: orgAuthorizations.id,
      orgId: organizations.id,
      orgName: organizations.name,
      kind: orgAuthorizations.kind,
      startsOn: orgAuthorizations.startsOn,
      expiresOn: orgAuthorizations.expiresOn,
    })
    .from(orgAuthorizations)
    .innerJoin(orgCases, eq(orgCases.id, orgAuthorizations.caseId))
    .innerJoin(organizations, eq(organizations.id, orgAuthorizations.orgId))
    .where(and(eq(orgCases.recordId, recordId), isNull(orgAuthorizations.supersededBy), isNull(orgAuthorizations.revokedAt)))
    .orderBy(orgAuthorizations.id);
}

/** The client revokes one authorization on a case that holds their record; the case and organization, or undefined. */
export async function revokeRecordAuthorization(
  tx: Executor,
  p: { recordId: number; authorizationId: number; now: Date },
): Promise<{ caseId: number; orgId: number } | undefined> {
  const [row] = await rowsOf<{ case_id: string | number; org_id: string | number }>(
    tx,
    sql`update org_authorizations a set revoked_at = ${p.now.toISOString()}::timestamptz, revoked_by = 'client'
      from org_cases c
      where a.id = ${p.authorizationId} and c.id = a.case_id and c.record_id = ${p.recordId} and a.revoked_at is null
      returning a.case_id, a.org_id`,
  );
  return row ? { caseId: Number(row.case_id), orgId: Number(row.org_id) } : undefined;
}

/** Organizations' names by id, for the client's history of accesses. */
export async function findOrganizationNames(tx: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
