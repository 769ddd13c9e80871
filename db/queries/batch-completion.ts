import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../index';
import { noticeBatches, notices } from '../schema';
import { transitionBatch } from './batches';

/** A running batch whose expansion is done and whose notices have all left the queue is complete. */
export async function completeBatchIfDone(db: Executor, batchId: number): Promise<boolean> {
  const [open] = await db
    .select({ n: count() })
    .from(notices)
    .where(and(eq(notices.batchId, batchId), inArray(notices.status, ['pending', 'queued', 'sending'])));
  if (Number(open?.n ?? 0) > 0) return false;
  const [batch] = await db
    .select({ id: noticeBatches.id })
    .from(noticeBatches)
    .where(and(eq(noticeBatches.id, batchId), eq(noticeBatches.status, 'running'), isNotNull(noticeBatches.expansionDone)));
  if (!batch) return false;
  return (await transitionBatch(db, batchId, ['running'], 'completed')) !== undefined;
}

export async function runningBatches(db: Executor): Promise<{ id: number; expandedThrough: number; expansionDone: Date | null }[]> {
  return db
    .select({ id: noticeBatches.id, expandedThrough: noticeBatches.expandedThrough, expansionDone: noticeBatches.expansionDone })
    .from(noticeBatches)
    .where(eq(noticeBatches.status, 'running'));
}
