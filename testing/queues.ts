// The queues for lib tests, so that no lib test names workers/ or server/ itself (the layer rule in
// eslint.config.mjs): the production wiring (server/pipeline-deps.ts) over a test's database and queue
// prefix of its own in the real Redis, the expansion job a start queued, and closing the producers'
// connections when a file is done. Through here lib tests run against what production runs, not a fake.
import type { Database } from '../db/index';
import type { PipelineDeps } from '../lib/notices/service';
import { pipelineDeps } from '../server/pipeline-deps';
import { closeQueues, getQueue } from '../workers/enqueue';
import { expandJobId } from '../workers/jobs/expand-batch';
import { queueNames } from '../workers/queues';

/** The pipeline's dependencies as the CLI and admin area build them, enqueuing under `prefix`. */
export function testPipelineDeps(db: Database, prefix: string): PipelineDeps {
  return pipelineDeps(db, prefix);
}

/** The payload of the expansion job queued for a batch from a checkpoint, or undefined when none is. */
export async function queuedExpansion(prefix: string, batchId: number, checkpoint = 0): Promise<unknown> {
  const job = await getQueue(queueNames.batches, prefix).getJob(expandJobId(batchId, checkpoint));
  return job?.data;
}

/** Every send job on the email and letter queues under `prefix` (waiting, delayed or done), with its payload. */
export async function queuedSendJobs(prefix: string): Promise<{ queue: string; id: string | undefined; data: unknown }[]> {
  const out: { queue: string; id: string | undefined; data: unknown }[] = [];
  for (const name of [queueNames.noticesEmail, queueNames.noticesLetter]) {
    const jobs = await getQueue(name, prefix).getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    for (const job of jobs) out.push({ queue: name, id: job.id, data: job.data });
  }
  return out;
}

/** Closes the producers' Redis connections that enqueuing opened (each test file's afterAll). */
export async function closeTestQueues(): Promise<void> {
  await closeQueues();
}
