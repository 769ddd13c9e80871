// Starts one BullMQ Worker per queue against a given database, plus a heartbeat in Redis that
// /api/health reads. Used by workers/index.ts (own process) and by instrumentation.ts (embedded mode).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import type { Database } from '../db/index';
import { env } from '../lib/env';
import { createRedis } from './connection';
import { handleImportRecords } from './jobs/import-records.handler';
import { verifyAuditChainEveryMs, verifyAuditChainJobName } from './jobs/verify-audit-chain';
import { handleVerifyAuditChain } from './jobs/verify-audit-chain.handler';
import { HEARTBEAT_PREFIX, HEARTBEAT_TTL_SECONDS, defaultJobOptions, queueNames } from './queues';

export type WorkerRuntime = { id: string; close(): Promise<void> };

export async function startWorkers(options: { db: Database; concurrency: number; prefix?: string; log?: (m: string) => void }): Promise<WorkerRuntime> {
  const { db } = options;
  const prefix = options.prefix ?? env().QUEUE_PREFIX;
  const log = options.log ?? ((m: string) => console.log(m));
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const connection = createRedis();

  const workers = [
    new Worker(queueNames.importRecords, (job: Job) => handleImportRecords(db, job), {
      connection: createRedis(),
      prefix,
      // An import is long and heavy; one at a time per process keeps memory flat.
      concurrency: 1,
    }),
    new Worker(
      queueNames.maintenance,
      async (job: Job) => {
        if (job.name === verifyAuditChainJobName) return handleVerifyAuditChain(db);
        throw new Error(`Unknown maintenance job ${job.name}`);
      },
      { connection: createRedis(), prefix, concurrency: 1 },
    ),
  ];
  for (const w of workers) {
    w.on('failed', (job, err) => log(`[workers] ${w.name} job ${job?.id ?? '?'} failed: ${err.message}`));
    w.on('error', (err) => log(`[workers] ${w.name} error: ${err.message}`));
  }

  const maintenance = new Queue(queueNames.maintenance, { connection, prefix, defaultJobOptions });
  await maintenance.upsertJobScheduler(verifyAuditChainJobName, { every: verifyAuditChainEveryMs }, { name: verifyAuditChainJobName });

  const beat = () =>
    connection
      .set(`${prefix}:${HEARTBEAT_PREFIX}${id}`, JSON.stringify({ queues: workers.map((w) => w.name), at: new Date().toISOString() }), 'EX', HEARTBEAT_TTL_SECONDS)
      .catch(() => {});
  await beat();
  const timer = setInterval(beat, (HEARTBEAT_TTL_SECONDS / 3) * 1000);
  timer.unref();
  log(`[workers] ${id} running queues: ${workers.map((w) => w.name).join(', ')}`);

  return {
    id,
    async close() {
      clearInterval(timer);
      // Worker.close() waits for jobs in progress to finish: a SIGTERM drains rather than abandons.
      await Promise.all(workers.map((w) => w.close()));
      await maintenance.close();
      await connection.del(`${prefix}:${HEARTBEAT_PREFIX}${id}`).catch(() => {});
      connection.disconnect();
    },
  };
}

export async function countLiveWorkers(prefix = env().QUEUE_PREFIX): Promise<number> {
  const redis = createRedis();
  try {
    const keys = await redis.keys(`${prefix}:${HEARTBEAT_PREFIX}*`);
    return keys.length;
  } finally {
    redis.disconnect();
  }
}
