// Job ids repeat across databases that share one Redis (each numbers its uploads from 1), so a finished
// job must not stand in for a new one with the same id. Against the machine's Redis.
import { randomBytes } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRedisPrefix } from '../testing/redis';
import { createRedis } from './connection';
import { closeQueues, enqueueImportUpload, enqueuePrintFiles, getQueue, printJobStatus } from './enqueue';
import { buildPrintFilesJobId } from './jobs/build-print-files';
import { importUploadJobId } from './jobs/import-upload';
import { queueNames } from './queues';

const prefix = `dctest_enq_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  await closeQueues();
  await deleteRedisPrefix(prefix);
});

describe('enqueueImportUpload', () => {
  it('queues upload 1 of a new database although upload 1 of another finished on this Redis', async () => {
    await enqueueImportUpload(1, prefix);
    const seen: number[] = [];
    const worker = new Worker(queueNames.importRecords, async (job) => void seen.push(job.data.uploadId as number), {
      connection: createRedis(),
      prefix,
    });
    const queue = getQueue(queueNames.importRecords, prefix);
    await expect.poll(async () => (await queue.getJob(importUploadJobId(1)))?.getState(), { timeout: 10_000 }).toBe('completed');
    await worker.close();

    await enqueueImportUpload(1, prefix); // the fresh database's first upload
    expect(await (await queue.getJob(importUploadJobId(1)))!.getState()).toBe('waiting');
    // …while one still waiting is not added twice.
    await enqueueImportUpload(1, prefix);
    expect(await queue.getWaitingCount()).toBe(1);
    expect(seen).toEqual([1]);
  });
});

describe('enqueuePrintFiles', () => {
  // BullMQ 6 refuses a custom job id with a colon: the id `print-files:<batch>` made every letter batch's
  // print job fail to enqueue (the expansion's last step), and no print file was ever built by the worker.
  it('queues one print job per batch, under an id BullMQ accepts', async () => {
    await enqueuePrintFiles(7, prefix);
    await enqueuePrintFiles(7, prefix);
    const queue = getQueue(queueNames.letters, prefix);
    expect(await queue.getWaitingCount()).toBe(1);
    const job = await queue.getJob(buildPrintFilesJobId(7));
    expect(job?.data).toEqual({ batchId: 7 });
  });
});

describe('printJobStatus', () => {
  // A print job that failed for good (Chromium missing, a font gone) used to leave the batch page refreshing
  // with no word of why; the page now shows the failure and its reason.
  it('reports no job, then a waiting one, then a failed one with the first line of its reason', async () => {
    expect(await printJobStatus(8, prefix)).toEqual({ state: 'none', attemptsMade: 0, reason: null });
    const queue = getQueue(queueNames.letters, prefix);
    await queue.add('build-print-files', { batchId: 8 }, { jobId: buildPrintFilesJobId(8), attempts: 1 });
    expect((await printJobStatus(8, prefix)).state).toBe('waiting');
    const worker = new Worker(
      queueNames.letters,
      async () => {
        throw new Error(`Chromium was not found at /usr/bin/chromium\n    at launch (printer.ts:1)\n${'x'.repeat(500)}`);
      },
      { connection: createRedis(), prefix },
    );
    await expect.poll(async () => (await printJobStatus(8, prefix)).state, { timeout: 10_000 }).toBe('failed');
    await worker.close();
    expect(await printJobStatus(8, prefix)).toEqual({
      state: 'failed',
      attemptsMade: 1,
      reason: 'Chromium was not found at /usr/bin/chromium',
    });
  });
});
