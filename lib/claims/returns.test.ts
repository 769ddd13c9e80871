// Holds, the bank's returns and the check reissue, on the real databases: a held claim is never exported, a
// returns file applied twice changes nothing, and a returned payment is paid again exactly once, by check.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { findClaimById, listClaimEvents } from '../../db/queries/claims';
import { claimFigures, remediationOverview } from '../../db/queries/dashboard';
import { countAwaitingPayment, listExportPayments, listPaymentExports } from '../../db/queries/payments';
import { findRecordByTinHash } from '../../db/queries/records';
import { parseAchFile } from '../payments/nacha-read';
import { importRecordsCsv } from '../records/import';
import { syntheticAchSettings as settings, writeReturnsFile } from '../../testing/ach';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm, type ClaimForm } from '../validation/claims';
import { recordCsvColumns } from '../validation/record-row';
import { fileClaim } from './filing';
import { openReleasedExport, preparePaymentExport, releasePaymentExport } from './payments';
import { importPaymentReturns } from './returns';
import { startReview } from './review';
import { approveForTest } from '../../testing/claims';

const formOf = (raw: Record<string, string>): ClaimForm => {
  const parsed = parseClaimForm({ language: 'vi', signed_name: 'Trần Thị Bích', declaration: 'yes', ...raw });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const deposit = (account: string) =>
  formOf({
    payment_method: 'direct_deposit',
    routing_number: '122105155',
    account_number: account,
    account_number_again: account,
    account_type: 'checking',
    account_holder: 'Tran Thi Bich',
  });
const byCheck = formOf({ street: '77 Synthetic Way', city: 'Houston', state: 'TX', zip: '77002' });

describe.each(drivers)('holds, returns and reissues on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const deps = () => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => new Date('2026-12-07T15:00:00Z') });
  const returnsDeps = () => ({ db: t.db, auditKey: keys.hasher.auditKey });
  const review = () => ({ db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 10_000_000 });
  // a, b, c by direct deposit; d by check; e by direct deposit, held by a reviewer
  const ids: Record<'a' | 'b' | 'c' | 'd' | 'e', number> = { a: 0, b: 0, c: 0, d: 0, e: 0 };
  let achText = '';
  let returnsText = '';
  const status = async (id: number) => (await findClaimById(t.db, id))!.status;
  const livePayments = async (id: number) =>
    (
      await rowsOf<{ n: number | string; cents: number | string | null }>(
        t.db,
        sql`select count(*) as n, sum(amount_cents) as cents from claim_payments where claim_id = ${id} and returned_at is null`,
      )
    )[0]!;

  beforeAll(async () => {
    t = await create();
    const names = Object.keys(ids) as (keyof typeof ids)[];
    const tins = names.map((_, i) => `900-71-7${String(i).padStart(3, '0')}`);
    const rows = tins.map((tin, i) => ({
      ...goodRow({ tin, street: `${40 + i} Record Street`, city: 'Fresno', state: 'CA', zip: '93721' }),
      disclosure_acts: '1',
      ruled_unlawful: 'yes',
    })) as unknown as Row[];
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'r.csv',
      actor: 't',
      input: Readable.from([toCsv(rows, [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'])]),
    });
    for (const [i, name] of names.entries()) {
      const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tins[i]!.replace(/-/g, ''))))!;
      const form = name === 'd' ? byCheck : deposit(`7700${i}`);
      const { claimId } = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, form);
      await startReview(review(), 'reviewer-a', claimId);
      await approveForTest(review(), claimId, 100_000);
      ids[name] = claimId;
    }
    await t.db.execute(
      sql`update claims set hold_reason = 'same account as another claim', held_by = 'reviewer-a', held_at = now() where id = ${ids.e}`,
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('never exports a held claim, and counts it apart', async () => {
    expect(await countAwaitingPayment(t.db)).toEqual({
      ach: { claims: 3, cents: 300_000 },
      check: { claims: 1, cents: 100_000, reissues: 0 },
      held: 1,
    });
    const prepared = await preparePaymentExport(deps(), 'ach', 'payments-1', settings);
    expect(prepared).toMatchObject({ claimCount: 3, totalCents: 300_000 });
    const paid = (await listExportPayments(t.db, prepared!.exportId)).map((p) => p.claimId);
    expect(paid).toEqual([ids.a, ids.b, ids.c]);
    expect(paid).not.toContain(ids.e);
    // Each trace number names its claim, so no two files ever share one.
    expect((await listExportPayments(t.db, prepared!.exportId)).map((p) => p.traceNumber)).toEqual(
      [ids.a, ids.b, ids.c].map((id) => `02100002${String(id).padStart(7, '0')}`),
    );
    expect(await releasePaymentExport(deps(), prepared!.exportId, 'payments-2')).toEqual({ state: 'released', claims: 3 });
    achText = (await openReleasedExport(deps(), prepared!.exportId, 'payments-2'))!.text;
    expect(parseAchFile(achText).batches[0]!.entries.map((e) => e.traceNumber)).toEqual(
      [ids.a, ids.b, ids.c].map((id) => `02100002${String(id).padStart(7, '0')}`),
    );
    expect(await status(ids.a)).toBe('payment_issued');
    expect(await status(ids.e)).toBe('approved');
  });

  it('marks the returned payment and moves its claim to payment_returned; unknown trace numbers are listed', async () => {
    const traceA = `02100002${String(ids.a).padStart(7, '0')}`;
    returnsText = writeReturnsFile(achText, [{ traceNumber: traceA, reasonCode: 'R03', information: 'NO ACCOUNT' }]);
    // A second returned entry naming a trace number no file of ours has.
    const foreign = writeReturnsFile(achText, [{ traceNumber: traceA, reasonCode: 'R03' }])
      .split('\r\n')
      .map((l) => (l.startsWith('799') ? l.slice(0, 6) + '021000029999999' + l.slice(21) : l))
      .join('\r\n');
    expect(parseAchFile(returnsText).batches[0]!.entries[0]!.return?.reasonCode).toBe('R03');
    const result = await importPaymentReturns(returnsDeps(), returnsText, 'payments-1');
    expect(result).toEqual({
      ok: true,
      summary: { returns: 1, returned: 1, alreadyReturned: 0, unknown: [], conflicts: 0, codes: { R03: 1 } },
    });
    expect(await status(ids.a)).toBe('payment_returned');
    expect((await listClaimEvents(t.db, ids.a)).at(-1)).toMatchObject({
      fromStatus: 'payment_issued',
      toStatus: 'payment_returned',
      actor: 'payments-1',
      reasonCode: 'R03',
    });
    expect(await status(ids.b)).toBe('payment_issued');
    const unknown = await importPaymentReturns(returnsDeps(), foreign, 'payments-1');
    expect(unknown).toMatchObject({ ok: true, summary: { returned: 0, unknown: ['021000029999999'] } });
    expect((await listPaymentExports(t.db))[0]).toMatchObject({ returned: 1 });
  });

  it('changes nothing when the same returns file comes again', async () => {
    const events = (await listClaimEvents(t.db, ids.a)).length;
    const again = await importPaymentReturns(returnsDeps(), returnsText, 'payments-2');
    expect(again).toMatchObject({ ok: true, summary: { returned: 0, alreadyReturned: 1, unknown: [] } });
    expect((await listClaimEvents(t.db, ids.a)).length).toBe(events);
    expect(await status(ids.a)).toBe('payment_returned');
    const [row] = await rowsOf<{ code: string }>(t.db, sql`select return_code as code from claim_payments where claim_id = ${ids.a}`);
    expect(row!.code).toBe('R03');
  });

  it('reissues a returned payment by check to the record’s address, once, and the claim becomes reissued', async () => {
    expect(await countAwaitingPayment(t.db)).toMatchObject({ check: { claims: 2, reissues: 1 }, ach: { claims: 0 } });
    // The returned account is never tried again by ACH.
    expect(await preparePaymentExport(deps(), 'ach', 'payments-1', settings)).toBeNull();
    const checks = await preparePaymentExport(deps(), 'check', 'payments-1', settings);
    expect(checks).toMatchObject({ claimCount: 2, totalCents: 200_000, excluded: 0 });
    expect(await preparePaymentExport(deps(), 'check', 'payments-2', settings)).toBeNull();
    expect(await releasePaymentExport(deps(), checks!.exportId, 'payments-2')).toEqual({ state: 'released', claims: 2 });
    const csv = (await openReleasedExport(deps(), checks!.exportId, 'payments-2'))!.text.trim().split('\n');
    const claimA = (await findClaimById(t.db, ids.a))!;
    const claimD = (await findClaimById(t.db, ids.d))!;
    expect(csv.slice(1).sort()).toEqual(
      [
        `${claimA.claimNumber},Trần Thị Bích,40 RECORD STREET,FRESNO CA 93721,1000.00`,
        `${claimD.claimNumber},Trần Thị Bích,77 SYNTHETIC WAY,HOUSTON TX 77002,1000.00`,
      ].sort(),
    );
    expect(await status(ids.a)).toBe('reissued');
    expect((await listClaimEvents(t.db, ids.a)).at(-1)).toMatchObject({ fromStatus: 'payment_returned', toStatus: 'reissued' });
    expect(await status(ids.d)).toBe('payment_issued');
    // Never double-paid: one live payment of the approved amount; the returns file again touches nothing.
    expect(await livePayments(ids.a)).toMatchObject({ n: expect.anything() });
    expect(Number((await livePayments(ids.a)).n)).toBe(1);
    expect(Number((await livePayments(ids.a)).cents)).toBe(100_000);
    expect(await importPaymentReturns(returnsDeps(), returnsText, 'payments-1')).toMatchObject({
      ok: true,
      summary: { alreadyReturned: 1 },
    });
    expect(await status(ids.a)).toBe('reissued');
    expect(await preparePaymentExport(deps(), 'check', 'payments-1', settings)).toBeNull();
  });

  it('exports a claim once its hold is lifted, and releases no file with a claim held since', async () => {
    await t.db.execute(sql`update claims set hold_reason = null, held_by = null, held_at = null where id = ${ids.e}`);
    const prepared = await preparePaymentExport(deps(), 'ach', 'payments-1', settings);
    expect((await listExportPayments(t.db, prepared!.exportId)).map((p) => p.claimId)).toEqual([ids.e]);
    await t.db.execute(sql`update claims set hold_reason = 'changed account', held_by = 'reviewer-a', held_at = now() where id = ${ids.e}`);
    expect(await releasePaymentExport(deps(), prepared!.exportId, 'payments-2')).toEqual({
      state: 'refused',
      problem: 'held_claims',
      held: 1,
    });
    expect(await status(ids.e)).toBe('approved');
    // The preparer is still refused as the preparer.
    expect(await releasePaymentExport(deps(), prepared!.exportId, 'payments-1')).toEqual({ state: 'refused', problem: 'same_person' });
    await t.db.execute(sql`update claims set hold_reason = null, held_by = null, held_at = null where id = ${ids.e}`);
    expect(await releasePaymentExport(deps(), prepared!.exportId, 'payments-2')).toEqual({ state: 'released', claims: 1 });
    expect(await status(ids.e)).toBe('payment_issued');
  });

  it('counts the claims and the remediation funnel for the dashboard', async () => {
    const overview = await remediationOverview(t.db);
    expect(overview).toMatchObject({ records: 5, filedClaim: 5, paid: 5, notified: 0, checked: 0 });
    expect(await remediationOverview(t.db, { language: 'es', state: 'CA' })).toMatchObject({ records: 5, paid: 5 });
    expect(await remediationOverview(t.db, { language: 'ko' })).toMatchObject({ records: 0, paid: 0 });
    const figures = await claimFigures(t.db);
    expect(Object.fromEntries(figures.byStatus.map((x) => [x.key, x.count]))).toEqual({ payment_issued: 4, reissued: 1 });
    // Requested and approved: five claims of $1,000; paid: b, c and e by ACH, a and d by check (a's ACH payment came back).
    expect(figures).toMatchObject({ requestedCents: 500_000, approvedCents: 500_000, paidCents: 500_000, decided: 5, appeals: 0 });
    expect(figures.signals).toMatchObject({ held: 0, sharedPayment: 0 });
    expect(figures.medianDaysToDecision).not.toBeNull();
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not NACHA', 'claim_number,amount\nX,1\n', 'not_nacha'],
  ])('refuses %s with a sentence for the field', async (_what, content, code) => {
    const result = await importPaymentReturns(returnsDeps(), content, 'payments-1');
    expect(result).toMatchObject({ ok: false, problem: { code } });
  });

  it('refuses a payment file sent back as if it were returns', async () => {
    expect(await importPaymentReturns(returnsDeps(), achText, 'payments-1')).toMatchObject({ ok: false, problem: { code: 'no_returns' } });
  });
});
