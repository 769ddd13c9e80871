// Workers key and seal exactly as the calling thread does, and the calling thread takes over when no worker
// can run or one dies.
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordTuples, type RecordTuple } from '../../db/queries/record-copy';
import { createHasher, keyMaterialOf } from '../crypto';
import { todayUtc } from '../identifiers/dates';
import { isValidNoticeCode } from '../identifiers/notice-code';
import { goodRow, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseRecordRow, recordCsvColumns } from '../validation/record-row';
import { createBatchProcessor, type BatchProcessor } from './batch-processor';
import { rowRoute, type KeyedBatch, type RawBatch } from './import-batch';
import { keyRecordRow, openRecordPii } from './seal';

const keys = testKeys();
const columns = [...recordCsvColumns];
const fields = (r: Row) => columns.map((c) => r[c]);
const people = [
  goodRow(),
  goodRow({ tin: '123-45-6789', last_name: 'de la Cruz', email: '', language: 'vi' }),
  goodRow({ tin: '912-70-5555', last_name: 'Nguyễn', email: 'MIXED.Case@Example.org' }),
];
// Lines 2-4 good, 5 unreadable, 6 too few fields, 7 a bad TIN, 8 the first TIN again (supersedes line 2).
const raw: RawBatch = {
  lines: [2, 3, 4, 5, 6, 7, 8],
  records: [...people.map(fields), null, ['1', '2'], fields(goodRow({ tin: '000-12-3456' })), fields(goodRow({ city: 'Later' }))],
};
const expectedRejects = [
  { line: 5, reason: 'csv_malformed', field: '' },
  { line: 6, reason: 'csv_malformed', field: '' },
  { line: 7, reason: 'ssn_area', field: 'tin' },
  { line: 2, reason: 'duplicate_tin_superseded', field: 'tin' },
];
const context = () => ({ hasher: keys.hasher, sealer: keys.sealer, columns, today: todayUtc() });
const allInserts = new Uint8Array(3).fill(rowRoute.insert);

// Typed arrays come back from a worker as Uint8Array, from this thread as Buffer: compare the bytes.
const plain = (k: KeyedBatch) => ({
  ...k,
  tinHashes: Buffer.from(k.tinHashes).toString('hex'),
  fingerprints: Buffer.from(k.fingerprints).toString('hex'),
});

let processor: BatchProcessor | undefined;
afterEach(async () => {
  await processor?.close();
});

function comparable(t: RecordTuple) {
  const { noticeCode, pii, ...rest } = t;
  expect(isValidNoticeCode(noticeCode)).toBe(true);
  return { ...rest, pii: openRecordPii(keys.sealer, { pii: Buffer.from(pii), tinHash: Buffer.from(t.tinHash) }) };
}

