// Bulk checks of an organization (issue 15, item 5). Every function runs inside the caller's scope
// (withOrgScope for a member's request and for the worker acting for the member who started the run;
// withServiceScope for the purge), and still names the organization in its own `where`: row-level security
// is the second wall, not the only one.
import { and, asc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { orgAuthorizations, orgBulkChecks, orgBulkRows, orgCases } from '../schema';

const toBuffer = (v: Buffer | Uint8Array) => (Buffer.isBuffer(v) ? v : Buffer.from(v));

/** Serializes uploads of one organization until the end of the transaction, so two at once cannot both fit the quota. */
export async function lockOrgBulkQuota(tx: Executor, orgId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7315, ${orgId}::int)`);
}

/** Rows of the organization's bulk checks counted against `day` (New York calendar). */
export async function sumBulkRowsForDay(tx: Executor, orgId: number, day: string): Promise<number> {
  const [row] = await tx
    .select({ rows: sql<string>`coalesce(sum(${orgBulkChecks.total}), 0)` })
    .from(orgBulkChecks)
    .where(and(eq(orgBulkChecks.orgId, orgId), eq(orgBulkChecks.quotaDay, day)));
  return Number(row?.rows ?? 0);
}

export async function insertBulkCheck(
  tx: Executor,
  p: { orgId: number; createdBy: number; total: number; keyVersion: number; quotaDay: string },
): Promise<number> {
  const [row] = await tx.insert(orgBulkChecks).values(p).returning({ id: orgBulkChecks.id });
  return row!.id;
}

export async function setBulkUpload(tx: Executor, p: { orgId: number; bulkId: number; sealed: Buffer }): Promise<void> {
  await tx
    .update(orgBulkChecks)
    .set({ uploadSealed: p.sealed })
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId)));
}

export type BulkCheckSummary = Omit<typeof orgBulkChecks.$inferSelect, 'uploadSealed' | 'resultsSealed'> & { hasResults: boolean };

const summaryColumns = {
  id: orgBulkChecks.id,
  orgId: orgBulkChecks.orgId,
  createdBy: orgBulkChecks.createdBy,
  status: orgBulkChecks.status,
  total: orgBulkChecks.total,
  processed: orgBulkChecks.processed,
  found: orgBulkChecks.found,
  notFound: orgBulkChecks.notFound,
  notLive: orgBulkChecks.notLive,
  invalid: orgBulkChecks.invalid,
  keyVersion: orgBulkChecks.keyVersion,
  quotaDay: orgBulkChecks.quotaDay,
  createdAt: orgBulkChecks.createdAt,
  startedAt: orgBulkChecks.startedAt,
  finishedAt: orgBulkChecks.finishedAt,
  expiresAt: orgBulkChecks.expiresAt,
  deletedAt: orgBulkChecks.deletedAt,
  hasResults: sql<boolean>`${orgBulkChecks.resultsSealed} is not null`,
};

/** The figures of the progress page: no file, no results. */
export async function findBulkCheck(tx: Executor, p: { orgId: number; bulkId: number }): Promise<BulkCheckSummary | undefined> {
  const [row] = await tx
    .select(summaryColumns)
    .from(orgBulkChecks)
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId)));
  return row;
}

/** The run's state, locked until the end of the transaction: one chunk at a time per bulk check, from the committed checkpoint. */
export async function lockBulkCheckForRun(
  tx: Executor,
  p: { orgId: number; bulkId: number },
): Promise<(BulkCheckSummary & { uploadSealed: Buffer | null }) | undefined> {
  const [row] = await tx
    .select({ ...summaryColumns, uploadSealed: orgBulkChecks.uploadSealed })
    .from(orgBulkChecks)
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId)))
    .for('update');
  return row && { ...row, uploadSealed: row.uploadSealed ? toBuffer(row.uploadSealed) : null };
}

export async function markBulkCheckRunning(tx: Executor, p: { orgId: number; bulkId: number; now: Date }): Promise<void> {
  await tx
    .update(orgBulkChecks)
    .set({ status: 'running', startedAt: p.now })
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId), eq(orgBulkChecks.status, 'queued')));
}

export type LiveAuthorization = { id: number; caseId: number; scopeStatus: boolean };

/**
 * Of `ids`, the organization's authorizations that are live on `today` (YYYY-MM-DD, the programme's New York
 * day): not revoked, not superseded, started and not expired. Another organization's id, a revoked one or
 * one that does not exist is simply absent.
 */
export async function findLiveAuthorizationsForOrg(
  tx: Executor,
  orgId: number,
  ids: number[],
  today: string,
): Promise<Map<number, LiveAuthorization>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: orgAuthorizations.id, caseId: orgAuthorizations.caseId, scopeStatus: orgAuthorizations.scopeStatus })
    .from(orgAuthorizations)
    .where(
      and(
        eq(orgAuthorizations.orgId, orgId),
        inArray(orgAuthorizations.id, [...new Set(ids)]),
        isNull(orgAuthorizations.revokedAt),
        isNull(orgAuthorizations.supersededBy),
        lte(orgAuthorizations.startsOn, today),
        gte(orgAuthorizations.expiresOn, today),
      ),
    );
  return new Map(rows.map((r) => [r.id, r]));
}

export type BulkRowOutcome = 'found' | 'not_found' | 'authorization_not_live' | 'invalid_row';
export type NewBulkRow = {
  rowNo: number;
  authorizationId: number | null;
  caseId: number | null;
  outcome: BulkRowOutcome;
  reason: string | null;
};

/**
 * A chunk's rows and the checkpoint they move, in the caller's transaction. The primary key (bulk_id, row_no)
 * refuses a row done twice; `processed` must still be where the chunk started, or nothing moves.
 */
export async function recordBulkChunk(
  tx: Executor,
  p: { orgId: number; bulkId: number; from: number; rows: NewBulkRow[] },
): Promise<boolean> {
  if (p.rows.length > 0) await tx.insert(orgBulkRows).values(p.rows.map((r) => ({ ...r, bulkId: p.bulkId, orgId: p.orgId })));
  const count = (o: BulkRowOutcome) => p.rows.filter((r) => r.outcome === o).length;
  const moved = await tx
    .update(orgBulkChecks)
    .set({
      processed: sql`${orgBulkChecks.processed} + ${p.rows.length}`,
      found: sql`${orgBulkChecks.found} + ${count('found')}`,
      notFound: sql`${orgBulkChecks.notFound} + ${count('not_found')}`,
      notLive: sql`${orgBulkChecks.notLive} + ${count('authorization_not_live')}`,
      invalid: sql`${orgBulkChecks.invalid} + ${count('invalid_row')}`,
    })
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId), eq(orgBulkChecks.processed, p.from)))
    .returning({ id: orgBulkChecks.id });
  return moved.length === 1;
}

/** A check run for the client found their record: kept on the case, as the case page's own check does. */
export async function setCaseRecordFromBulk(
  tx: Executor,
  p: { orgId: number; caseId: number; recordId: number; now: Date },
): Promise<void> {
  await tx
    .update(orgCases)
    .set({ recordId: p.recordId, checkedAt: p.now })
    .where(and(eq(orgCases.id, p.caseId), eq(orgCases.orgId, p.orgId)));
}

export async function listBulkRows(tx: Executor, p: { orgId: number; bulkId: number }): Promise<NewBulkRow[]> {
  const rows = await tx
    .select({
      rowNo: orgBulkRows.rowNo,
      authorizationId: orgBulkRows.authorizationId,
      caseId: orgBulkRows.caseId,
      outcome: orgBulkRows.outcome,
      reason: orgBulkRows.reason,
    })
    .from(orgBulkRows)
    .where(and(eq(orgBulkRows.bulkId, p.bulkId), eq(orgBulkRows.orgId, p.orgId)))
    .orderBy(asc(orgBulkRows.rowNo));
  return rows as NewBulkRow[];
}

/** The run is done: the results kept sealed until `expiresAt`, the uploaded file deleted. */
export async function finishBulkCheck(
  tx: Executor,
  p: { orgId: number; bulkId: number; status: 'finished' | 'failed'; resultsSealed: Buffer | null; now: Date; expiresAt: Date },
): Promise<void> {
  await tx
    .update(orgBulkChecks)
    .set({ status: p.status, resultsSealed: p.resultsSealed, uploadSealed: null, finishedAt: p.now, expiresAt: p.expiresAt })
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId)));
}

export async function findBulkResults(tx: Executor, p: { orgId: number; bulkId: number }): Promise<Buffer | undefined> {
  const [row] = await tx
    .select({ sealed: orgBulkChecks.resultsSealed })
    .from(orgBulkChecks)
    .where(and(eq(orgBulkChecks.id, p.bulkId), eq(orgBulkChecks.orgId, p.orgId), isNull(orgBulkChecks.deletedAt)));
  return row?.sealed ? toBuffer(row.sealed) : undefined;
}

/** Service scope: every organization's results past their time, deleted with their rows. */
export async function purgeExpiredBulkResults(tx: Executor, now: Date): Promise<{ id: number; orgId: number }[]> {
  const purged = await tx
    .update(orgBulkChecks)
    .set({ resultsSealed: null, uploadSealed: null, deletedAt: now })
    .where(and(isNull(orgBulkChecks.deletedAt), lte(orgBulkChecks.expiresAt, now)))
    .returning({ id: orgBulkChecks.id, orgId: orgBulkChecks.orgId });
  if (purged.length > 0)
    await tx.delete(orgBulkRows).where(
      inArray(
        orgBulkRows.bulkId,
        purged.map((r) => r.id),
      ),
    );
  return purged;
}

/** Service scope: checks still queued or running that were uploaded before `before` (their job may be lost). */
export async function listUnfinishedBulkChecks(tx: Executor, before: Date): Promise<{ id: number; orgId: number }[]> {
  return tx
    .select({ id: orgBulkChecks.id, orgId: orgBulkChecks.orgId })
    .from(orgBulkChecks)
    .where(and(inArray(orgBulkChecks.status, ['queued', 'running']), lt(orgBulkChecks.createdAt, before)))
    .orderBy(asc(orgBulkChecks.id))
    .limit(1000);
}
