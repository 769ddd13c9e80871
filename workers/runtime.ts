// Starts one BullMQ Worker per queue against a given database, the repeatable maintenance jobs, and a
// heartbeat in Redis that /api/health counts. Used by workers/index.ts (own process) and by
// instrumentation.ts (inside the web process, in the embedded mode).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Database } from '../db/index';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { uploadsDir } from '../lib/admin/imports';
import { createOutboxProvider, createResendProvider } from '../lib/notices/providers';
import { createRedis } from './connection';
import { paceLimitFor } from './pacer';
import { createRequestTransport } from './request-transport';
import { watchRedisLoss } from './redis-loss';
import { enqueueBulkCheck, enqueueExpansion, enqueuePrintFiles, enqueueSendGroups } from './enqueue';
import { handleBuildPrintFiles } from './jobs/build-print-files.handler';
import { closeLetterRenderer } from '../lib/letters/render-pdf';
import { handleExpandBatch } from './jobs/expand-batch.handler';
import { importUploadJobName } from './jobs/import-upload';
import { handleImportUpload } from './jobs/import-upload.handler';
import { purgeNoticeContentEveryMs, purgeNoticeContentJobName } from './jobs/purge-notice-content';
import { handlePurgeNoticeContent } from './jobs/purge-notice-content.handler';
import { reconcileNoticesJobName } from './jobs/reconcile-notices';
import { remindClaimDeadlinesEveryMs, remindClaimDeadlinesJobName } from './jobs/remind-claim-deadlines';
import { reconcileClaimNoticesEveryMs, reconcileClaimNoticesJobName } from './jobs/reconcile-claim-notices';
import { handleReconcileClaimNotices } from './jobs/reconcile-claim-notices.handler';
import { handleRemindClaimDeadlines } from './jobs/remind-claim-deadlines.handler';
import { handleReconcileNotices } from './jobs/reconcile-notices.handler';
import { failSendGroup, handleSendNotices } from './jobs/send-notices.handler';
import { lapseClaimRequestsEveryMs, lapseClaimRequestsJobName } from './jobs/lapse-claim-requests';
import { handleLapseClaimRequests } from './jobs/lapse-claim-requests.handler';
import { notifyExportPaymentsJobName, notifyExportPaymentsPayloadSchema } from './jobs/notify-export-payments';
import { notifyExportReleased } from '../lib/claims/notify';
import { verifyAuditChainEveryMs, verifyAuditChainJobName } from './jobs/verify-audit-chain';
import { handleVerifyAuditChain } from './jobs/verify-audit-chain.handler';
import { purgeOrgBulkResultsEveryMs, purgeOrgBulkResultsJobName } from './jobs/purge-org-bulk-results';
import { handlePurgeOrgBulkResults } from './jobs/purge-org-bulk-results.handler';
import { BULK_CHUNK, runBulkCheckJobName } from './jobs/run-bulk-check';
import { handleRunBulkCheck } from './jobs/run-bulk-check.handler';
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
  /** Send provider requests from a thread of their own (default); false sends from this thread. */
  senderThread?: boolean;
  /** How often to look for the marker that says Redis still has its data (default 1 s). */
  redisCheckMs?: number;
};

/**
 * The provider's rate as two limits: the pacer (pacer.ts) lets a request leave only while the provider's
 * sliding window cannot hold `limit` arrivals already, across every worker process; BullMQ's limiter, a
 * little faster than the provider, only keeps jobs from starting far ahead of their turn, so a composed
 * request is waiting when the window frees.
 */
