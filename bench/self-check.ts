// Self-check benchmark: the letter path under load (autocannon), side by side in one run with a bare
// node:http + postgres.js handler doing the same lookup (bench/self-check-bare.ts).
//
// The portal is the production build (`next start`) on a throwaway PostgreSQL database of synthetic
// records, answering the no-JavaScript form POST of /en/check exactly as a browser without JavaScript
// sends it. Its limits stay on — every request still passes the global ceiling, the address limit and the
// code's try counter in Redis and writes its audit entry — but are configured high enough for one client
// address to make thousands of checks (benchmark clients allowed by configuration, not by skipping work).
// Every request is a correct notice code + date of birth, so every answer is a verified check: a 303 to the
// result page from the portal, {"found":true} from the baseline; anything else is counted as an error.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import autocannon from 'autocannon';
import { migrate, openDatabase } from '../db/index';
import { findRecordByTinHash } from '../db/queries/records';
import { formatNoticeCode } from '../lib/identifiers/notice-code';
import { getHasher, getSealer } from '../lib/keys';
import { loadSyntheticRecords } from '../lib/records/demo';
import { generateSyntheticRecords } from '../lib/synthetic/generator';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';
import { parseRecordRow } from '../lib/validation/record-row';
import { createRedis } from '../workers/connection';
import { portalLetterForm, type LetterPair } from './self-check-form';

export type SelfCheckFigure = {
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
};

const SEED = 11;

async function samplePairs(db: Parameters<typeof findRecordByTinHash>[0], records: number, want: number): Promise<LetterPair[]> {
  const hasher = getHasher();
  const pairs: LetterPair[] = [];
  const seen = new Set<string>();
  for (const raw of generateSyntheticRecords(records, SEED)) {
    const parsed = parseRecordRow(raw);
    if (!parsed.ok || seen.has(parsed.row.tin)) continue;
    seen.add(parsed.row.tin);
    const record = await findRecordByTinHash(db, hasher.tin(parsed.row.tin));
    if (!record) continue;
    const [year, month, day] = parsed.row.dateOfBirth.split('-').map(Number) as [number, number, number];
    pairs.push({ code: formatNoticeCode(record.noticeCode), year, month, day });
    if (pairs.length === want) break;
  }
  return pairs;
}

function startBare(env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = fork('bench/self-check-bare.ts', [], { execArgv: ['--import', 'tsx'], env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The bare handler exited with ${code}`)));
    child.once('message', (m: { port: number }) => resolve({ url: `http://127.0.0.1:${m.port}`, stop: () => child.disconnect() }));
  });
}

export async function startPortal(env: NodeJS.ProcessEnv, port: number): Promise<{ url: string; stop(): void }> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, PORTAL_URL: url, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      // Ready when it reaches the database (health also counts workers, which this benchmark runs none of).
      const health = (await (await fetch(`${url}/api/health`)).json()) as { database?: string };
      if (health.database === 'up') return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('The portal did not answer within 60 s');
}

type Target = {
  name: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body(pair: LetterPair): string;
  ok(status: number): boolean;
};

async function load(target: Target, pairs: LetterPair[], connections: number, seconds: number): Promise<SelfCheckFigure> {
  let i = 0;
  let errors = 0;
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: target.url,
          connections,
          duration,
          requests: [
            {
              method: 'POST',
              path: target.path,
              headers: target.headers,
              setupRequest: (req) => ({ ...req, body: target.body(pairs[i++ % pairs.length]!) }),
            },
          ],
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('response', (_client, status) => {
        if (!target.ok(status)) errors++;
      });
    });
  await run(3); // warm-up: JIT, connection pools, caches
  errors = 0;
  const r = await run(seconds);
  return {
    target: target.name,
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p90Ms: r.latency.p90,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: errors + r.errors + r.timeouts,
  };
}

export async function runSelfCheckBench(options: {
  records: number;
  connections: number;
  seconds: number;
  port?: number;
}): Promise<SelfCheckFigure[]> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('Build the portal first: npx next build');
  const dbName = uniqueName('dc_bench_check');
  await withAdmin((sql) => sql.unsafe(`create database "${dbName}"`));
  const prefix = uniqueName('dcbenchcheck');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl(dbName),
    QUEUE_PREFIX: prefix,
    WORKERS_IN_PROCESS: 'false',
    DEMO_MODE: 'false',
    // Limits on, sized so one benchmark client is not refused (see the top of this file).
    SELF_CHECK_GLOBAL_LIMIT: '1000000/1s',
    SELF_CHECK_ADDRESS_LIMIT: '1000000/1s',
    SELF_CHECK_ADDRESS_POW_AFTER: '10000',
  };
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: 4 });
  const stops: (() => void)[] = [];
  try {
    await migrate(handle);
    const loaded = await loadSyntheticRecords({
      db: handle.db,
      hasher: getHasher(),
      sealer: getSealer(),
      count: options.records,
      seed: SEED,
    });
    if (loaded.status !== 'completed') throw new Error(loaded.error);
    const pairs = await samplePairs(handle.db, options.records, 500);
    const bare = await startBare(env);
    stops.push(bare.stop);
    const portal = await startPortal(env, options.port ?? 3190);
    stops.push(portal.stop);
    const form = await portalLetterForm(portal.url);
    const targets: Target[] = [
      {
        name: 'bare node:http + postgres.js',
        url: bare.url,
        path: '/',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: (p) => new URLSearchParams({ code: p.code, month: String(p.month), day: String(p.day), year: String(p.year) }).toString(),
        ok: (s) => s === 200,
      },
      {
        name: 'portal letter path (/en/check, no JavaScript)',
        url: portal.url,
        path: form.path,
        headers: form.headers,
        body: form.body,
        ok: form.ok,
      },
    ];
    const figures: SelfCheckFigure[] = [];
    for (const target of targets) {
      figures.push(await load(target, pairs, options.connections, options.seconds));
      console.log(JSON.stringify(figures.at(-1)));
    }
    return figures;
  } finally {
    for (const stop of stops) stop();
    await handle.close();
    const redis = createRedis();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await dropDatabase(dbName);
  }
}

export function selfCheckTable(figures: SelfCheckFigure[]): string {
  const bare = figures.find((f) => f.target.startsWith('bare'));
  const head =
    '| target | connections | requests/s | p50 | p90 | p99 | max | errors | share of bare |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = figures.map(
    (f) =>
      `| ${f.target} | ${f.connections} | ${f.requestsPerSecond.toLocaleString('en-US')} | ${f.p50Ms} ms | ${f.p90Ms} ms | ${f.p99Ms} ms | ${f.maxMs} ms | ${f.errors} | ${bare ? `${((f.requestsPerSecond / bare.requestsPerSecond) * 100).toFixed(0)}%` : '—'} |`,
  );
  return [head, ...rows].join('\n');
}