describe('batch processor', () => {
  it('keys and seals in a worker exactly as on this thread, apart from the random IV and notice code', async () => {
    processor = createBatchProcessor(context(), { workers: 1 });
    const here = await processor.key(1, raw);
    const sealedHere = await processor.seal(1, allInserts, 7);
    expect(await processor.startWorkers()).toBe(true);
    const there = await processor.key(2, raw);
    const sealedThere = await processor.seal(2, allInserts, 7);
    expect(processor.sealed).toEqual({ inThread: 3, inWorker: 3 });

    expect(here.rejects).toEqual(expectedRejects);
    expect(plain(there)).toEqual(plain(here));
    expect(here.count).toBe(3);
    // The later line's row took the first row's place.
    const later = parseRecordRow(goodRow({ city: 'Later' }));
    if (!later.ok) throw new Error(later.reason);
    const first = keyRecordRow(keys.hasher, later.row);
    expect(Buffer.from(here.tinHashes.subarray(0, 32)).equals(first.tinHash)).toBe(true);
    expect(Buffer.from(here.fingerprints.subarray(0, 32)).equals(first.fingerprint)).toBe(true);

    const a = readRecordTuples(sealedHere.inserts);
    const b = readRecordTuples(sealedThere.inserts);
    expect(a.map(comparable)).toEqual(b.map(comparable));
    expect(a[0]!.importId).toBe(7);
    expect(comparable(a[0]!).pii.city).toBe('Later');
    expect(Buffer.from(a[2]!.emailHash!).equals(keys.hasher.email('mixed.case@example.org'))).toBe(true);
    expect(a[1]!.emailHash).toBeNull();
  });

  it('seals only the rows it is told to, each into inserts or upserts', async () => {
    processor = createBatchProcessor(context(), { workers: 1 });
    await processor.startWorkers();
    const keyed = await processor.key(1, raw);
    const sealed = await processor.seal(1, Uint8Array.from([rowRoute.upsert, rowRoute.skip, rowRoute.insert]), 3);
    const tin = (t: RecordTuple) => Buffer.from(t.tinHash).toString('hex');
    expect(readRecordTuples(sealed.upserts).map(tin)).toEqual([Buffer.from(keyed.tinHashes.subarray(0, 32)).toString('hex')]);
    expect(readRecordTuples(sealed.inserts).map(tin)).toEqual([Buffer.from(keyed.tinHashes.subarray(64, 96)).toString('hex')]);
    expect(processor.sealed).toEqual({ inThread: 0, inWorker: 2 });
  });

  it('keys and seals in one step as key then seal do, in a worker and on this thread', async () => {
    processor = createBatchProcessor(context(), { workers: 1 });
    const here = await processor.keyAndSeal(1, raw, 4);
    expect(await processor.startWorkers()).toBe(true);
    const there = await processor.keyAndSeal(2, raw, 4);
    const stepwise = await processor.key(3, raw);
    const sealedStepwise = await processor.seal(3, allInserts, 4);
    expect(processor.sealed).toEqual({ inThread: 3, inWorker: 6 });
    for (const one of [here, there]) {
      expect(one.keyed.rejects).toEqual(expectedRejects);
      expect(plain(one.keyed)).toEqual(plain(stepwise));
      expect(one.sealed.upserts.count).toBe(0);
      expect(readRecordTuples(one.sealed.inserts).map(comparable)).toEqual(readRecordTuples(sealedStepwise.inserts).map(comparable));
    }
  });

  it('redoes on this thread a one-step batch whose worker died before answering', async () => {
    const started: import('node:worker_threads').Worker[] = [];
    processor = createBatchProcessor(context(), { workers: 1, onWorkerStarted: (w) => started.push(w) });
    await processor.startWorkers();
    const answer = processor.keyAndSeal(1, raw, 2);
    await started[0]!.terminate();
    const { keyed, sealed } = await answer;
    expect(keyed.rejects).toEqual(expectedRejects);
    expect(sealed.inserts.count).toBe(3);
    expect(processor.sealed.inWorker + processor.sealed.inThread).toBe(3);
  });

  it('works on this thread when the hasher and sealer were not made by lib/crypto', async () => {
    const foreign = { ...keys.hasher };
    expect(keyMaterialOf(foreign, keys.sealer)).toBeUndefined();
    processor = createBatchProcessor({ ...context(), hasher: foreign }, { workers: 2 });
    expect(await processor.startWorkers()).toBe(false);
    expect((await processor.key(1, raw)).count).toBe(3);
    expect((await processor.seal(1, allInserts, 1)).inserts.count).toBe(3);
    expect(processor.sealed).toEqual({ inThread: 3, inWorker: 0 });
  });

  it('redoes on this thread the batches of a worker that died, keyed exactly as before', async () => {
    const started: import('node:worker_threads').Worker[] = [];
    processor = createBatchProcessor(context(), { workers: 1, onWorkerStarted: (w) => started.push(w) });
    await processor.startWorkers();
    const keyed = await processor.key(1, raw);
    // The worker holds batch 1's rows; it goes away before they are sealed.
    const exited = new Promise((resolve) => started[0]!.once('exit', resolve));
    await started[0]!.terminate();
    await exited;
    const sealed = await processor.seal(1, allInserts, 1);
    expect(readRecordTuples(sealed.inserts).map((t) => Buffer.from(t.tinHash).toString('hex'))).toEqual(
      [0, 1, 2].map((i) => Buffer.from(keyed.tinHashes.subarray(i * 32, i * 32 + 32)).toString('hex')),
    );
    expect(processor.sealed).toEqual({ inThread: 3, inWorker: 0 });
    // Later batches run here too.
    expect(plain(await processor.key(2, raw))).toEqual(plain(keyed));
  });

  it('never shows its key material when a hasher or sealer is serialized', () => {
    const material = keyMaterialOf(keys.hasher, keys.sealer)!;
    expect(material.pepper.equals(keys.pepper)).toBe(true);
    const text = JSON.stringify([keys.hasher, keys.sealer]);
    expect(text).not.toContain(keys.pepper.toString('hex'));
    expect(text).not.toContain(JSON.stringify(keys.pepper.toJSON().data));
  });
});

describe('record fingerprints', () => {
  it('are the same as before the entitlement columns existed for a row that does not give them', () => {
    const parsed = parseRecordRow(goodRow(), { today: '2026-12-01' });
    if (!parsed.ok) throw new Error(parsed.reason);
    const hasher = createHasher(Buffer.alloc(32, 7));
    // Computed with the code at 11d1c76 (before the columns), same row and pepper: records imported then are
    // not all rewritten by the next import of the same file.
    expect(keyRecordRow(hasher, parsed.row).fingerprint.toString('hex')).toBe(
      '368c735c6d9166ab6bb3cee75e7d45fd4f27038d5b55c296f3c70c76207750a2',
    );
    const withActs = parseRecordRow({ ...goodRow(), disclosure_acts: '2' } as never, { today: '2026-12-01' });
    if (!withActs.ok) throw new Error(withActs.reason);
    expect(keyRecordRow(hasher, withActs.row).fingerprint.toString('hex')).not.toBe(
      '368c735c6d9166ab6bb3cee75e7d45fd4f27038d5b55c296f3c70c76207750a2',
    );
  });
});
