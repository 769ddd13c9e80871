// Import benchmark: synthetic CSVs of 47,000 and 1,280,000 rows (the IRS match and the full ICE request)
// into a fresh PostgreSQL database, plus 47,000 into PGlite; then the same file again (idempotent pass).
// Reports wall time, rows/s and peak RSS. Usage: npm run bench -- import [--sizes 47000,1280000]
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createHasher, createSealer } from '../lib/crypto';
import { importRecordsCsv, type ImportResult } from '../lib/records/import';
import { writeSyntheticCsv } from '../lib/synthetic/generator';
import { migrate, openDatabase, type DbHandle } from '../db/index';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

export type ImportFigure = {
  driver: 'postgres' | 'pglite';
  rows: number;
  fileMB: number;
  firstSeconds: number;
  firstRowsPerSecond: number;
  againSeconds: number;
  peakRssMB: number;
  baselineRssMB: number;
  inserted: number;
  unchangedOnSecondPass: number;
  /** CPU time of this process (all its threads) during the first import, and rows sealed in the worker thread. */
  firstNodeCpuSeconds: number;
  sealedInWorker: number;
};

async function ensureCsv(rows: number): Promise<string> {
  mkdirSync('bench/out', { recursive: true });
  const file = path.resolve(`bench/out/synthetic-${rows}.csv`);
  if (existsSync(file)) return file;
  const tmp = `${file}.partial`;
  const out = createWriteStream(tmp);
  await writeSyntheticCsv(rows, 7, out);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(tmp, file);
  return file;
}

function sampleRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

async function timedImport(
  handle: DbHandle,
  file: string,
  keys: { hasher: ReturnType<typeof createHasher>; sealer: ReturnType<typeof createSealer> },
) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let sealedInWorker = 0;
  const result: ImportResult = await importRecordsCsv({
    db: handle.db,
    ...keys,
    input: createReadStream(file),
    source: path.basename(file),
    actor: 'bench',
    batchSize: 2000,
    sealWorkerAfterRows: Number(process.env.BENCH_SEAL_WORKER_AFTER ?? 10_000),
    onSealed: (s) => (sealedInWorker = s.inWorker),
  });
  if (result.status !== 'completed') throw new Error(result.error);
  const used = process.cpuUsage(cpu);
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, sealedInWorker };
}

async function measure(driver: 'postgres' | 'pglite', rows: number): Promise<ImportFigure> {
  const file = await ensureCsv(rows);
  const pepper = randomBytes(32);
  const keys = { hasher: createHasher(pepper), sealer: createSealer({ dataKeys: new Map([[1, randomBytes(32)]]), currentKeyVersion: 1 }) };
  let handle: DbHandle;
  let cleanup: () => Promise<void>;
  if (driver === 'postgres') {
    const name = uniqueName('dc_bench');
    await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
    handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 4 });
    cleanup = async () => {
      await handle.close();
      await dropDatabase(name);
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'dc-bench-'));
    handle = await openDatabase({ dataDir: dir, holder: 'bench' });
    cleanup = async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    await migrate(handle);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    const rss = sampleRss();
    const first = await timedImport(handle, file, keys);
    const peak = rss.stop();
    const again = await timedImport(handle, file, keys);
    return {
      driver,
      rows,
      fileMB: +(statSync(file).size / 1e6).toFixed(1),
      firstSeconds: +first.seconds.toFixed(2),
      firstRowsPerSecond: Math.round(rows / first.seconds),
      againSeconds: +again.seconds.toFixed(2),
      peakRssMB: Math.round(peak / 1e6),
      baselineRssMB: Math.round(baseline / 1e6),
      inserted: first.result.inserted,
      unchangedOnSecondPass: again.result.unchanged,
      firstNodeCpuSeconds: +first.cpuSeconds.toFixed(2),
      sealedInWorker: first.sealedInWorker,
    };
  } finally {
    await cleanup();
  }
}

/** One first import of `rows` synthetic rows into a fresh PostgreSQL database with the given keys (bench/hmac.ts). */
export async function runImportOnce(
  rows: number,
  keys: { hasher: ReturnType<typeof createHasher>; sealer: ReturnType<typeof createSealer> },
) {
  const file = await ensureCsv(rows);
  const name = uniqueName('dc_bench');
  await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 4 });
  try {
    await migrate(handle);
    const { seconds, cpuSeconds } = await timedImport(handle, file, keys);
    return { seconds, cpuSeconds };
  } finally {
    await handle.close();
    await dropDatabase(name);
  }
}

export async function runImportBench(sizes: number[]): Promise<ImportFigure[]> {
  const figures: ImportFigure[] = [];
  for (const rows of sizes) {
    figures.push(await measure('postgres', rows));
    console.log(JSON.stringify(figures.at(-1)));
  }
  const small = Math.min(...sizes);
  figures.push(await measure('pglite', small));
  console.log(JSON.stringify(figures.at(-1)));
  return figures;
}

export function importTable(figures: ImportFigure[]): string {
  const head =
    '| database | rows | CSV size | first import | rows/s | re-import (unchanged) | peak RSS (baseline) |\n|---|---:|---:|---:|---:|---:|---:|';
  const body = figures.map(
    (f) =>
      `| ${f.driver === 'postgres' ? 'PostgreSQL 15 (postgres.js)' : 'PGlite (embedded)'} | ${f.rows.toLocaleString('en-US')} | ${f.fileMB} MB | ${f.firstSeconds} s | ${f.firstRowsPerSecond.toLocaleString('en-US')} | ${f.againSeconds} s | ${f.peakRssMB} MB (${f.baselineRssMB} MB) |`,
  );
  return [head, ...body].join('\n');
}
