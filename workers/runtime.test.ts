import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRecords } from '../db/queries/records';
import { createPostgresTestDb, type TestDb } from '../lib/testing/db';
import { goodRow, toCsv } from '../lib/testing/records';
import { createRedis } from './connection';
import { deleteRedisPrefix } from '../lib/testing/redis';
import { closeQueues, enqueueImport } from './enqueue';
import { queueNames } from './queues';
import { countLiveWorkers, startWorkers, type WorkerRuntime } from './runtime';

describe('workers (real Redis and PostgreSQL)', () => {
  let t: TestDb;
  let runtime: WorkerRuntime;
  let dir: string;
  const prefix = `${inject('redisPrefix')}w`;

  beforeAll(async () => {
    t = await createPostgresTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'dc-workers-'));
    runtime = await startWorkers({ db: t.db, concurrency: 2, prefix, log: () => {} });
  });
  afterAll(async () => {
    await runtime?.close();
    await closeQueues();
    await deleteRedisPrefix(prefix);
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('beats a heartbeat that health checks can count', async () => {
    expect(await countLiveWorkers(prefix)).toBe(1);
    expect(await countLiveWorkers(`${prefix}-nobody`)).toBe(0);
  });

  it('runs an import job that carries a file path, not the rows, and removes an uploaded copy', async () => {
    const file = path.join(dir, 'upload.csv');
    writeFileSync(file, toCsv([goodRow({ tin: '912-80-0001' }), goodRow({ tin: '912-80-0002' }), goodRow({ tin: '12' })]));
    const events = new QueueEvents(queueNames.importRecords, { connection: createRedis(), prefix });
    await events.waitUntilReady();
    const job = await enqueueImport({ file, source: 'upload.csv', actor: 'operator-1', removeAfter: true }, { jobId: 'import-test-1', prefix });
    expect(JSON.stringify(job.data)).not.toContain('912');
    const result = await job.waitUntilFinished(events, 30_000);
    await events.close();
    expect(result).toMatchObject({ status: 'completed', inserted: 2, rejected: 1 });
    expect(await countRecords(t.db)).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it('adds a job once however often it is enqueued with the same id', async () => {
    const file = path.join(dir, 'same.csv');
    writeFileSync(file, toCsv([goodRow({ tin: '912-80-0003' })]));
    const a = await enqueueImport({ file, source: 'same.csv', actor: 'op', removeAfter: false }, { jobId: 'import-same', prefix });
    const b = await enqueueImport({ file, source: 'same.csv', actor: 'op', removeAfter: false }, { jobId: 'import-same', prefix });
    expect(a.id).toBe(b.id);
  });

  it('stops its heartbeat when closed, after finishing work in progress', async () => {
    await runtime.close();
    expect(await countLiveWorkers(prefix)).toBe(0);
  });
});
