// The import's write: new records by binary COPY, the rest (and any COPY a unique index refuses) by the upsert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type TestDb } from '../../testing/db';
import {
  countRecords,
  findRecordByTinHash,
  findRecordsToWrite,
  hasNoRecords,
  recordTuplesToBatch,
  toSealedRecordBatch,
  writeSealedRecords,
} from './records';
import { readRecordTuples, RecordTupleWriter, type RecordTuple, type RecordTuples } from './record-copy';

const bytes = (fill: number, n = 32) => Buffer.alloc(n, fill);
let codes = 0;
const nextCode = () => `TESTCODE${String(codes++).padStart(4, '0')}`;

function record(tin: number, over: Partial<RecordTuple> = {}): RecordTuple {
  return {
    noticeCode: nextCode(),
    tinHash: bytes(tin),
    tinKind: 'itin',
    identityHashes: [bytes(tin + 100), bytes(tin + 101)],
    emailHash: bytes(tin + 50),
    pii: Buffer.from(`sealed bytes of ${tin}`),
    keyVersion: 1,
    language: 'es',
    state: 'CA',
    category: 'address_verified',
    disclosedElements: ['name', 'tin', 'address'],
    disclosedOn: '2025-08-14',
    disclosureActs: null,
    ruledUnlawful: null,
    fingerprint: bytes(tin + 1),
    importId: 9,
    ...over,
  };
}

function tuples(...records: RecordTuple[]): RecordTuples {
  const w = new RecordTupleWriter(16);
  for (const r of records) w.add(r);
  return w.take();
}
const none = tuples();

describe('COPY tuples', () => {
  it('read back as written, and as the same text the upsert took before', () => {
    const a = record(1);
    const b = record(2, {
      emailHash: null,
      identityHashes: [bytes(9)],
      disclosedElements: ['name'],
      disclosedOn: '2000-01-01',
      keyVersion: 3,
      disclosureActs: 3,
      ruledUnlawful: true,
    });
    const c = record(3, { disclosedOn: '1999-12-31', tinKind: 'ssn', disclosureActs: 999, ruledUnlawful: false });
    const t = tuples(a, b, c);
    const read = readRecordTuples(t).map((r) => ({ ...r, tinHash: Buffer.from(r.tinHash), fingerprint: Buffer.from(r.fingerprint) }));
    expect(
      read.map((r) => [
        r.noticeCode,
        r.tinHash.toString('hex'),
        r.disclosedOn,
        r.keyVersion,
        r.emailHash === null,
        r.disclosedElements,
        r.disclosureActs,
        r.ruledUnlawful,
        r.importId,
      ]),
    ).toEqual([
      [a.noticeCode, Buffer.from(a.tinHash).toString('hex'), '2025-08-14', 1, false, ['name', 'tin', 'address'], null, null, 9],
      [b.noticeCode, Buffer.from(b.tinHash).toString('hex'), '2000-01-01', 3, true, ['name'], 3, true, 9],
      [c.noticeCode, Buffer.from(c.tinHash).toString('hex'), '1999-12-31', 1, false, ['name', 'tin', 'address'], 999, false, 9],
    ]);
    const hex = (v: Uint8Array) => Buffer.from(v).toString('hex');
    expect(recordTuplesToBatch(t)).toEqual(
      toSealedRecordBatch(
        [a, b, c].map((r) => ({
          notice_code: r.noticeCode,
          tin_hash: hex(r.tinHash),
          tin_kind: r.tinKind,
          identity_hashes: r.identityHashes.map(hex),
          email_hash: r.emailHash ? hex(r.emailHash) : null,
          pii: Buffer.from(r.pii).toString('base64'),
          key_version: r.keyVersion,
          language: r.language,
          state: r.state,
          category: r.category,
          disclosed_elements: [...r.disclosedElements],
          disclosed_on: r.disclosedOn,
          disclosure_acts: r.disclosureActs,
          ruled_unlawful: r.ruledUnlawful,
          fingerprint: hex(r.fingerprint),
        })),
      ),
    );
  });

  it('refuses a text column that is not ASCII rather than mis-encode it', () => {
    expect(() => tuples(record(1, { state: 'ÇA' }))).toThrow(/non-ASCII/);
  });
});

