// Job ids repeat across databases that share one Redis (each numbers its uploads from 1), so a finished
// job must not stand in for a new one with the same id. Against the machine's Redis.
import { randomBytes } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRedisPrefix } from '../testing/redis';
import { createRedis } from './connection';
import { closeQueues, enqueueImportUpload, getQueue } from './enqueue';
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
