// Starts one BullMQ Worker per queue against a given database, the repeatable maintenance jobs, and a
// heartbeat in Redis that /api/health counts. Used by workers/index.ts (own process) and by
// instrumentation.ts (inside the web process, in the embedded mode).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import type { Database } from '../db/index';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { uploadsDir } from '../lib/admin/imports';
import { createOutboxProvider, createResendProvider } from '../lib/notices/providers';
import { createRedis } from './connection';
import { createPacer } from './pacer';
import { enqueueExpansion, enqueueSendGroups } from './enqueue';
import { handleExpandBatch } from './jobs/expand-batch.handler';
import { handleImportRecords } from './jobs/import-records.handler';
import { importUploadJobName } from './jobs/import-upload';
import { handleImportUpload } from './jobs/import-upload.handler';
import { reconcileNoticesJobName } from './jobs/reconcile-notices';
import { handleReconcileNotices } from './jobs/reconcile-notices.handler';
import { failSendGroup, handleSendNotices } from './jobs/send-notices.handler';
import { verifyAuditChainEveryMs, verifyAuditChainJobName } from './jobs/verify-audit-chain';
import { handleVerifyAuditChain } from './jobs/verify-audit-chain.handler';
import type { PipelineContext } from './pipeline-context';
import { HEARTBEAT_PREFIX, HEARTBEAT_TTL_SECONDS, defaultJobOptions, queueNames } from './queues';

export type WorkerRuntime = { id: string; close(): Promise<void> };

export type WorkerOptions = {
  db: Database;
  concurrency: number;
  prefix?: string;
  log?: (m: string) => void;
  /** Requests per second to the email provider; 0 for no limit. */
  emailRequestsPerSecond?: number;
  /** Tests shorten these. */
  reconcileEveryMs?: number;
  reconcileStaleSeconds?: number;
  /** Replace a provider (tests point email at a local Resend-compatible server this way too). */
  providers?: Partial<PipelineContext['providers']>;
  heartbeatMs?: number;
};

/**
 * One request every 1000/rate ms (plus a little), rather than `rate` at once each second: BullMQ's window
 * opens at the first job, so spacing requests is what keeps every sliding one-second window within the
 * provider's limit, with 25 ms to spare for the jitter measured between reserving a slot and the request
 * arriving (serializing ~1 MB of batch, the socket): up to ~17 ms here. At 2/s this gives up 4.8% of the rate.
 */
export function limiterFor(requestsPerSecond: number): { max: number; duration: number } | undefined {
  return requestsPerSecond > 0 ? { max: 1, duration: Math.ceil(1000 / requestsPerSecond) + 25 } : undefined;
}

export function createPipelineContext(db: Database, prefix: string): PipelineContext {
  const e = env();
  const sealer = getSealer();
  return {
    db,
    sealer,
    providers: {
      email: e.RESEND_API_KEY
        ? createResendProvider({ apiKey: e.RESEND_API_KEY, from: e.EMAIL_FROM, requestsPerSecond: e.EMAIL_REQUESTS_PER_SECOND })
        : createOutboxProvider(db, sealer, 'email'),
      // Letters go to the outbox table, the hand-off to a print-and-mail house.
      letter: createOutboxProvider(db, sealer, 'letter'),
    },
    pace: {},
    portalUrl: e.PORTAL_URL,
    demo: e.demo,
    enqueueGroups: (keys) => enqueueSendGroups(keys, prefix),
    enqueueExpansion: (batchId, checkpoint) => enqueueExpansion(batchId, checkpoint, prefix),
  };
}

