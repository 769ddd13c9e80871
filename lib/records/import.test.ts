import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findImportRun } from '../../db/queries/imports';
import { countRecords, findRecordByTinHash } from '../../db/queries/records';
import { isValidNoticeCode } from '../identifiers/notice-code';
import { drivers, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { recordCsvColumns } from '../validation/record-row';
import { importRecordsCsv } from './import';
import { openRecordPii } from './seal';

describe.each(drivers)('CSV import on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const base = () => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, source: 'test.csv', actor: 'tester' });
  const run = (csv: string, batchSize = 2) => importRecordsCsv({ ...base(), input: Readable.from([csv]), batchSize });

  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });

  const people = [
    goodRow(),
    goodRow({
      tin: '123-45-6789',
      first_name: 'Minh',
      last_name: 'Nguyễn',
      language: 'vi',
      email: '',
      phone: '',
      zip: '77072',
      state: 'TX',
      city: 'Houston',
    }),
    goodRow({
      tin: '900701111',
      first_name: 'Jean',
      last_name: 'Pierre',
      language: 'ht',
      category: 'incomplete_address',
      disclosed_elements: 'name;tin',
    }),
  ];

  it('stores good rows with hashed identifiers and sealed personal data', async () => {
    const result = await run(toCsv(people));
    expect(result).toMatchObject({ status: 'completed', rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const record = await findRecordByTinHash(t.db, keys.hasher.tin('912701234'));
    expect(record).toBeDefined();
    expect(isValidNoticeCode(record!.noticeCode)).toBe(true);
    expect(record).toMatchObject({ language: 'es', state: 'CA', category: 'address_verified', tinKind: 'itin', disclosedOn: '2025-08-14' });
    expect(record!.disclosedElements).toEqual(['name', 'tin', 'address']);
    expect(record!.emailHash).not.toBeNull();
    expect(record!.identityHashes.length).toBeGreaterThanOrEqual(2); // full compound surname and first surname
    const pii = openRecordPii(keys.sealer, record!);
    expect(pii).toMatchObject({
      firstName: 'María José',
      lastName: 'García-López',
      dateOfBirth: '1984-03-09',
      zip: '90011',
      tinLast4: '1234',
    });
    expect(JSON.stringify(pii)).not.toContain('912701234');
    const run1 = await findImportRun(t.db, result.importId);
    expect(run1).toMatchObject({ status: 'completed', inserted: 3, rejected: 0 });
  });

  it('changes nothing when the same file is imported again, and keeps notice codes', async () => {
    const before = await findRecordByTinHash(t.db, keys.hasher.tin('123456789'));
    const result = await run(toCsv(people));
    expect(result).toMatchObject({ status: 'completed', inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    const after = await findRecordByTinHash(t.db, keys.hasher.tin('123456789'));
    expect(after!.noticeCode).toBe(before!.noticeCode);
    expect(after!.pii.equals(before!.pii)).toBe(true);
    expect(await countRecords(t.db)).toBe(3);
  });

  it('updates a changed row and only that row', async () => {
    const changed = [people[0]!, { ...people[1]!, street: '9 Other Synthetic St' }, people[2]!];
    const result = await run(toCsv(changed));
    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const record = await findRecordByTinHash(t.db, keys.hasher.tin('123456789'));
    expect(openRecordPii(keys.sealer, record!).street).toBe('9 Other Synthetic St');
  });

  it('rejects every kind of bad row by line number and reason, without echoing the value', async () => {
    const bad: [Partial<Row>, string, string][] = [
      [{ tin: '' }, 'missing_field', 'tin'],
      [{ tin: '12345678' }, 'tin_format', 'tin'],
      [{ tin: '000-12-3456' }, 'ssn_area', 'tin'],
      [{ tin: '666-12-3456' }, 'ssn_area', 'tin'],
      [{ tin: '123-00-4567' }, 'ssn_group', 'tin'],
      [{ tin: '123-45-0000' }, 'ssn_serial', 'tin'],
      [{ tin: '912-93-4567' }, 'itin_group', 'tin'],
      [{ date_of_birth: '03/09/1984' }, 'date_format', 'date_of_birth'],
      [{ date_of_birth: '1983-02-29' }, 'date_impossible', 'date_of_birth'],
      [{ date_of_birth: '2999-01-01' }, 'date_future', 'date_of_birth'],
      [{ date_of_birth: '1850-01-01' }, 'date_too_old', 'date_of_birth'],
      [{ state: 'XX' }, 'state_unknown', 'state'],
      [{ zip: '9001' }, 'zip_format', 'zip'],
      [{ email: 'not-an-email' }, 'email_format', 'email'],
      [{ phone: '12' }, 'phone_format', 'phone'],
      [{ language: 'xx' }, 'language_unknown', 'language'],
      [{ category: 'other' }, 'category_unknown', 'category'],
      [{ disclosed_elements: 'name;shoe_size' }, 'elements_unknown', 'disclosed_elements'],
      [{ disclosed_on: '2024-01-01' }, 'disclosed_on_range', 'disclosed_on'],
      [{ first_name: 'x'.repeat(500) }, 'too_long', 'first_name'],
    ];
    const rows = bad.map(([over], i) => goodRow({ ...over, tin: over.tin ?? `9127${String(10000 + i).slice(-5)}` }));
    const csv = toCsv([goodRow({ tin: '912-71-0001' }), ...rows]) + '"unterminated,quote\n';
    const rejects: { line: number; reason: string; field: string }[] = [];
    const result = await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      input: Readable.from([csv]),
      source: 'bad.csv',
      actor: 'tester',
      batchSize: 5,
      onReject: (r) => rejects.push(r),
    });
    expect(result.status).toBe('completed');
    expect(result.inserted).toBe(1);
    for (const [i, [, reason, field]] of bad.entries()) {
      // Line 1 is the header and line 2 the good row.
      expect(rejects).toContainEqual({ line: i + 3, reason, field });
    }
    expect(rejects.some((r) => r.reason === 'csv_malformed')).toBe(true);
    const stored = await findImportRun(t.db, result.importId);
    expect(stored!.rejected).toBe(bad.length + 1);
    const text = JSON.stringify(stored!.rejects);
    for (const [over] of bad) for (const v of Object.values(over)) if (v.length > 3) expect(text).not.toContain(v);
  });

  it('refuses a file whose header lacks columns, writing nothing', async () => {
    const before = await countRecords(t.db);
    const columns = recordCsvColumns.filter((c) => c !== 'zip');
    const result = await run(toCsv([goodRow({ tin: '912-72-0001' })], columns));
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/missing the column\(s\): zip/);
    expect(await countRecords(t.db)).toBe(before);
    expect((await findImportRun(t.db, result.importId))!.status).toBe('failed');
  });

  it('keeps the later line when one TIN appears twice', async () => {
    const result = await run(toCsv([goodRow({ tin: '912-73-0001', city: 'First' }), goodRow({ tin: '912-73-0001', city: 'Second' })]), 10);
    expect(result.inserted).toBe(1);
    expect(result.rejected).toBe(1);
    const record = await findRecordByTinHash(t.db, keys.hasher.tin('912730001'));
    expect(openRecordPii(keys.sealer, record!).city).toBe('Second');
  });

  it('lets the later line win across batches, even when the later batch is looked up before the earlier is written', async () => {
    const tin = '912-74-0001';
    await run(toCsv([goodRow({ tin, city: 'Stored' })]));
    // One line a batch: the second line's batch looks up the stored row while the first line's is still on its way.
    const result = await run(toCsv([goodRow({ tin, city: 'Changed' }), goodRow({ tin, city: 'Stored' })]), 1);
    expect(result).toMatchObject({ status: 'completed', rowsRead: 2, rejected: 0 });
    const record = await findRecordByTinHash(t.db, keys.hasher.tin('912740001'));
    expect(openRecordPii(keys.sealer, record!).city).toBe('Stored');
  });

  it('reports progress after each batch, and a re-import of unchanged rows sends none of them', async () => {
    const csv = toCsv([0, 1, 2, 3, 4].map((i) => goodRow({ tin: `912-75-000${i + 1}` })));
    const progress: number[] = [];
    const first = await importRecordsCsv({
      ...base(),
      input: Readable.from([csv]),
      batchSize: 2,
      onProgress: (p) => progress.push(p.inserted),
    });
    expect(first).toMatchObject({ inserted: 5, unchanged: 0 });
    expect(progress).toEqual([2, 4, 5]);
    let sealed = { inWorker: -1, inThread: -1 };
    const again = await importRecordsCsv({ ...base(), input: Readable.from([csv]), batchSize: 2, onSealed: (s) => (sealed = s) });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(sealed).toEqual({ inWorker: 0, inThread: 0 });
  });

  it('moves the work to worker threads part way through a file, with the same outcome as on this thread', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => goodRow({ tin: `912-77-${String(i).padStart(4, '0')}`, city: `City ${i}` }));
    rows[2500] = goodRow({ tin: '912-77-0010', city: 'Later' }); // row 10's TIN again, many batches on
    rows[2700] = { ...rows[2700]!, state: 'XX' };
    const lines = toCsv(rows).split(/(?<=\n)/);
    // The first 150 rows (three batches, all handed on at once) go through this thread; the rest wait for the workers.
    let ready!: (ok: boolean) => void;
    const workersReady = new Promise<boolean>((resolve) => (ready = resolve));
    async function* input() {
      yield lines.slice(0, 151).join('');
      expect(await workersReady).toBe(true);
      yield lines.slice(151).join('');
    }
    const rejects: { line: number; reason: string }[] = [];
    let sealed = { inWorker: 0, inThread: 0 };
    const first = await importRecordsCsv({
      ...base(),
      input: Readable.from(input()),
      batchSize: 50,
      sealWorkerAfterRows: 0,
      onWorkersStarted: ready,
      onReject: (r) => rejects.push(r),
      onSealed: (s) => (sealed = s),
    });
    // 2,998 distinct good TINs; row 10's is written again by the later line.
    expect(first).toMatchObject({ status: 'completed', rowsRead: 3000, inserted: 2998, updated: 1, unchanged: 0, rejected: 1 });
    expect(rejects).toEqual([{ line: 2702, reason: 'state_unknown', field: 'state' }]);
    expect(sealed).toEqual({ inThread: 150, inWorker: 2849 });
    expect(openRecordPii(keys.sealer, (await findRecordByTinHash(t.db, keys.hasher.tin('912770010')))!).city).toBe('Later');
    const last = await findRecordByTinHash(t.db, keys.hasher.tin('912772999'));
    expect(openRecordPii(keys.sealer, last!)).toMatchObject({ city: 'City 2999', tinLast4: '2999' });

    // Again: only row 10's two lines are written (each changes it back), as when everything ran on one thread.
    const again = await importRecordsCsv({
      ...base(),
      input: Readable.from([lines.join('')]),
      batchSize: 50,
      sealWorkerAfterRows: 0,
      onSealed: (s) => (sealed = s),
    });
    expect(again).toMatchObject({ status: 'completed', inserted: 0, updated: 2, unchanged: 2997, rejected: 1 });
    expect(sealed.inWorker + sealed.inThread).toBe(2);
    expect(openRecordPii(keys.sealer, (await findRecordByTinHash(t.db, keys.hasher.tin('912770010')))!).city).toBe('Later');
  }, 120_000);

  it('stores the optional entitlement columns, and a file without them leaves existing records unchanged', async () => {
    const columns = [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'];
    const entitled = (tin: string, acts: string, ruling: string) =>
      ({ ...goodRow({ tin, email: '' }), disclosure_acts: acts, ruled_unlawful: ruling }) as Row;
    const before = await countRecords(t.db);
    const csv = toCsv([entitled('900-70-5001', '3', 'yes'), entitled('900-70-5002', '', 'no'), entitled('900-70-5003', '1', '')], columns);
    expect(await run(csv)).toMatchObject({ status: 'completed', inserted: 3, rejected: 0 });
    const stored = async (tin: string) => findRecordByTinHash(t.db, keys.hasher.tin(tin));
    expect(await stored('900705001')).toMatchObject({ disclosureActs: 3, ruledUnlawful: true });
    expect(await stored('900705002')).toMatchObject({ disclosureActs: null, ruledUnlawful: false });
    expect(await stored('900705003')).toMatchObject({ disclosureActs: 1, ruledUnlawful: null });
    // The same file again writes nothing; a changed count is an update of that row only.
    expect(await run(csv)).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const changed = toCsv(
      [entitled('900-70-5001', '4', 'yes'), entitled('900-70-5002', '', 'no'), entitled('900-70-5003', '1', '')],
      columns,
    );
    expect(await run(changed)).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(await stored('900705001')).toMatchObject({ disclosureActs: 4 });
    // Blank columns and no columns are the same record: a file without them finds these rows unchanged.
    expect(await run(toCsv([entitled('900-70-5006', '', '')], columns))).toMatchObject({ inserted: 1 });
    expect(await run(toCsv([goodRow({ tin: '900-70-5006', email: '' })]))).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await countRecords(t.db)).toBe(before + 4);
    // Bad values are rejected by line and reason.
    const bad = await run(toCsv([entitled('900-70-5004', '0', ''), entitled('900-70-5005', '2', 'perhaps')], columns));
    expect(bad).toMatchObject({ inserted: 0, rejected: 2 });
  });
});