export function pacingFor(
  requestsPerSecond: number,
): { limit: number; windowMs: number; limiter: { max: number; duration: number } } | undefined {
  if (requestsPerSecond <= 0) return undefined;
  const { limit, windowMs } = paceLimitFor(requestsPerSecond, 0);
  return { limit, windowMs, limiter: { max: 1, duration: Math.max(1, Math.floor((1000 / requestsPerSecond) * 0.8)) } };
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
    enqueuePrintFiles: (batchId) => enqueuePrintFiles(batchId, prefix),
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
  const pacing = pacingFor(rate);
  const limiter = pacing?.limiter;
  const transport = createRequestTransport(connection, e.REDIS_URL, { thread: options.senderThread ?? true });
  const ctx: PipelineContext = {
    ...base,
    providers: { ...base.providers, ...options.providers },
    pace: pacing ? { email: { key: `${prefix}:pace:email`, limit: pacing.limit, windowMs: pacing.windowMs } } : {},
    transport,
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

  // A print file takes minutes; stopping drops the one in progress (nothing of it is stored) so the
  // worker stops in seconds, and BullMQ's retry prints it again.
  const stopPrinting = new AbortController();
  const workers = [
    // An import is long and heavy; one at a time per process keeps memory flat.
    new Worker(
      queueNames.importRecords,
      // Uploads are the only job on this queue (the CLI imports in its own process, scripts/import.ts).
      async (job: Job) => {
        if (job.name !== importUploadJobName) throw new UnrecoverableError(`Unknown import job ${job.name}`);
        return handleImportUpload(
          { db, hasher: getHasher(), sealer: getSealer(), uploadsDir: uploadsDir(e.dataDir), batchSize: e.IMPORT_BATCH_SIZE },
          job,
        );
      },
      { connection: createRedis(), prefix, concurrency: 1 },
    ),
    new Worker(queueNames.batches, (job: Job) => handleExpandBatch(ctx, job), {
      connection: createRedis(),
      prefix,
      concurrency: 1,
      lockDuration,
      stalledInterval: lockDuration,
    }),
    sendWorker(queueNames.noticesEmail, true),
    sendWorker(queueNames.noticesLetter, false),
    // One print file at a time per process: Chromium and the two cores are the limit, not the queue.
    new Worker(queueNames.letters, (job: Job) => handleBuildPrintFiles(db, job, stopPrinting.signal), {
      connection: createRedis(),
      prefix,
      concurrency: 1,
      lockDuration,
      stalledInterval: lockDuration,
    }),
    new Worker(
      queueNames.orgBulk,
      async (job: Job) => {
        if (job.name !== runBulkCheckJobName) throw new UnrecoverableError(`Unknown bulk-check job ${job.name}`);
        const config = { dailyRows: e.ORG_BULK_DAILY_ROWS, resultsHours: e.ORG_BULK_RESULTS_HOURS, chunkSize: BULK_CHUNK };
        return handleRunBulkCheck({ db, hasher: getHasher(), sealer: getSealer(), config, now: () => new Date() }, job);
      },
      { connection: createRedis(), prefix, concurrency: 1, lockDuration, stalledInterval: lockDuration },
    ),
    new Worker(
      queueNames.maintenance,
      async (job: Job) => {
        if (job.name === verifyAuditChainJobName) return handleVerifyAuditChain(db, log);
        if (job.name === reconcileNoticesJobName) return handleReconcileNotices(ctx, staleSeconds);
        if (job.name === purgeNoticeContentJobName) return handlePurgeNoticeContent(db, e.NOTICE_RETENTION_DAYS);
        if (job.name === remindClaimDeadlinesJobName) return handleRemindClaimDeadlines(db, ctx.enqueueGroups, log);
        if (job.name === reconcileClaimNoticesJobName) return handleReconcileClaimNotices(db, ctx.enqueueGroups, log);
        if (job.name === lapseClaimRequestsJobName) return handleLapseClaimRequests(db, log);
        if (job.name === purgeOrgBulkResultsJobName)
          return handlePurgeOrgBulkResults(db, getHasher().auditKey, (bulkId, orgId) => enqueueBulkCheck(bulkId, orgId, prefix));
        if (job.name === notifyExportPaymentsJobName) {
          const { exportId } = notifyExportPaymentsPayloadSchema.parse(job.data);
          return notifyExportReleased({ db, auditKey: getHasher().auditKey, enqueueGroups: ctx.enqueueGroups }, exportId);
        }
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
      purgeNoticeContentJobName,
      { every: purgeNoticeContentEveryMs },
      { name: purgeNoticeContentJobName },
    );
    await maintenance.upsertJobScheduler(
      remindClaimDeadlinesJobName,
      { every: remindClaimDeadlinesEveryMs },
      { name: remindClaimDeadlinesJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await maintenance.upsertJobScheduler(
      reconcileClaimNoticesJobName,
      { every: reconcileClaimNoticesEveryMs },
      { name: reconcileClaimNoticesJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await maintenance.upsertJobScheduler(
      lapseClaimRequestsJobName,
      { every: lapseClaimRequestsEveryMs },
      { name: lapseClaimRequestsJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await maintenance.upsertJobScheduler(
      purgeOrgBulkResultsJobName,
      { every: purgeOrgBulkResultsEveryMs },
      { name: purgeOrgBulkResultsJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await maintenance.upsertJobScheduler(
      reconcileNoticesJobName,
      { every: options.reconcileEveryMs ?? e.RECONCILE_EVERY_SECONDS * 1000 },
      { name: reconcileNoticesJobName, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  };
  await ensureSchedulers();
  // Redis lost everything: every group PostgreSQL holds as queued or sending goes back now, however recent
  // (a job still waiting or running is left alone), and the schedulers with them.
  const redisLoss = watchRedisLoss(
    connection,
    prefix,
    async () => {
      const found = await handleReconcileNotices(ctx, 0, 100_000);
      await ensureSchedulers();
      log(`[workers] after Redis lost its data: ${found.groups} send groups and ${found.batches} expansions re-enqueued`);
    },
    { log, everyMs: options.redisCheckMs },
  );
  await redisLoss.check();

  const beatKey = `${prefix}:${HEARTBEAT_PREFIX}${id}`;
  const beat = async () => {
    await connection
      .set(beatKey, JSON.stringify({ queues: workers.map((w) => w.name), at: new Date().toISOString() }), 'EX', HEARTBEAT_TTL_SECONDS)
      .catch(() => {});
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
      redisLoss.stop();
      stopPrinting.abort();
      // Worker.close() waits for jobs in progress to finish: a SIGTERM drains rather than abandons.
      await Promise.all(workers.map((w) => w.close()));
      const sent = transport.stats();
      if (sent.requests > 0) {
        const d = sent.departureToArrivalMs;
        const a = sent.departureToAnswerMs;
        log(
          `[workers] ${id} sent ${sent.requests} provider requests${sent.onThread ? ' from its sender thread' : ''}` +
            (d ? `; departure to arrival p50 ${d.p50} ms, p90 ${d.p90} ms, p99 ${d.p99} ms, max ${d.max} ms (${d.samples} measured)` : '') +
            (a ? `; departure to answer p50 ${a.p50} ms, p90 ${a.p90} ms, max ${a.max} ms` : ''),
        );
      }
      await transport.close();
      await maintenance.close();
      await closeLetterRenderer();
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
