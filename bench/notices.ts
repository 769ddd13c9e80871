// Notice pipeline benchmark: 47,000 email notices in mixed languages, from batch creation to accepted by
// the local Resend-compatible server — (a) with no rate limit, (b) at 2 requests/s of 100 emails each.
// Records are synthetic; every one is given an example.org address so each yields one email notice.
import { Readable } from 'node:stream';
import { migrate, openDatabase } from '../db/index';
import { selectionLanguages } from '../db/queries/batches';
import { fork, type ChildProcess } from 'node:child_process';
import type { ResendServerOptions } from '../e2e/support/resend-server';
import { getHasher, getSealer } from '../lib/keys';
import { createResendProvider } from '../lib/notices/providers';
import { approveNoticeBatch, createNoticeBatch, startNoticeBatch, type ServiceDeps } from '../lib/notices/service';
import { importRecordsCsv } from '../lib/records/import';
import { formatCsvLine, generateSyntheticRecords } from '../lib/synthetic/generator';
import { recordCsvColumns } from '../lib/validation/record-row';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../lib/testing/postgres';
import { closeQueues, enqueueExpansion, enqueueSendGroups } from '../workers/enqueue';
import { createRedis } from '../workers/connection';
import { startWorkers } from '../workers/runtime';

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
  rejected429: number;
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
  const child: ChildProcess = fork('bench/resend-server-process.ts', [JSON.stringify(options)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
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

async function scenario(name: string, count: number, rate: number | null, maxWindow: (t: number[]) => number): Promise<NoticeFigure> {
  const dbName = uniqueName('dc_bench_notices');
  await withAdmin((sql) => sql.unsafe(`create database "${dbName}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: 10 });
  const prefix = uniqueName('dcbench');
  const server = await startRemoteServer({ apiKey: 're_bench', rateLimitPerSecond: rate, seed: 1 });
  process.env.RESEND_BASE_URL = server.url;
  try {
    await migrate(handle);
    const loaded = await importRecordsCsv({
      db: handle.db, hasher: getHasher(), sealer: getSealer(), source: 'bench.csv', actor: 'bench',
      input: Readable.from(withEmails(count)),
    });
    if (loaded.status !== 'completed') throw new Error(loaded.error);
    const runtime = await startWorkers({
      db: handle.db, concurrency: rate ? 4 : 8, prefix, log: () => {}, emailRequestsPerSecond: rate ?? 0,
      providers: { email: createResendProvider({ apiKey: 're_bench', from: 'Disclosure Check <notices@example.org>', requestsPerSecond: rate ?? 0 }) },
    });
    const deps: ServiceDeps = {
      db: handle.db, auditKey: getHasher().auditKey, actor: 'bench',
      enqueueGroups: (k) => enqueueSendGroups(k, prefix), enqueueExpansion: (b, c) => enqueueExpansion(b, c, prefix),
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
    await runtime.close();
    const stats = await server.stats();
    // The achieved rate is measured between the first and last request, the part the limit governs.
    const times = stats.requestTimes.all;
    const span = (times.at(-1)! - times[0]!) / 1000;
    const requestsPerSecond = times.length > 1 ? (times.length - 1) / span : times.length;
    return {
      scenario: name, notices: stats.acceptedTotal, languages, seconds: +seconds.toFixed(1),
      noticesPerSecond: Math.round(stats.acceptedTotal / seconds), requests: stats.requests,
      requestsPerSecond: +requestsPerSecond.toFixed(3), limitPerSecond: rate,
      shareOfLimit: rate ? +(requestsPerSecond / rate).toFixed(3) : null, maxRequestsInAnySecond: maxWindow(times),
      minGapMs: Math.min(...times.slice(1).map((t, i) => t - times[i]!)), rejected429: stats.rateLimited + stats.injected429,
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
  const { maxRequestsInAnyWindow } = await import('../e2e/support/resend-server');
  const figures: NoticeFigure[] = [];
  if (unlimited) {
    figures.push(await scenario('(a) no rate limit', count, null, (t) => maxRequestsInAnyWindow(t, 1000)));
    console.log(JSON.stringify(figures.at(-1)));
  }
  if (limited) {
    figures.push(await scenario('(b) 2 requests/s × 100 emails', count, 2, (t) => maxRequestsInAnyWindow(t, 1000)));
    console.log(JSON.stringify(figures.at(-1)));
  }
  return figures;
}

export function noticeTable(figures: NoticeFigure[]): string {
  const head = '| scenario | notices | languages | total time | notices/s | requests | requests/s | share of limit | most requests in any 1 s | smallest gap | 429s |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  return [head, ...figures.map((f) => `| ${f.scenario} | ${f.notices.toLocaleString('en-US')} | ${f.languages} | ${f.seconds} s | ${f.noticesPerSecond.toLocaleString('en-US')} | ${f.requests} | ${f.requestsPerSecond} | ${f.shareOfLimit === null ? '—' : `${(f.shareOfLimit * 100).toFixed(1)}%`} | ${f.maxRequestsInAnySecond} | ${f.minGapMs} ms | ${f.rejected429} |`)].join('\n');
}