describe.each(drivers)('writing sealed records on %s', (_name, create) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('stores new records by COPY, every column as sent', async () => {
    expect(await hasNoRecords(t.db)).toBe(true);
    const a = record(10);
    const outcome = await writeSealedRecords(t.db, 9, { inserts: tuples(a, record(11, { emailHash: null })), upserts: none }, nextCode);
    expect(outcome).toEqual({ inserted: 2, updated: 0, copyRefused: false });
    const stored = await findRecordByTinHash(t.db, bytes(10));
    expect(stored).toMatchObject({
      noticeCode: a.noticeCode,
      tinKind: 'itin',
      keyVersion: 1,
      language: 'es',
      state: 'CA',
      category: 'address_verified',
      disclosedOn: '2025-08-14',
      lastImportId: 9,
    });
    expect(stored!.disclosedElements).toEqual(['name', 'tin', 'address']);
    expect(stored!.identityHashes.map((h) => Buffer.from(h).toString('hex'))).toEqual(
      [bytes(110), bytes(111)].map((h) => h.toString('hex')),
    );
    expect(Buffer.from(stored!.pii).toString()).toBe('sealed bytes of 10');
    expect(Buffer.from(stored!.fingerprint).equals(bytes(11))).toBe(true);
    expect(Buffer.from(stored!.emailHash!).equals(bytes(60))).toBe(true);
    expect((await findRecordByTinHash(t.db, bytes(11)))!.emailHash).toBeNull();
    expect(stored).toMatchObject({ disclosureActs: null, ruledUnlawful: null });
    expect(await hasNoRecords(t.db)).toBe(false);
  });

  it('finds, of a batch, the rows whose TIN has no record or a record with another fingerprint', async () => {
    const hex = (b: Buffer) => b.toString('hex');
    // 10 and 11 stored with fingerprints 11 and 12; 40 is absent.
    const found = await findRecordsToWrite(t.db, {
      tinHashes: [bytes(10), bytes(40), bytes(11)].map(hex),
      fingerprints: [bytes(11), bytes(41), bytes(99)].map(hex),
    });
    expect(found.sort((a, b) => a.index - b.index)).toEqual([
      { index: 1, stored: false },
      { index: 2, stored: true },
    ]);
    expect(await findRecordsToWrite(t.db, { tinHashes: [], fingerprints: [] })).toEqual([]);
  });

  it('takes the upsert when a record with one of the TINs was written since the lookup, and keeps its notice code', async () => {
    const before = await findRecordByTinHash(t.db, bytes(10));
    // 10 changed (new fingerprint), 12 new: the COPY is refused on 10 and nothing of it stays.
    const outcome = await writeSealedRecords(
      t.db,
      9,
      { inserts: tuples(record(10, { fingerprint: bytes(77), state: 'TX' }), record(12)), upserts: none },
      nextCode,
    );
    expect(outcome).toEqual({ inserted: 1, updated: 1, copyRefused: true });
    const after = await findRecordByTinHash(t.db, bytes(10));
    expect(after!.state).toBe('TX');
    expect(after!.noticeCode).toBe(before!.noticeCode);
    expect(await countRecords(t.db)).toBe(3);
    // Sent again unchanged: nothing changes.
    expect(
      await writeSealedRecords(t.db, 9, { inserts: tuples(record(10, { fingerprint: bytes(77), state: 'TX' })), upserts: none }, nextCode),
    ).toEqual({ inserted: 0, updated: 0, copyRefused: true });
  });

  it('updates changed records through the upsert', async () => {
    const outcome = await writeSealedRecords(
      t.db,
      10,
      { inserts: none, upserts: tuples(record(11, { fingerprint: bytes(88), language: 'vi' }), record(13)) },
      nextCode,
    );
    expect(outcome).toEqual({ inserted: 1, updated: 1, copyRefused: false });
    expect((await findRecordByTinHash(t.db, bytes(11)))!.language).toBe('vi');
  });

  it('draws a new notice code when a fresh one collides with a stored code', async () => {
    const taken = (await findRecordByTinHash(t.db, bytes(12)))!.noticeCode;
    const outcome = await writeSealedRecords(
      t.db,
      9,
      { inserts: tuples(record(14, { noticeCode: taken })), upserts: none },
      () => 'REDRAWN00001',
    );
    expect(outcome).toEqual({ inserted: 1, updated: 0, copyRefused: true });
    expect((await findRecordByTinHash(t.db, bytes(14)))!.noticeCode).toBe('REDRAWN00001');
  });

  it('inside a transaction, a refused COPY neither aborts the transaction nor leaves anything behind', async () => {
    const count = await countRecords(t.db);
    await t.db.transaction(async (tx) => {
      const outcome = await writeSealedRecords(
        tx,
        11,
        { inserts: tuples(record(10, { fingerprint: bytes(99) }), record(15)), upserts: none },
        nextCode,
      );
      expect(outcome).toEqual({ inserted: 1, updated: 1, copyRefused: true });
      expect(await writeSealedRecords(tx, 11, { inserts: tuples(record(16)), upserts: none }, nextCode)).toEqual({
        inserted: 1,
        updated: 0,
        copyRefused: false,
      });
      expect(await countRecords(tx)).toBe(count + 2);
    });
    expect(await countRecords(t.db)).toBe(count + 2);
    expect(Buffer.from((await findRecordByTinHash(t.db, bytes(10)))!.fingerprint).equals(bytes(99))).toBe(true);
  });

  it('inside a transaction that is then rolled back, leaves nothing', async () => {
    const count = await countRecords(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await writeSealedRecords(tx, 12, { inserts: tuples(record(10, { fingerprint: bytes(98) }), record(17)), upserts: none }, nextCode);
        throw new Error('the import failed later');
      }),
    ).rejects.toThrow('the import failed later');
    expect(await countRecords(t.db)).toBe(count);
    expect(await findRecordByTinHash(t.db, bytes(17))).toBeUndefined();
  });
  it('stores the entitlement fields by COPY and by the upsert, null where unknown', async () => {
    await writeSealedRecords(
      t.db,
      9,
      {
        inserts: tuples(record(50, { disclosureActs: 2, ruledUnlawful: true }), record(51, { ruledUnlawful: false })),
        upserts: tuples(record(52, { disclosureActs: 7 })),
      },
      nextCode,
    );
    expect(await findRecordByTinHash(t.db, bytes(50))).toMatchObject({ disclosureActs: 2, ruledUnlawful: true });
    expect(await findRecordByTinHash(t.db, bytes(51))).toMatchObject({ disclosureActs: null, ruledUnlawful: false });
    expect(await findRecordByTinHash(t.db, bytes(52))).toMatchObject({ disclosureActs: 7, ruledUnlawful: null });
    // A later file that no longer says: back to unknown, through the upsert.
    await writeSealedRecords(t.db, 10, { inserts: none, upserts: tuples(record(50, { fingerprint: bytes(200) })) }, nextCode);
    expect(await findRecordByTinHash(t.db, bytes(50))).toMatchObject({ disclosureActs: null, ruledUnlawful: null });
    await writeSealedRecords(
      t.db,
      10,
      { inserts: none, upserts: tuples(record(50, { fingerprint: bytes(201), disclosureActs: 4, ruledUnlawful: false })) },
      nextCode,
    );
    expect(await findRecordByTinHash(t.db, bytes(50))).toMatchObject({ disclosureActs: 4, ruledUnlawful: false });
  });
});
