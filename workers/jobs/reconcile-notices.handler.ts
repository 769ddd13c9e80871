import { findStaleGroups } from '../../db/queries/notices';
import { completeBatchIfDone, runningBatches } from '../../db/queries/batch-completion';
import { batchesWithUnprintedLetters } from '../../db/queries/letters';
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
): Promise<{ groups: number; batches: number; printRuns: number }> {
  const staleBefore = new Date(Date.now() - staleSeconds * 1000);
  const stale = await findStaleGroups(ctx.db, staleBefore, limit);
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
  // Letter batches whose print job was lost (a crash after the last expansion chunk, a flushed Redis).
  let printRuns = 0;
  if (ctx.enqueuePrintFiles) {
    for (const batchId of await batchesWithUnprintedLetters(ctx.db, staleBefore)) {
      await ctx.enqueuePrintFiles(batchId);
      printRuns++;
    }
  }
  return { groups: stale.length, batches, printRuns };
}
