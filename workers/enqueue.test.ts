// Job ids repeat across databases that share one Redis (each numbers its uploads from 1), so a finished
// job must not stand in for a new one with the same id. Against the machine's Redis.
import { randomBytes } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRedisPrefix } from '../testing/redis';
import { createRedis } from './connection';
import { closeQueues, enqueueImportUpload, enqueuePrintFiles, getQueue } from './enqueue';
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
