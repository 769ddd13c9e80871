import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findClaimByNumber, listClaimEvents } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { isValidNoticeCode } from '../identifiers/notice-code';
import { importRecordsCsv } from '../records/import';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm, type ClaimForm } from '../validation/claims';
import { recordCsvColumns } from '../validation/record-row';
import { fileClaim, formatClaimNumber, generatePin, openClaim, pinMatches } from './filing';

const form = (raw: Record<string, string>): ClaimForm => {
  const parsed = parseClaimForm(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const byCheck = form({
  language: 'es',
  street: '1200 Synthetic Ave Apt 3',
  city: 'Los Angeles',
  state: 'CA',
  zip: '90011',
  signed_name: 'María José García',
  declaration: 'yes',
});
const byDeposit = form({
  language: 'vi',
  payment_method: 'direct_deposit',
  routing_number: '021000021',
  account_number: '7766554433',
  account_number_again: '7766554433',
  account_type: 'checking',
  account_holder: 'Nguyen Van An',
  signed_name: 'Nguyễn Văn An',
  declaration: 'yes',
  actual: 'yes',
  actual_amount: '4,200',
  actual_description: 'Synthetic: moved home after the disclosure.',
});

describe.each(drivers)('filing a claim on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const deps = () => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer });
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await create();
    const columns = [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'];
    const rows = [
      { ...goodRow({ tin: '900-70-6001' }), disclosure_acts: '3', ruled_unlawful: 'yes' },
      { ...goodRow({ tin: '900-70-6002' }), disclosure_acts: '', ruled_unlawful: '' },
      { ...goodRow({ tin: '900-70-6003' }), disclosure_acts: '1', ruled_unlawful: 'no' },
      { ...goodRow({ tin: '900-70-6004' }), disclosure_acts: '2', ruled_unlawful: '' },
    ] as unknown as Row[];
    await importRecordsCsv({ ...deps(), source: 'claims.csv', actor: 'tester', input: Readable.from([toCsv(rows, columns)]) });
    for (const tin of ['900706001', '900706002', '900706003', '900706004'])
      ids[tin] = (await findRecordByTinHash(t.db, keys.hasher.tin(tin)))!.id;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('files one claim with the statutory damages of the record, a claim number and a PIN, and its first history entry', async () => {
    const result = await fileClaim(deps(), ids['900706001']!, byCheck, { clientAddress: '203.0.113.7' });
    expect(result).toMatchObject({ outcome: 'filed', statutoryCents: 300_000 });
    if (result.outcome !== 'filed') throw new Error('not filed');
    expect(isValidNoticeCode(result.claimNumber)).toBe(true); // same check symbol scheme as notice codes
    expect(formatClaimNumber(result.claimNumber)).toMatch(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(result.pin).toMatch(/^[0-9]{8}$/);
    const stored = (await findClaimByNumber(t.db, result.claimNumber))!;
    expect(stored).toMatchObject({
      recordId: ids['900706001'],
      status: 'submitted',
      statutoryCents: 300_000,
      actualCents: null,
      paymentMethod: 'check',
      language: 'es',
      paymentSignal: null,
    });
    expect(stored.addressSignal).not.toBeNull();
    // The client address only as a keyed hash of its own kind (many claims from one connection is a signal).
    expect(stored.clientSignal).toEqual(keys.hasher.claimSignal('client', '203.0.113.7'));
    expect(pinMatches(keys.hasher, stored, result.pin)).toBe(true);
    expect(pinMatches(keys.hasher, stored, result.pin === '00000000' ? '00000001' : '00000000')).toBe(false);
    expect(openClaim(keys.sealer, stored)).toEqual({
      email: null,
      phone: null,
      payment: byCheck.payment,
      actualDescription: null,
      signedName: 'María José García',
    });
    expect((await listClaimEvents(t.db, stored.id)).map((e) => [e.fromStatus, e.toStatus, e.actor])).toEqual([
      [null, 'submitted', 'claimant'],
    ]);
    const audit = (await searchAuditLog(t.db, { action: 'claim.filed' }, { size: 50 })).rows;
    expect(audit.map((a) => [a.recordId, a.detail])).toContainEqual([
      ids['900706001'],
      { claim: stored.id, payment: 'check', actual: 'no' },
    ]);
  });

  it('gives a record without a count at least $1,000, and stores actual damages and direct deposit sealed', async () => {
    const result = await fileClaim(deps(), ids['900706002']!, byDeposit);
    expect(result).toMatchObject({ outcome: 'filed', statutoryCents: 100_000 });
    const stored = (await findClaimByNumber(t.db, (result as { claimNumber: string }).claimNumber))!;
    expect(stored).toMatchObject({ actualCents: 420_000, paymentMethod: 'direct_deposit', addressSignal: null, clientSignal: null });
    expect(openClaim(keys.sealer, stored).payment).toEqual({
      method: 'direct_deposit',
      routingNumber: '021000021',
      accountNumber: '7766554433',
      accountType: 'checking',
      accountHolder: 'NGUYEN VAN AN',
    });
    // Nothing typed is readable in the row: not the account, the holder, the description or the signed name.
    const [row] = await rowsOf<{ j: string }>(t.db, sql`select row_to_json(c)::text as j from claims c where id = ${stored.id}`);
    const json = row!.j;
    for (const secret of ['7766554433', 'NGUYEN', 'Nguyễn', 'moved home', '\\x37373636']) expect(json).not.toContain(secret);
    expect(Buffer.from(stored.sealed).toString('latin1')).not.toContain('7766554433');
  });

  it('shows the existing claim, never a second one, on a second attempt', async () => {
    const first = await findClaimByNumber(
      t.db,
      ((await fileClaim(deps(), ids['900706003']!, byCheck)) as { claimNumber: string }).claimNumber,
    );
    const again = await fileClaim(deps(), ids['900706003']!, byDeposit);
    expect(again).toEqual({ outcome: 'exists', claimId: first!.id, claimNumber: first!.claimNumber });
    expect(await findClaimByNumber(t.db, first!.claimNumber)).toMatchObject({ paymentMethod: 'check' });
  });

  it('ends with one claim when many submits race (two tabs, a double click, two processes)', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => fileClaim(deps(), ids['900706004']!, byCheck)));
    const filed = results.filter((r) => r.outcome === 'filed');
    expect(filed).toHaveLength(1);
    expect(new Set(results.map((r) => r.claimNumber))).toEqual(new Set([filed[0]!.claimNumber]));
    const [count] = await rowsOf<{ n: number }>(t.db, sql`select count(*)::int as n from claims where record_id = ${ids['900706004']}`);
    expect(count!.n).toBe(1);
    const [events] = await rowsOf<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from claim_events e join claims c on c.id = e.claim_id where c.record_id = ${ids['900706004']}`,
    );
    expect(events!.n).toBe(1);
  });

  it('refuses a record that does not exist (a claim is filed only from a verified session)', async () => {
    await expect(fileClaim(deps(), 987_654_321, byCheck)).rejects.toThrow(/No record/);
  });
});

describe('generatePin', () => {
  it('draws eight digits, each digit about equally often', () => {
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 5_000; i++) for (const d of generatePin()) counts[Number(d)]!++;
    // 40,000 digits: 4,000 expected each; six standard deviations (~±360) is far outside chance.
    for (const c of counts) expect(Math.abs(c - 4_000)).toBeLessThan(360);
  });
});
