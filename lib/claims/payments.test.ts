import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { findClaimById, listClaimEvents } from '../../db/queries/claims';
import { listExportPayments } from '../../db/queries/payments';
import { findRecordByTinHash } from '../../db/queries/records';
import { parseAchFile } from '../payments/nacha-read';
import { importRecordsCsv } from '../records/import';
import { syntheticAchSettings as settings } from '../../testing/ach';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm, type ClaimForm } from '../validation/claims';
import { recordCsvColumns } from '../validation/record-row';
import { fileClaim } from './filing';
import { cancelPaymentExport, nextBankingDay, openReleasedExport, preparePaymentExport, releasePaymentExport } from './payments';
import { startReview } from './review';
import { approveForTest } from '../../testing/claims';

const formOf = (raw: Record<string, string>): ClaimForm => {
  const parsed = parseClaimForm({ language: 'es', signed_name: 'José Núñez', declaration: 'yes', ...raw });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const deposit = (account: string, type: 'checking' | 'savings') =>
  formOf({
    payment_method: 'direct_deposit',
    routing_number: '122105155',
    account_number: account,
    account_number_again: account,
    account_type: type,
    account_holder: 'José Núñez',
  });
const byCheck = formOf({ street: '500 Synthetic Blvd', city: 'Miami', state: 'FL', zip: '33101' });

describe('nextBankingDay', () => {
  it.each([
    ['2026-12-04T19:00:00Z', '261207'], // Friday -> Monday
    ['2026-12-05T10:00:00Z', '261207'], // Saturday -> Monday
    ['2026-12-07T10:00:00Z', '261208'], // Monday -> Tuesday
    ['2026-12-31T23:00:00Z', '270101'], // year end (a holiday calendar is the bank's; weekends only here)
  ])('after %s is %s', (now, day) => {
    expect(nextBankingDay(new Date(now))).toBe(day);
  });
});

describe.each(drivers)('payment exports on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const deps = () => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => new Date('2026-12-04T19:00:00Z') });
  const review = () => ({ db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 10_000_000 });
  const deposits: number[] = [];
  const checks: number[] = [];

  beforeAll(async () => {
    t = await create();
    const tins = Array.from({ length: 14 }, (_, i) => `900-70-8${String(i).padStart(3, '0')}`);
    const rows = tins.map((tin, i) => ({
      ...goodRow({ tin }),
      disclosure_acts: String(1 + (i % 3)),
      ruled_unlawful: 'yes',
    })) as unknown as Row[];
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'p.csv',
      actor: 't',
      input: Readable.from([toCsv(rows, [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'])]),
    });
    for (const [i, tin] of tins.entries()) {
      const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
      const form = i < 10 ? deposit(`55500${i}`, i % 2 ? 'savings' : 'checking') : byCheck;
      const { claimId } = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, form);
      await startReview(review(), 'reviewer-a', claimId);
      // 1, 2 or 3 acts: $1,000, $2,000 or $3,000 approved in full
      await approveForTest(review(), claimId, 100_000 * (1 + (i % 3)));
      (i < 10 ? deposits : checks).push(claimId);
    }
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('never puts a claim in two exports when two are prepared at the same moment', async () => {
    // Each export pauses 200 ms after it has chosen its claims, so the other's choice falls inside that
    // time on the pool's other connection (PGlite has one connection: there the two run one after the other).
    await t.db.execute(sql`create function export_race_pause() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.2); return new; end $$`);
    await t.db.execute(
      sql`create trigger export_race_pause before insert on payment_exports for each row execute function export_race_pause()`,
    );
    let a, b;
    try {
      [a, b] = await Promise.all([
        preparePaymentExport(deps(), 'ach', 'payments-1', settings),
        preparePaymentExport(deps(), 'ach', 'payments-2', settings),
      ]);
    } finally {
      await t.db.execute(sql`drop trigger export_race_pause on payment_exports`);
      await t.db.execute(sql`drop function export_race_pause()`);
    }
    const exports = [a, b].filter((e) => e !== null);
    const paid = (await Promise.all(exports.map((e) => listExportPayments(t.db, e!.exportId)))).flat().map((p) => p.claimId);
    expect(paid.sort((x, y) => x - y)).toEqual([...deposits].sort((x, y) => x - y));
    expect(await preparePaymentExport(deps(), 'ach', 'payments-1', settings)).toBeNull();
    // Whatever happened above, only one cancel-free state: cancel all but the first for the next tests.
    for (const e of exports.slice(1)) expect(await cancelPaymentExport(deps(), e!.exportId, 'payments-2')).toBe(true);
  });

  it('writes a NACHA file of exactly the approved amounts, released only by a second person and only then downloadable', async () => {
    // After the cancel above, its claims are free again: one export takes them.
    const again = await preparePaymentExport(deps(), 'ach', 'payments-1', settings);
    const [{ id: firstId }] = (await rowsOf<{ id: number }>(
      t.db,
      sql`select min(id)::int as id from payment_exports where state = 'prepared'`,
    )) as [{ id: number }];
    const exportIds = [firstId, again?.exportId].filter((x): x is number => typeof x === 'number');
    expect(await openReleasedExport(deps(), firstId, 'payments-2')).toBeNull();
    for (const id of exportIds) {
      const preparer = (await rowsOf<{ p: string }>(t.db, sql`select prepared_by as p from payment_exports where id = ${id}`))[0]!.p;
      expect(await releasePaymentExport(deps(), id, preparer)).toEqual({ state: 'refused', problem: 'same_person' });
      await expect(t.db.execute(sql`update payment_exports set released_by = prepared_by where id = ${id}`)).rejects.toThrow();
      expect(await releasePaymentExport(deps(), id, 'payments-3')).toMatchObject({ state: 'released' });
      expect(await releasePaymentExport(deps(), id, 'payments-4')).toEqual({ state: 'refused', problem: 'not_prepared' });
    }
    const files = await Promise.all(exportIds.map((id) => openReleasedExport(deps(), id, 'payments-3')));
    const entries = files.flatMap((f) => parseAchFile(f!.text).batches.flatMap((b) => b.entries));
    expect(entries).toHaveLength(10);
    // Amounts as approved: claim i got $1,000 x (1 + i % 3); ten claims: 4 x 1 + 3 x 2 + 3 x 3 = 19 thousand
    expect(entries.reduce((s, e) => s + e.amountCents, 0)).toBe(1_900_000);
    expect(entries.every((e) => e.routingNumber === '122105155' && e.individualName === 'JOSE NUNEZ')).toBe(true);
    expect(entries.filter((e) => e.transactionCode === 32)).toHaveLength(5);
    const file = parseAchFile(files[0]!.text);
    expect(file.batches[0]!.effectiveEntryDate).toBe('261207');
    const stored = (
      await rowsOf<{ sha: Buffer | Uint8Array }>(t.db, sql`select file_sha256 as sha from payment_exports where id = ${firstId}`)
    )[0]!;
    expect(Buffer.from(stored.sha).equals(createHash('sha256').update(files[0]!.text, 'ascii').digest())).toBe(true);
    for (const id of deposits) {
      expect((await findClaimById(t.db, id))!.status).toBe('payment_issued');
      expect((await listClaimEvents(t.db, id)).at(-1)).toMatchObject({
        fromStatus: 'approved',
        toStatus: 'payment_issued',
        actor: 'payments-3',
      });
    }
  });

  it('writes the check printer a CSV of payee, address lines and amount, and nothing else', async () => {
    const prepared = await preparePaymentExport(deps(), 'check', 'payments-1', settings);
    expect(prepared).toMatchObject({ claimCount: 4 });
    await releasePaymentExport(deps(), prepared!.exportId, 'payments-2');
    const csv = (await openReleasedExport(deps(), prepared!.exportId, 'payments-2'))!.text.trim().split('\n');
    expect(csv[0]).toBe('claim_number,payee,address_line_1,address_line_2,amount');
    expect(csv.slice(1).map((l) => l.split(',').slice(1))).toEqual(
      checks.map((_, j) => ['José Núñez', '500 SYNTHETIC BLVD', 'MIAMI FL 33101', ((100_000 * (1 + ((10 + j) % 3))) / 100).toFixed(2)]),
    );
  });

  it('stores the files sealed: no account number or name is readable in the table', async () => {
    const [row] = await rowsOf<{ j: string }>(t.db, sql`select string_agg(encode(file, 'escape'), '') as j from payment_exports`);
    for (const secret of ['555001', 'JOSE NUNEZ', 'José', 'MIAMI']) expect(row!.j).not.toContain(secret);
  });
});
