// What an advocate's claim filing needs to know about a case (issue 15, item 4), inside the member's
// organization scope (db/org-scope.ts): the case's record, and the live authorization that lets its
// organization file and follow a claim for the client.
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';

export type ClaimableCase = { caseId: number; recordId: number | null; authorizationId: number | null };

/**
 * The case (open, of this organization) and its newest live authorization with the claim scope on `today`
 * (YYYY-MM-DD): not revoked, not superseded, started, not past its expiry day.
 */
export async function findClaimableCase(tx: Executor, orgId: number, caseId: number, today: string): Promise<ClaimableCase | null> {
  const [row] = await rowsOf<{ case_id: number; record_id: number | null; authorization_id: number | null }>(
    tx,
    sql`select c.id as case_id, c.record_id,
          (select a.id from org_authorizations a
            where a.case_id = c.id and a.org_id = c.org_id and a.scope_claim and a.revoked_at is null and a.superseded_by is null
              and a.starts_on <= ${today}::date and a.expires_on >= ${today}::date
            order by a.id desc limit 1) as authorization_id
        from org_cases c
        where c.id = ${caseId} and c.org_id = ${orgId} and c.closed_at is null`,
  );
  return row ? { caseId: row.case_id, recordId: row.record_id, authorizationId: row.authorization_id } : null;
}

export async function findOrganizationName(tx: Executor, orgId: number): Promise<string | null> {
  const [row] = await rowsOf<{ name: string }>(tx, sql`select name from organizations where id = ${orgId}`);
  return row?.name ?? null;
}
