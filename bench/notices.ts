// Notice pipeline benchmark: 47,000 email notices in mixed languages, from batch creation to accepted by
// the local Resend-compatible server — (a) with no rate limit, (b) at 2 requests/s of 100 emails each.
// Records are synthetic; every one is given an example.org address so each yields one email notice.
import { Readable } from 'node:stream';
import { migrate, openDatabase } from '../db/index';
import { selectionLanguages } from '../db/queries/batches';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import type { ResendServerOptions } from '../testing/resend-server';
import { getHasher, getSealer } from '../lib/keys';
import { approveNoticeBatch, createNoticeBatch, startNoticeBatch, type ServiceDeps } from '../lib/notices/service';
import { importRecordsCsv } from '../lib/records/import';
import { formatCsvLine, generateSyntheticRecords } from '../lib/synthetic/generator';
import { recordCsvColumns } from '../lib/validation/record-row';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';
import { closeQueues, enqueueExpansion, enqueueSendGroups } from '../workers/enqueue';
import { createRedis } from '../workers/connection';

export type NoticeFigure = {
  scenario: string;
  notices: number;
  languages: number;
  seconds: number;
  noticesPerSecond: number;
  requests: number;
  requestsPerSecond: number;
  limitPerSecond: number | null;
  shareOfLimit: number | null;
  maxRequestsInAnySecond: number;
  /** The smallest gap between two requests arriving at the server. */
  minGapMs: number;
  /** Arrivals that found more than the limit in the sliding second ending at them (the server's count). */
  windowsOverLimit: number | null;
  rejected429: number;
  workerProcesses: number;
  /** Each worker process's own summary: requests sent, departure to arrival and to answer. */
  senders: string[];
  loadAverage: [number, number];
};

function* withEmails(count: number): Generator<string> {
  yield formatCsvLine(recordCsvColumns);
  let i = 0;
  for (const row of generateSyntheticRecords(count, 23)) {
    const r = { ...row, email: row.email || `person${i}@example.org` };
    i++;
    yield formatCsvLine(recordCsvColumns.map((c) => r[c]));
  }
}

type RemoteStats = { acceptedTotal: number; requests: number; rateLimited: number; injected429: number; requestTimes: { all: number[] } };

/** Starts the local server in its own process; `stats()` asks it over IPC. */
async function startRemoteServer(options: ResendServerOptions): Promise<{ url: string; stats(): Promise<RemoteStats>; close(): void }> {
  const child: ChildProcess = fork('bench/resend-server-process.ts', [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)));
  return {
    url,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m: { stats: RemoteStats }) => resolve(m.stats));
        child.send({ kind: 'stats' });
      }),
    close: () => child.disconnect(),
  };
}

const WORKER_PROCESSES = 2;

