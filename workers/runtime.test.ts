// The worker runtime's heartbeat, against the machine's Redis and PostgreSQL. Imports from the queue are
// tested with their job (workers/jobs/import-upload.handler.test.ts), their job ids in workers/enqueue.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresTestDb, type TestDb } from '../testing/db';
import { createRedis } from './connection';
import { deleteRedisPrefix } from '../testing/redis';
import { closeQueues } from './enqueue';
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

  it('stops its heartbeat when closed, after finishing work in progress', async () => {
    await runtime.close();
    expect(await countLiveWorkers(prefix)).toBe(0);
  });
});
