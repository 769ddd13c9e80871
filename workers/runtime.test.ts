import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRecords } from '../db/queries/records';
import { imports } from '../db/schema';
import { waitFor } from '../lib/testing/wait';
import { createPostgresTestDb, type TestDb } from '../lib/testing/db';
import { goodRow, toCsv } from '../lib/testing/records';
import { createRedis } from './connection';
import { deleteRedisPrefix } from '../lib/testing/redis';
import { closeQueues, enqueueImport } from './enqueue';
import { queueNames } from './queues';
import { countLiveWorkers, startWorkers, type WorkerRuntime } from './runtime';

describe('workers (real Redis and PostgreSQL)', () => {
  const redis = createRedis();
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
    redis.disconnect();
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
    const job = await enqueueImport(
      { file, source: 'upload.csv', actor: 'operator-1', removeAfter: true },
      { jobId: 'import-test-1', prefix },
    );
    // What Redis holds for the job (not what this test handed in): a path and names, no row.
    const stored = await redis.hget(`${prefix}:${queueNames.importRecords}:import-test-1`, 'data');
    expect(JSON.parse(stored!)).toEqual({ file, source: 'upload.csv', actor: 'operator-1', removeAfter: true });
    expect(stored).not.toContain('912');
    const result = await job.waitUntilFinished(events, 30_000);
    await events.close();
    expect(result).toMatchObject({ status: 'completed', inserted: 2, rejected: 1 });
    expect(await countRecords(t.db)).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it('adds a job once however often it is enqueued with the same id', async () => {
    const file = path.join(dir, 'same.csv');
    writeFileSync(file, toCsv([goodRow({ tin: '912-80-0003' })]));
    const queue = new Queue(queueNames.importRecords, { connection: createRedis(), prefix });
    const before = await queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    await enqueueImport({ file, source: 'same.csv', actor: 'op', removeAfter: false }, { jobId: 'import-same', prefix });
    await enqueueImport({ file, source: 'same.csv', actor: 'op', removeAfter: false }, { jobId: 'import-same', prefix });
    // Redis holds one job more, not two, and the file is imported once.
    const after = await queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    expect(after - before).toBe(1);
    await waitFor(async () => (await queue.getJobState('import-same')) === 'completed', 'the import to finish');
    const runs = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(imports)
      .where(eq(imports.source, 'same.csv'));
    expect(Number(runs[0]!.n)).toBe(1);
    await queue.close();
  });

  it('stops its heartbeat when closed, after finishing work in progress', async () => {
    await runtime.close();
    expect(await countLiveWorkers(prefix)).toBe(0);
  });
});
