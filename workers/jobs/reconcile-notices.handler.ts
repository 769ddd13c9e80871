import { findStaleGroups } from '../../db/queries/notices';
import { completeBatchIfDone, runningBatches } from '../../db/queries/batch-completion';
import type { PipelineContext } from '../pipeline-context';

/**
 * Finds what the queue lost — Redis flushed, a crash between commit and enqueue — and puts it back.
 * Re-adding is safe: job ids are deterministic, a job still waiting or running is not added twice, and a
 * resent request carries the same Idempotency-Key and the same frozen body.
 */
export async function handleReconcileNotices(
  ctx: PipelineContext,
  staleSeconds: number,
  limit?: number,
): Promise<{ groups: number; batches: number }> {
  const stale = await findStaleGroups(ctx.db, new Date(Date.now() - staleSeconds * 1000), limit);
  await ctx.enqueueGroups(stale);
  const running = await runningBatches(ctx.db);
  let batches = 0;
  for (const b of running) {
    if (b.expansionDone) await completeBatchIfDone(ctx.db, b.id);
    else {
      await ctx.enqueueExpansion(b.id, b.expandedThrough);
      batches++;
    }
  }
  return { groups: stale.length, batches };
}
