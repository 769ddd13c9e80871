// The import streams: its peak memory must not grow with the size of the file. Eight times the rows
// may not cost more than a fixed allowance above the small run's peak. Every run works in the worker threads,
// as a large file does, so the comparison is of file size alone, not of the worker's fixed cost.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCsv } from '../synthetic/generator';
import { createPostgresTestDb, type TestDb } from '../testing/db';
import { testKeys } from '../testing/secrets';
import { importRecordsCsv } from './import';

async function peakRssDuringImport(t: TestDb, rows: number, seed: number): Promise<{ peakMB: number; inserted: number; inWorker: number }> {
  const keys = testKeys();
  const stream = new PassThrough();
  const writing = writeSyntheticCsv(rows, seed, stream).then(() => stream.end());
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let inWorker = 0;
  const result = await importRecordsCsv({ db: t.db, ...keys, input: stream, source: `mem-${rows}.csv`, actor: 'test', batchSize: 2000, sealWorkerAfterRows: 0, onSealed: (s) => (inWorker = s.inWorker) });
  clearInterval(timer);
  await writing;
  return { peakMB: (peak - base) / 1e6, inserted: result.inserted, inWorker };
}

describe('import memory (PostgreSQL)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createPostgresTestDb();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('stays flat in file size: 80,000 rows peak within 60 MB of 10,000 rows', async () => {
    // Warm up code paths and caches so the first measurement is not inflated by start-up.
    await peakRssDuringImport(t, 2000, 1);
    const small = await peakRssDuringImport(t, 10_000, 2);
    const large = await peakRssDuringImport(t, 80_000, 3);
    expect(small.inserted).toBe(10_000);
    expect(large.inserted).toBe(80_000);
    expect(large.inWorker).toBeGreaterThan(70_000);
    expect(large.peakMB).toBeLessThan(small.peakMB + 60);
  }, 180_000);
});