describe.each(drivers)('first import into an empty table on %s', (_name, create) => {
  const keys = testKeys();

  it('lets the last line win when a TIN comes back in later batches, though nothing was looked up', async () => {
    const t = await create();
    try {
      const a = '912-78-0001';
      const b = '912-78-0002';
      // One row a batch: B's second line is refused by the COPY, after which lines are looked up again,
      // while A's earlier lines may still be on their way.
      const rows = [
        goodRow({ tin: a, city: 'One' }),
        goodRow({ tin: b, city: 'One' }),
        goodRow({ tin: b, city: 'Two' }),
        goodRow({ tin: a, city: 'Two' }),
        goodRow({ tin: a, city: 'One' }),
      ];
      const result = await importRecordsCsv({
        db: t.db,
        hasher: keys.hasher,
        sealer: keys.sealer,
        input: Readable.from([toCsv(rows)]),
        source: 'f.csv',
        actor: 't',
        batchSize: 1,
      });
      expect(result).toMatchObject({ status: 'completed', rowsRead: 5, inserted: 2, updated: 3, unchanged: 0, rejected: 0 });
      const city = async (tin: string) =>
        openRecordPii(keys.sealer, (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!).city;
      expect(await city(a)).toBe('One');
      expect(await city(b)).toBe('Two');
      expect(await countRecords(t.db)).toBe(2);
    } finally {
      await t.dispose();
    }
  });
});
