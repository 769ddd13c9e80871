import { and, asc, count, eq, gt, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, noticeBatches, notices, type BatchSelection, type NoticeBatch } from '../schema';

export type NoticeType = NoticeBatch['type'];
export type Channel = 'email' | 'letter';

/** The records a selection covers; `afterId` walks them in keyset order. */
export function selectionWhere(selection: BatchSelection, afterId = 0): SQL {
  const clauses: SQL[] = [gt(affectedRecords.id, afterId)];
  if (selection.categories?.length) clauses.push(inArray(affectedRecords.category, selection.categories as never[]));
  if (selection.languages?.length) clauses.push(inArray(affectedRecords.language, selection.languages));
  if (selection.states?.length) clauses.push(inArray(affectedRecords.state, selection.states));
  if (selection.notYetNotified) clauses.push(isNull(affectedRecords.notifiedAt));
  if (selection.hasEmail) clauses.push(isNotNull(affectedRecords.emailHash));
  if (selection.disposalCertificationId) clauses.push(eq(affectedRecords.disposalCertificationId, selection.disposalCertificationId));
  return and(...clauses)!;
}

export async function countSelection(db: Executor, selection: BatchSelection): Promise<number> {
  const [row] = await db.select({ n: count() }).from(affectedRecords).where(selectionWhere(selection));
  return Number(row?.n ?? 0);
}

/**
 * How many notices a selection becomes: one letter per record and one email per record with an address,
 * for the channels it uses (as the expansion makes them). Progress is counted in notices throughout; the
 * count of records at creation would mix units ("0 of 64 notices", then "98 of 98").
 */
export async function countSelectionNotices(db: Executor, selection: BatchSelection): Promise<number> {
  const channels = selection.channels?.length ? selection.channels : (['email', 'letter'] as const);
  const [row] = await db
    .select({ all: count(), withEmail: count(affectedRecords.emailHash) })
    .from(affectedRecords)
    .where(selectionWhere(selection));
  return (channels.includes('letter') ? Number(row?.all ?? 0) : 0) + (channels.includes('email') ? Number(row?.withEmail ?? 0) : 0);
}

export async function selectionLanguages(db: Executor, selection: BatchSelection): Promise<{ language: string; count: number }[]> {
  const rows = await db
    .select({ language: affectedRecords.language, count: count() })
    .from(affectedRecords)
    .where(selectionWhere(selection))
    .groupBy(affectedRecords.language)
    .orderBy(sql`count(*) desc`);
  return rows.map((r) => ({ language: r.language, count: Number(r.count) }));
}

export async function createBatch(
  db: Executor,
  params: { name: string; type: NoticeType; selection: BatchSelection; createdBy: string },
  /** The selection's records (countSelection), when the caller has just counted them; otherwise counted here. */
  selected?: number,
): Promise<NoticeBatch> {
  const total = selected ?? (await countSelection(db, params.selection));
  const [row] = await db
    .insert(noticeBatches)
    .values({ ...params, totalAtCreation: total })
    .returning();
  return row!;
}

/**
 * Takes the batch's row lock until the transaction ends (one expander at a time per batch). Answers whether
 * the row exists. Call it inside a transaction: outside one the lock ends with the statement.
 */
export async function lockBatch(tx: Executor, id: number): Promise<boolean> {
  const rows = await tx.select({ id: noticeBatches.id }).from(noticeBatches).where(eq(noticeBatches.id, id)).for('update');
  return rows.length > 0;
}

export async function findBatch(db: Executor, id: number): Promise<NoticeBatch | undefined> {
  const [row] = await db.select().from(noticeBatches).where(eq(noticeBatches.id, id));
  return row;
}

export async function listBatches(db: Executor, limit = 50): Promise<NoticeBatch[]> {
  return db
    .select()
    .from(noticeBatches)
    .orderBy(sql`${noticeBatches.id} desc`)
    .limit(limit);
}

/**
 * Records a second staff member's approval of a draft. The creator can never approve their own batch: the
 * condition is in the statement itself, so no caller can skip it.
 */