/** A worker process as production runs them (`npm run workers`), against the bench's database and server. */
function spawnWorker(env: Record<string, string>): { exited: Promise<void>; stop(): void; log(): string } {
  let log = '';
  const child = spawn('node', ['--import', 'tsx', 'workers/index.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  return { exited: new Promise((resolve) => child.once('exit', () => resolve())), stop: () => child.kill('SIGTERM'), log: () => log };
}

async function scenario(
  name: string,
  count: number,
  rate: number | null,
  maxWindow: (t: number[]) => number,
  overLimit: (t: number[], limit: number) => number,
): Promise<NoticeFigure> {
  const dbName = uniqueName('dc_bench_notices');
  await withAdmin((sql) => sql.unsafe(`create database "${dbName}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: 10 });
  const prefix = uniqueName('dcbench');
  const server = await startRemoteServer({ apiKey: 're_bench', rateLimitPerSecond: rate, seed: 1 });
  process.env.RESEND_BASE_URL = server.url;
  try {
    await migrate(handle);
    const loaded = await importRecordsCsv({
      db: handle.db,
      hasher: getHasher(),
      sealer: getSealer(),
      source: 'bench.csv',
      actor: 'bench',
      input: Readable.from(withEmails(count)),
    });
    if (loaded.status !== 'completed') throw new Error(loaded.error);
    const workers = Array.from({ length: WORKER_PROCESSES }, () =>
      spawnWorker({
        DATABASE_URL: databaseUrl(dbName),
        QUEUE_PREFIX: prefix,
        RESEND_API_KEY: 're_bench',
        RESEND_BASE_URL: server.url,
        EMAIL_FROM: 'Disclosure Check <notices@example.org>',
        EMAIL_REQUESTS_PER_SECOND: String(rate ?? 0),
        WORKER_CONCURRENCY: rate ? '4' : '8',
      }),
    );
    const loadBefore = loadavg()[0]!;
    const deps: ServiceDeps = {
      db: handle.db,
      auditKey: getHasher().auditKey,
      actor: 'bench',
      enqueueGroups: (k) => enqueueSendGroups(k, prefix),
      enqueueExpansion: (b, c) => enqueueExpansion(b, c, prefix),
    };
    const selection = { hasEmail: true, channels: ['email' as const] };
    const languages = (await selectionLanguages(handle.db, selection)).length;
    const started = process.hrtime.bigint();
    const created = await createNoticeBatch(deps, { name, type: 'initial_notice', selection });
    if (!created.ok) throw new Error(created.error);
    // Four eyes, as in production: someone other than the creator approves before it starts.
    await approveNoticeBatch({ ...deps, actor: 'bench-approver' }, created.data.id);
    await startNoticeBatch(deps, created.data.id);
    for (;;) {
      if ((await server.stats()).acceptedTotal >= count) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const loadAfter = loadavg()[0]!;
    for (const w of workers) w.stop();
    await Promise.all(workers.map((w) => w.exited));
    const stats = await server.stats();
    // The achieved rate is measured between the first and last request, the part the limit governs.
    const times = stats.requestTimes.all;
    const span = (times.at(-1)! - times[0]!) / 1000;
    const requestsPerSecond = times.length > 1 ? (times.length - 1) / span : times.length;
    return {
      scenario: name,
      notices: stats.acceptedTotal,
      languages,
      seconds: +seconds.toFixed(1),
      noticesPerSecond: Math.round(stats.acceptedTotal / seconds),
      requests: stats.requests,
      requestsPerSecond: +requestsPerSecond.toFixed(3),
      limitPerSecond: rate,
      shareOfLimit: rate ? +(requestsPerSecond / rate).toFixed(3) : null,
      maxRequestsInAnySecond: maxWindow(times),
      minGapMs: Math.min(...times.slice(1).map((t, i) => t - times[i]!)),
      windowsOverLimit: rate ? overLimit(times, rate) : null,
      rejected429: stats.rateLimited + stats.injected429,
      workerProcesses: WORKER_PROCESSES,
      senders: workers.map((w) => w.log().match(/sent \d+ provider requests.*/)?.[0] ?? 'no summary'),
      loadAverage: [+loadBefore.toFixed(2), +loadAfter.toFixed(2)],
    };
  } finally {
    await closeQueues();
    const redis = createRedis();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    server.close();
    await handle.close();
    await dropDatabase(dbName);
  }
}

export async function runNoticeBench(count: number, limited: boolean, unlimited = true): Promise<NoticeFigure[]> {
  const { maxRequestsInAnyWindow, windowsOverLimit } = await import('../testing/resend-server');
  const figures: NoticeFigure[] = [];
  if (unlimited) {
    figures.push(await scenario('(a) no rate limit', count, null, (t) => maxRequestsInAnyWindow(t, 1000), windowsOverLimit));
    console.log(JSON.stringify(figures.at(-1)));
  }
  if (limited) {
    figures.push(await scenario('(b) 2 requests/s × 100 emails', count, 2, (t) => maxRequestsInAnyWindow(t, 1000), windowsOverLimit));
    console.log(JSON.stringify(figures.at(-1)));
  }
  return figures;
}

export function noticeTable(figures: NoticeFigure[]): string {
  const head =
    '| scenario | notices | languages | total time | notices/s | requests | requests/s | share of limit | most requests in any 1 s | windows over the limit | smallest gap | 429s | load average |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  return [
    head,
    ...figures.map(
      (f) =>
        `| ${f.scenario} | ${f.notices.toLocaleString('en-US')} | ${f.languages} | ${f.seconds} s | ${f.noticesPerSecond.toLocaleString('en-US')} | ${f.requests} | ${f.requestsPerSecond} | ${f.shareOfLimit === null ? '—' : `${(f.shareOfLimit * 100).toFixed(1)}%`} | ${f.maxRequestsInAnySecond} | ${f.windowsOverLimit ?? '—'} | ${f.minGapMs} ms | ${f.rejected429} | ${f.loadAverage.join(' → ')} |`,
    ),
  ].join('\n');
}
