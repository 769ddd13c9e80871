import { UnrecoverableError, type Job } from 'bullmq';
import { runBulkCheck, type BulkRunDeps, type BulkRunOutcome } from '../../lib/orgs/bulk-run';
import { runBulkCheckPayloadSchema } from './run-bulk-check';

/**
 * One bulk check, from its checkpoint to the end. A retry (a crash, a lost lock) starts again from the last
 * committed chunk; a run already finished is left alone, so the same job twice does the work once.
 */
export async function handleRunBulkCheck(deps: BulkRunDeps, job: Job): Promise<BulkRunOutcome> {
  const parsed = runBulkCheckPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError('Bad run-bulk-check payload');
  return runBulkCheck(
    {
      ...deps,
      afterChunk: async (processed, total) => {
        await job.updateProgress({ processed, total });
        await deps.afterChunk?.(processed, total);
      },
    },
    parsed.data,
  );
}