export async function startWorkers(options: WorkerOptions): Promise<WorkerRuntime> {
  const e = env();
  const { db } = options;
  const prefix = options.prefix ?? e.QUEUE_PREFIX;
  const log = options.log ?? ((m: string) => console.log(m));
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const connection = createRedis();
  const base = createPipelineContext(db, prefix);
  const rate = options.emailRequestsPerSecond ?? e.EMAIL_REQUESTS_PER_SECOND;
  const limiter = limiterFor(rate);
  const ctx: PipelineContext = {
    ...base,
    providers: { ...base.providers, ...options.providers },
    pace: limiter ? { email: createPacer(connection, `${prefix}:pace:email`, limiter.duration) } : {},
  };
  // How long a job's lock lasts: a worker killed mid-job has its job taken up again after this.
  const lockDuration = e.WORKER_LOCK_MS;
  const staleSeconds = options.reconcileStaleSeconds ?? e.RECONCILE_STALE_SECONDS;

  const sendWorker = (name: string, limited: boolean): Worker => {
    const worker: Worker = new Worker(name, (job: Job) => handleSendNotices(ctx, job, worker), {
      connection: createRedis(),
      prefix,
      concurrency: options.concurrency,
      lockDuration,
      stalledInterval: lockDuration,
      // The provider's request rate: each job is one request of up to 100 emails.
      ...(limited && limiter ? { limiter } : {}),
    });
    worker.on('failed', (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void failSendGroup(ctx, job.data.groupKey, err.message);
    });
    return worker;
  };

  const workers = [
    // An import is long and heavy; one at a time per process keeps memory flat.
    new Worker(
      queueNames.importRecords,
      (job: Job) =>
        job.name === importUploadJobName
          ? handleImportUpload({ db, hasher: getHasher(), sealer: getSealer(), uploadsDir: uploadsDir(e.dataDir), batchSize: e.IMPORT_BATCH_SIZE }, job)
          : handleImportRecords(db, job),
      { connection: createRedis(), prefix, concurrency: 1 },
    ),
    new Worker(queueNames.batches, (job: Job) => handleExpandBatch(ctx, job), { connection: createRedis(), prefix, concurrency: 1, lockDuration, stalledInterval: lockDuration }),
    sendWorker(queueNames.noticesEmail, true),
    sendWorker(queueNames.noticesLetter, false),
    new Worker(
      queueNames.maintenance,
      async (job: Job) => {
        if (job.name === verifyAuditChainJobName) return handleVerifyAuditChain(db, log);
        if (job.name === reconcileNoticesJobName) return handleReconcileNotices(ctx, staleSeconds);
        throw new Error(`Unknown maintenance job ${job.name}`);
      },
      { connection: createRedis(), prefix, concurrency: 1 },
    ),
  ];
  for (const w of workers) {
    w.on('failed', (job, err) => {
      if (err.name !== 'RateLimitError') log(`[workers] ${w.name} job ${job?.id ?? '?'} failed: ${err.message}`);
    });
    w.on('error', (err) => log(`[workers] ${w.name} error: ${err.message}`));
  }

  const maintenance = new Queue(queueNames.maintenance, { connection, prefix, defaultJobOptions });
  // Schedulers live in Redis; asserting them on every heartbeat brings them back after Redis loses its data.
  const ensureSchedulers = async () => {
    await maintenance.upsertJobScheduler(verifyAuditChainJobName, { every: verifyAuditChainEveryMs }, { name: verifyAuditChainJobName });
    await maintenance.upsertJobScheduler(
      reconcileNoticesJobName,
      { every: options.reconcileEveryMs ?? e.RECONCILE_EVERY_SECONDS * 1000 },
      { name: reconcileNoticesJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  };
  await ensureSchedulers();

  const beatKey = `${prefix}:${HEARTBEAT_PREFIX}${id}`;
  const beat = async () => {
    await connection.set(beatKey, JSON.stringify({ queues: workers.map((w) => w.name), at: new Date().toISOString() }), 'EX', HEARTBEAT_TTL_SECONDS).catch(() => {});
    await ensureSchedulers().catch(() => {});
  };
  await beat();
  const timer = setInterval(() => void beat(), options.heartbeatMs ?? (HEARTBEAT_TTL_SECONDS / 3) * 1000);
  timer.unref();
  log(`[workers] ${id} running queues: ${workers.map((w) => w.name).join(', ')}`);

  return {
    id,
    async close() {
      clearInterval(timer);
      // Worker.close() waits for jobs in progress to finish: a SIGTERM drains rather than abandons.
      await Promise.all(workers.map((w) => w.close()));
      await maintenance.close();
      await connection.del(beatKey).catch(() => {});
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
