// The typed producer: the only workers/ module the web app imports.
import { Queue } from 'bullmq';
import { env } from '../lib/env';
import { createRedis } from './connection';
import { expandBatchJobName, expandJobId } from './jobs/expand-batch';
import { importUploadJobId, importUploadJobName, importUploadPayloadSchema } from './jobs/import-upload';
import { sendJobId, sendNoticesJobName, sendNoticesPayloadSchema } from './jobs/send-notices';
import { buildPrintFilesJobId, buildPrintFilesJobName, buildPrintFilesPayloadSchema } from './jobs/build-print-files';
import { notifyExportPaymentsJobId, notifyExportPaymentsJobName, notifyExportPaymentsPayloadSchema } from './jobs/notify-export-payments';
import { runBulkCheckJobId, runBulkCheckJobName, runBulkCheckPayloadSchema } from './jobs/run-bulk-check';
import { defaultJobOptions, queueNames, sendJobOptions } from './queues';

const KEY = Symbol.for('disclosure-check.queues');
type Holder = { [KEY]?: Map<string, Queue> };

export function getQueue(name: string, prefix = env().QUEUE_PREFIX): Queue {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  const id = `${prefix}:${name}`;
  let q = g[KEY].get(id);
  if (!q) {
    const options = name === queueNames.noticesEmail || name === queueNames.noticesLetter ? sendJobOptions : defaultJobOptions;
    q = new Queue(name, { connection: createRedis(), prefix, defaultJobOptions: options });
    g[KEY].set(id, q);
  }
  return q;
}

/**
 * Adds a job unless one with its id is still waiting, delayed or running. A finished job with the same id
 * is removed first: the caller knows its work is not done (the reconciler found its notices still queued).
 */
async function addFresh(queue: Queue, name: string, data: object, jobId: string, options: { attempts?: number } = {}): Promise<void> {
  const existing = await queue.getJob(jobId);
  if (existing) {
    const state = await existing.getState();
    if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
    await existing.remove().catch(() => {});
  }
  await queue.add(name, data, { ...options, jobId });
}

/**
 * A browser upload's import; one attempt (the file is gone after it), and a stalled one is taken up again.
 * A finished job of the same id is replaced, not taken for this one: it belongs to an upload of another
 * database on the same Redis (a fresh .data/ numbers its uploads from 1 again), and the handler skips an
 * upload that is already finished, so replacing it never imports twice.
 */
export async function enqueueImportUpload(uploadId: number, prefix?: string): Promise<void> {
  const data = importUploadPayloadSchema.parse({ uploadId });
  await addFresh(getQueue(queueNames.importRecords, prefix), importUploadJobName, data, importUploadJobId(uploadId), { attempts: 1 });
}

export async function enqueueSendGroups(groupKeys: string[], prefix?: string): Promise<void> {
  for (const groupKey of groupKeys) {
    const data = sendNoticesPayloadSchema.parse({ groupKey });
    const queue = getQueue(groupKey.startsWith('notices-email-') ? queueNames.noticesEmail : queueNames.noticesLetter, prefix);
    await addFresh(queue, sendNoticesJobName, data, sendJobId(groupKey));
  }
}

export async function enqueueExpansion(batchId: number, checkpoint: number, prefix?: string): Promise<void> {
  await addFresh(getQueue(queueNames.batches, prefix), expandBatchJobName, { batchId }, expandJobId(batchId, checkpoint));
}

/** Prints a letter batch's files (after its expansion, and again by hand: a second run prints only what is left). */
export async function enqueuePrintFiles(batchId: number, prefix?: string): Promise<void> {
  const data = buildPrintFilesPayloadSchema.parse({ batchId });
  await addFresh(getQueue(queueNames.letters, prefix), buildPrintFilesJobName, data, buildPrintFilesJobId(batchId));
}

/** The "payment sent" notices of a released export (workers/jobs/notify-export-payments.ts). */
export async function enqueueExportPaymentNotices(exportId: number, prefix?: string): Promise<void> {
  const data = notifyExportPaymentsPayloadSchema.parse({ exportId });
  await addFresh(getQueue(queueNames.maintenance, prefix), notifyExportPaymentsJobName, data, notifyExportPaymentsJobId(exportId));
}

/**
 * An organization's bulk check. A finished job of the same id is replaced (another database on the same
 * Redis numbers its checks from 1 too); the handler leaves a finished check alone, so nothing runs twice.
 */
export async function enqueueBulkCheck(bulkId: number, orgId: number, prefix?: string): Promise<void> {
  const data = runBulkCheckPayloadSchema.parse({ bulkId, orgId });
  await addFresh(getQueue(queueNames.orgBulk, prefix), runBulkCheckJobName, data, runBulkCheckJobId(bulkId));
}

/** What the staff pages say about a batch's print job: failed for good is shown with its reason's first line. */
export type PrintJobStatus = {
  state: 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'none';
  attemptsMade: number;
  reason: string | null;
};

export async function printJobStatus(batchId: number, prefix?: string): Promise<PrintJobStatus> {
  const job = await getQueue(queueNames.letters, prefix).getJob(buildPrintFilesJobId(batchId));
  if (!job) return { state: 'none', attemptsMade: 0, reason: null };
  const state = await job.getState();
  const known = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
  const shown = (known as readonly string[]).includes(state)
    ? (state as PrintJobStatus['state'])
    : state === 'prioritized' || state === 'waiting-children'
      ? 'waiting'
      : 'none';
  // Only the first line, and bounded: a stack or a long driver message is for the worker's log, not the page.
  const reason = shown === 'failed' && job.failedReason ? job.failedReason.split('\n')[0]!.slice(0, 300) : null;
  return { state: shown, attemptsMade: job.attemptsMade, reason };
}

export async function closeQueues(): Promise<void> {
  const g = globalThis as Holder;
  const queues = [...(g[KEY]?.values() ?? [])];
  g[KEY]?.clear();
  await Promise.all(queues.map((q) => q.close()));
}