export async function approveBatch(db: Executor, id: number, approver: string): Promise<NoticeBatch | undefined> {
  const [row] = await db
    .update(noticeBatches)
    .set({ approvedBy: approver, approvedAt: sql`now()` })
    .where(
      and(
        eq(noticeBatches.id, id),
        eq(noticeBatches.status, 'draft'),
        isNull(noticeBatches.approvedBy),
        ne(noticeBatches.createdBy, approver),
      ),
    )
    .returning();
  return row;
}

/**
 * Moves a batch between states only from the ones given, so two operators cannot both start it.
 * `approvedOnly` refuses a batch nobody has approved (starting a draft needs it).
 */
export async function transitionBatch(
  db: Executor,
  id: number,
  from: NoticeBatch['status'][],
  to: NoticeBatch['status'],
  opts: { approvedOnly?: boolean } = {},
): Promise<NoticeBatch | undefined> {
  const [row] = await db
    .update(noticeBatches)
    .set({
      status: to,
      ...(to === 'running' ? { startedAt: sql`coalesce(${noticeBatches.startedAt}, now())` } : {}),
      ...(to === 'completed' || to === 'cancelled' ? { finishedAt: sql`now()` } : {}),
    })
    .where(
      and(
        eq(noticeBatches.id, id),
        inArray(noticeBatches.status, from),
        opts.approvedOnly ? isNotNull(noticeBatches.approvedBy) : undefined,
      ),
    )
    .returning();
  return row;
}

export type BatchProgress = {
  batch: NoticeBatch;
  total: number;
  byStatus: Record<string, number>;
  done: number;
  /** Share of notices that reached a final state (sent or beyond, failed or cancelled), 0..1. */
  fraction: number;
};

// needs_attention is final for the pipeline (nothing retries it); a person settles it.
const finalStatuses = new Set(['sent', 'delivered', 'bounced', 'complained', 'failed', 'cancelled', 'needs_attention']);

export async function batchProgress(db: Executor, id: number): Promise<BatchProgress | undefined> {
  const batch = await findBatch(db, id);
  if (!batch) return undefined;
  const rows = await db.select({ status: notices.status, n: count() }).from(notices).where(eq(notices.batchId, id)).groupBy(notices.status);
  const expected = batch.expansionDone ? undefined : await countSelectionNotices(db, batch.selection);
  return progressOf(batch, Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])), expected);
}

/**
 * A batch's progress from its notices' counts per status. `expectedNotices`: what the selection becomes
 * (countSelectionNotices), the total until the expansion has made every notice.
 */
export function progressOf(batch: NoticeBatch, byStatus: Record<string, number>, expectedNotices?: number): BatchProgress {
  let expanded = 0;
  let done = 0;
  for (const [status, n] of Object.entries(byStatus)) {
    expanded += n;
    if (finalStatuses.has(status)) done += n;
  }
  // Until expansion finishes, the notices the selection becomes are the best estimate of the total (the
  // records counted at creation are another unit, used only when no estimate was given).
  const total = batch.expansionDone ? expanded : Math.max(expanded, expectedNotices ?? batch.totalAtCreation);
  return { batch, total, byStatus, done, fraction: total === 0 ? (batch.expansionDone ? 1 : 0) : done / total };
}

/** Record ids for the next expansion chunk, in id order after the checkpoint. */
export async function nextRecordsForBatch(
  db: Executor,
  batch: NoticeBatch,
  limit: number,
): Promise<{ id: number; language: string; hasEmail: boolean }[]> {
  const rows = await db
    .select({ id: affectedRecords.id, language: affectedRecords.language, emailHash: affectedRecords.emailHash })
    .from(affectedRecords)
    .where(selectionWhere(batch.selection, batch.expandedThrough))
    .orderBy(asc(affectedRecords.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, language: r.language, hasEmail: r.emailHash !== null }));
}

export async function advanceBatchCheckpoint(db: Executor, id: number, through: number, done: boolean): Promise<void> {
  await db
    .update(noticeBatches)
    .set({ expandedThrough: through, ...(done ? { expansionDone: sql`now()` } : {}) })
    .where(eq(noticeBatches.id, id));
}
