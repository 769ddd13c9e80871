// Synthetic cases and authorizations for the bulk check's tests, written in the service scope and sealed as
// the cases code seals them (label `org-case:<id>`, document `org-authorization:<id>`). Every value is invented.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { Readable } from 'node:stream';
import type { Hasher, Sealer } from '../lib/crypto';
import { formatCsvLine } from '../lib/csv/format';
import { importRecordsCsv } from '../lib/records/import';
import { goodRow, toCsv, type Row } from './records';

export type TestAuthorization = {
  startsOn?: string;
  expiresOn?: string;
  revoked?: boolean;
  scopeStatus?: boolean;
  /** Marks the new authorization superseded by a later one on the same case. */
  superseded?: boolean;
};

/** A case with one authorization: their ids. */
export async function createTestCaseWithAuthorization(
  db: Database,
  sealer: Sealer,
  member: { orgId: number; memberId: number },
  a: TestAuthorization = {},
): Promise<{ caseId: number; authorizationId: number }> {
  return withServiceScope(db, async (tx) => {
    const [c] = await rowsOf<{ id: number }>(
      tx,
      sql`insert into org_cases (org_id, opened_by, label_sealed, key_version, language)
        values (${member.orgId}, ${member.memberId}, '\\x00'::bytea, ${sealer.currentVersion}, 'es') returning id`,
    );
    const caseId = Number(c!.id);
    const label = sealer.seal(`Client ${caseId} (synthetic)`, Buffer.from(`org-case:${caseId}`, 'ascii'));
    await tx.execute(sql`update org_cases set label_sealed = ${label} where id = ${caseId}`);
    const doc = Buffer.from('%PDF-1.4 synthetic authorization');
    const [auth] = await rowsOf<{ id: number }>(
      tx,
      sql`insert into org_authorizations (org_id, case_id, kind, scope_status, scope_copies, scope_claim, document_sealed,
          document_media_type, document_sha256, key_version, starts_on, expires_on, created_by, revoked_at, revoked_by)
        values (${member.orgId}, ${caseId}, 'form_8821', ${a.scopeStatus ?? true}, true, false, '\\x00'::bytea, 'application/pdf',
          ${createHash('sha256').update(doc).digest()}, ${sealer.currentVersion}, ${a.startsOn ?? '2020-01-01'}, ${a.expiresOn ?? '2099-12-31'},
          ${member.memberId}, ${a.revoked ? sql`now()` : null}, ${a.revoked ? `member:${member.memberId}` : null})
        returning id`,
    );
    const authorizationId = Number(auth!.id);
    const sealedDoc = sealer.seal(doc.toString('base64'), Buffer.from(`org-authorization:${authorizationId}`, 'ascii'));
    await tx.execute(sql`update org_authorizations set document_sealed = ${sealedDoc} where id = ${authorizationId}`);
    if (a.superseded) {
      const [next] = await rowsOf<{ id: number }>(
        tx,
        sql`insert into org_authorizations (org_id, case_id, kind, scope_status, scope_copies, scope_claim, document_sealed,
            document_media_type, document_sha256, key_version, starts_on, expires_on, created_by)
          select org_id, case_id, kind, scope_status, scope_copies, scope_claim, document_sealed, document_media_type,
            document_sha256, key_version, starts_on, expires_on, created_by from org_authorizations where id = ${authorizationId}
          returning id`,
      );
      await tx.execute(sql`update org_authorizations set superseded_by = ${next!.id} where id = ${authorizationId}`);
    }
    return { caseId, authorizationId };
  });
}

/** The case's record and check time, read in the service scope. */
export async function readTestCase(db: Database, caseId: number): Promise<{ recordId: number | null; checkedAt: Date | null }> {
  const [row] = await withServiceScope(db, (tx) =>
    rowsOf<{ record_id: string | number | null; checked_at: Date | string | null }>(
      tx,
      sql`select record_id, checked_at from org_cases where id = ${caseId}`,
    ),
  );
  return {
    recordId: row?.record_id == null ? null : Number(row.record_id),
    checkedAt: row?.checked_at == null ? null : new Date(row.checked_at),
  };
}

/** Synthetic people imported as disclosed records (ITINs, every value invented): their rows as the CSV writes them. */
export async function importTestPeople(db: Database, keys: { hasher: Hasher; sealer: Sealer }, count: number): Promise<Row[]> {
  const rows = Array.from({ length: count }, (_, i) =>
    goodRow({
      tin: `9${String(10 + (i % 90)).padStart(2, '0')}-7${i % 9}-${String(1000 + i).padStart(4, '0')}`,
      last_name: `Synthetic${String.fromCharCode(65 + (i % 26))}${i}`,
      email: `person${i}.synthetic@example.com`,
      zip: String(90000 + (i % 1000)).padStart(5, '0'),
    }),
  );
  const imported = await importRecordsCsv({
    db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    input: Readable.from([toCsv(rows)]),
    source: 'org-bulk-test.csv',
    actor: 'tester',
  });
  if (imported.status !== 'completed' || imported.rejected > 0)
    throw new Error(`Test people did not import: ${imported.rejected} rejected`);
  return rows;
}

/** One bulk-file line for a person (their own details, or with one field changed). */
export function bulkLine(
  authorizationId: number | string,
  p: Row,
  over: Partial<Record<'tin' | 'dob' | 'last_name' | 'zip', string>> = {},
): string {
  return formatCsvLine([
    String(authorizationId),
    over.tin ?? p.tin,
    over.dob ?? p.date_of_birth,
    over.last_name ?? p.last_name,
    over.zip ?? p.zip,
  ]);
}

export const bulkHeader = 'authorization_id,ssn_or_itin,date_of_birth,last_name,zip\n';
