// Counts for the admin dashboard and the batch and disposal pages: aggregates only, never a row of
// personal data.
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, disposalCertifications, noticeBatches, notices } from '../schema';

export type RecordDimension = 'category' | 'language' | 'state';
export type Tally = { key: string; count: number };

const dimensionColumn = {
  category: affectedRecords.category,
  language: affectedRecords.language,
  state: affectedRecords.state,
} as const;

/** Records per category, language or state, largest first; optionally only those one certification covers. */
export async function countRecordsBy(
  db: Executor,
  dimension: RecordDimension,
  filter: { disposalCertificationId?: number } = {},
): Promise<Tally[]> {
  const column = dimensionColumn[dimension];
  const rows = await db
    .select({ key: sql<string>`${column}::text`, n: count() })
    .from(affectedRecords)
    .where(
      filter.disposalCertificationId !== undefined
        ? eq(affectedRecords.disposalCertificationId, filter.disposalCertificationId)
        : undefined,
    )
    .groupBy(column)
    .orderBy(sql`count(*) desc`, column);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

/** Notices per status for each of the given batches. */
export async function noticeCountsByBatch(db: Executor, batchIds: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>(batchIds.map((id) => [id, {}]));
  if (batchIds.length === 0) return out;
  const rows = await db
    .select({ batchId: notices.batchId, status: notices.status, n: count() })
    .from(notices)
    .where(inArray(notices.batchId, batchIds))
    .groupBy(notices.batchId, notices.status);
  for (const r of rows) out.get(r.batchId!)![r.status] = Number(r.n);
  return out;
}

export async function anyBatchRunning(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: noticeBatches.id }).from(noticeBatches).where(eq(noticeBatches.status, 'running')).limit(1);
  return row !== undefined;
}

export type DisposalCoverage = {
  totalRecords: number;
  covered: number;
  certifications: { id: number; reference: string; certifiedOn: string; recordsMarked: number; batchId: number | null }[];
};

/** How many records a disposal certification covers, overall and per certification (newest first). */
export async function disposalCoverage(db: Executor, limit = 20): Promise<DisposalCoverage> {
  const [totals] = await db.select({ total: count(), covered: count(affectedRecords.disposalCertificationId) }).from(affectedRecords);
  const certifications = await db
    .select({
      id: disposalCertifications.id,
      reference: disposalCertifications.reference,
      certifiedOn: disposalCertifications.certifiedOn,
      recordsMarked: disposalCertifications.recordsMarked,
      batchId: disposalCertifications.batchId,
    })
    .from(disposalCertifications)
    // Only certifications that count: a draft or a withdrawn one marks nobody.
    .where(eq(disposalCertifications.status, 'approved'))
    .orderBy(desc(disposalCertifications.id))
    .limit(limit);
  return { totalRecords: Number(totals?.total ?? 0), covered: Number(totals?.covered ?? 0), certifications };
}

/** Records that have an email address on file among those a certification covers. */
export async function countCoveredWithEmail(db: Executor, certificationId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(affectedRecords)
    .where(and(eq(affectedRecords.disposalCertificationId, certificationId), isNotNull(affectedRecords.emailHash)));
  return Number(row?.n ?? 0);
}

/** Notices needing a person (idempotency conflicts), per batch, every batch (not only the recent ones). */
export async function batchesNeedingAttention(db: Executor): Promise<{ id: number; notices: number }[]> {
  const rows = await db
    .select({ batchId: notices.batchId, n: count() })
    .from(notices)
    .where(and(eq(notices.status, 'needs_attention'), isNotNull(notices.batchId)))
    .groupBy(notices.batchId)
    .orderBy(notices.batchId);
  return rows.map((r) => ({ id: r.batchId!, notices: Number(r.n) }));
}
