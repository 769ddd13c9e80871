import { UnrecoverableError, type Job } from 'bullmq';
import { advanceBatchCheckpoint, findBatch, lockBatch, nextRecordsForBatch } from '../../db/queries/batches';
import { completeBatchIfDone } from '../../db/queries/batch-completion';
import { findDisposalCertification } from '../../db/queries/disposal';
import { addNoticesAndGroup, type NewNotice } from '../../db/queries/notices';
import type { Executor } from '../../db/index';
import type { NoticeBatch } from '../../db/schema';
import type { PipelineContext } from '../pipeline-context';
import { EXPAND_CHUNK, expandBatchPayloadSchema } from './expand-batch';

/** What makes a notice unique for its purpose: one initial notice per person however many batches ask. */
export function dedupeKeyFor(batch: NoticeBatch): string {
  switch (batch.type) {
    case 'initial_notice':
      return 'initial';
    case 'disposal_confirmation':
      return `disposal-${batch.selection.disposalCertificationId ?? `batch-${batch.id}`}`;
    default:
      return `batch-${batch.id}`;
  }
}

/** Template values a batch's notices share, none of them personal: a disposal's date and reference. */
async function noticeParamsFor(db: Executor, batch: NoticeBatch): Promise<Record<string, string>> {
  if (batch.type !== 'disposal_confirmation' || !batch.selection.disposalCertificationId) return {};
  const cert = await findDisposalCertification(db, batch.selection.disposalCertificationId);
  if (!cert) throw new UnrecoverableError(`Disposal certification ${batch.selection.disposalCertificationId} is missing`);
  return { disposalDate: cert.certifiedOn, disposalReference: cert.reference };
}

/**
 * Walks the batch's selection in record-id order from its checkpoint, a chunk per transaction: each chunk
 * adds its notices, groups them and moves the checkpoint together, then enqueues the groups. A crash after
 * the commit and before the enqueue leaves queued notices the reconciler finds.
 */
export async function handleExpandBatch(ctx: PipelineContext, job: Job): Promise<{ added: number; stopped?: string }> {
  const parsed = expandBatchPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError('Bad expand-batch payload');
  const { batchId } = parsed.data;
  let added = 0;
  for (;;) {
    const step = await ctx.db.transaction(async (tx) => {
      // One expander at a time per batch, always from the committed checkpoint.
      await lockBatch(tx, batchId);
      const batch = await findBatch(tx, batchId);
      if (!batch) return { stop: 'missing' as const };
      if (batch.status !== 'running') return { stop: batch.status };
      if (batch.expansionDone) return { stop: 'done' };
      const records = await nextRecordsForBatch(tx, batch, EXPAND_CHUNK);
      const channels = batch.selection.channels?.length ? batch.selection.channels : (['email', 'letter'] as const);
      const dedupeKey = dedupeKeyFor(batch);
      const params = await noticeParamsFor(tx, batch);
      const rows: NewNotice[] = [];
      for (const r of records) {
        for (const channel of channels) {
          if (channel === 'email' && !r.hasEmail) continue;
          rows.push({ recordId: r.id, batchId, type: batch.type, channel, dedupeKey, language: r.language, params });
        }
      }
      const groups = await addNoticesAndGroup(tx, rows);
      const done = records.length < EXPAND_CHUNK;
      await advanceBatchCheckpoint(tx, batchId, records.at(-1)?.id ?? batch.expandedThrough, done);
      return { groups, added: rows.length, done, letters: channels.includes('letter') };
    });
    if ('stop' in step) return { added, stopped: step.stop };
    await ctx.enqueueGroups(step.groups);
    added += step.added;
    await job.updateProgress({ added });
    if (step.done) {
      // The letter channel branches here: its notices become print files (lib/letters/print-batch.ts).
      if (step.letters) await ctx.enqueuePrintFiles?.(batchId);
      await completeBatchIfDone(ctx.db, batchId);
      return { added };
    }
  }
}
