// A person changes where their payment goes (issue 17, item 6), on the real PostgreSQL: before a decision
// (no hold), after an approval (held, so the ACH export skips it), refused once the payment is issued and while
// the claim is in a prepared export; the sealed answers re-sealed with the claim number, the signals made as
// filing makes them, one history entry and one audit entry with no digits, the notice queued once per change
// in the claim's language with no digit of the new details, and nothing typed readable in a database dump.
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLastPaymentChange } from '../../db/queries/claim-payment-change';
import { listClaimQueue } from '../../db/queries/claim-review';
import { listClaimEvents } from '../../db/queries/claims';
import { claimFigures } from '../../db/queries/dashboard';
import { loadSendGroup } from '../../db/queries/notices';
import { findRecordByTinHash } from '../../db/queries/records';
import { auditLog, claims, notices } from '../../db/schema';
import { syntheticAchSettings as settings } from '../../testing/ach';
import { approveForTest } from '../../testing/claims';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { findLeaks } from '../../testing/leak-scan';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { composeMessages } from '../notices/compose';
import { importRecordsCsv } from '../records/import';
import { parseClaimForm } from '../validation/claims';
import { fileClaim, openClaim } from './filing';
import { notifyPaymentChanged } from './notify';
import { changeClaimPayment, parsePaymentChange, paymentSignals, type PaymentChangeDeps } from './payment-change';
import { preparePaymentExport, releasePaymentExport } from './payments';
import { startReview } from './review';
import { buildClaimStatusView } from './status-view';

const exec = promisify(execFile);
const keys = testKeys();
let t: TestDb;
const enqueued: string[] = [];
const records: Record<string, number> = {};
const tins = ['900-72-0001', '900-72-0002', '900-72-0003', '900-72-0004', '900-72-0005', '900-72-0006'];

const newAccount = '5566778899123';
const toDeposit = {
  payment_method: 'direct_deposit',
  routing_number: '011000015',
  account_number: newAccount,
  account_number_again: newAccount,
  account_type: 'savings',
  account_holder: 'Tran Thi Quillwort',
  confirm: 'yes',
};
const toCheck = {
  payment_method: 'check',
  street: '4471 Marigoldhaven Synthetic Rd',
  city: 'Fresno',
  state: 'CA',
  zip: '93722-6161',
  confirm: 'yes',
};

const deps = (): PaymentChangeDeps => ({
  db: t.db,
  hasher: keys.hasher,
  sealer: keys.sealer,
  now: () => new Date(),
  enqueueGroups: async (groupKeys) => {
    enqueued.push(...groupKeys);
  },
  onProblem: (line) => {
    throw new Error(line);
  },
});
const review = () => ({ db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 10_000_000 });

async function file(tin: string, raw: Record<string, string>): Promise<number> {
  const parsed = parseClaimForm({ language: 'vi', signed_name: 'Synthetic Claimant', declaration: 'yes', ...raw });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return (await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, records[tin]!, parsed.value)).claimId;
}
const byCheck = { street: '1200 Synthetic Ave Apt 3', city: 'Los Angeles', state: 'CA', zip: '90011' };
const byDeposit = {
  payment_method: 'direct_deposit',
  routing_number: '021000021',
  account_number: '7766554433',
  account_number_again: '7766554433',
  account_type: 'checking',
  account_holder: 'Synthetic Claimant',
};
const claimRow = async (id: number) => (await t.db.select().from(claims).where(eq(claims.id, id)))[0]!;
const noticesOf = (claimId: number) =>
  t.db
    .select()
    .from(notices)
    .where(like(notices.dedupeKey, `claim:${claimId}:payment_changed:%`))
    .orderBy(asc(notices.id));

beforeAll(async () => {
  t = await createPostgresTestDb();
  await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    source: 'pc.csv',
    actor: 't',
    input: Readable.from([toCsv(tins.map((tin, i) => goodRow({ tin, email: `pc.person${i}@example.com` })))]),
  });
  for (const tin of tins) records[tin] = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!.id;
});
afterAll(async () => {
  await t?.dispose();
});

describe('reading the change form', () => {
  it('uses the claim form’s rules and asks the person to confirm who they are', () => {
    expect(parsePaymentChange({ ...toDeposit, account_number_again: '5566778899124', confirm: '' })).toEqual({
      ok: false,
      errors: { accountNumberAgain: 'account_mismatch', confirm: 'confirm_required' },
    });
    expect(parsePaymentChange({ ...toDeposit, routing_number: '011000016' })).toMatchObject({
      ok: false,
      errors: { routingNumber: 'routing_checksum' },
    });
    expect(parsePaymentChange({ ...toCheck, zip: '' })).toMatchObject({ ok: false, errors: { address: 'address_invalid_zip' } });
    expect(parsePaymentChange({ payment_method: 'prepaid_card', confirm: 'yes' })).toEqual({
      ok: false,
      errors: { paymentMethod: 'choice_unknown' },
    });
    expect(parsePaymentChange(toCheck)).toMatchObject({ ok: true, value: { method: 'check' } });
  });
});

describe('changing where the payment goes', () => {
  it('before a decision: re-sealed, new signals, a history entry, one audit entry, no hold, one notice per change', async () => {
    const claimId = await file(tins[0]!, byCheck);
    const before = await claimRow(claimId);
    const changed = await changeClaimPayment(deps(), claimId, toDeposit);
    expect(changed).toMatchObject({ ok: true, data: { held: false } });
    if (!changed.ok) return;
    const after = await claimRow(claimId);
    expect(after.holdReason).toBeNull();
    expect(after.status).toBe('submitted');
    expect(after.paymentMethod).toBe('direct_deposit');
    const opened = openClaim(keys.sealer, after);
    expect(opened.payment).toEqual({
      method: 'direct_deposit',
      routingNumber: '011000015',
      accountNumber: newAccount,
      accountType: 'savings',
      accountHolder: 'TRAN THI QUILLWORT',
    });
    // Everything else the person typed is kept as it was sealed at filing.
    expect(opened.signedName).toBe(openClaim(keys.sealer, before).signedName);
    expect(opened.email).toBe(openClaim(keys.sealer, before).email);
    expect(after.paymentSignal).toEqual(paymentSignals(keys.hasher, opened.payment).paymentSignal);
    expect(after.addressSignal).toBeNull();

    const events = await listClaimEvents(t.db, claimId);
    expect(events.at(-1)).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'submitted',
      actor: 'claimant',
      reasonCode: 'payment_changed',
    });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'claim.payment_changed'));
    const mine = audits.filter((a) => (a.detail as Record<string, unknown>).claim === claimId);
    expect(mine).toHaveLength(1);
    expect(JSON.stringify(mine[0]!.detail)).not.toMatch(/5566|011000015|Quillwort/i);

    // The person's own history says they changed it; the status stays as it was.
    const view = (await buildClaimStatusView(claimId, { ...deps(), claimsDeadline: '2027-12-31' }))!;
    expect(view.history.at(-1)).toMatchObject({ status: 'submitted', by: 'you', event: 'payment_changed' });
    expect(view.status).toBe('submitted');

    // The notice: letter and email, in the claim's language, keyed by the change; told twice, queued once.
    const rows = await noticesOf(claimId);
    expect(rows.map((n) => n.channel).sort()).toEqual(['email', 'letter']);
    expect(rows[0]!.dedupeKey).toBe(`claim:${claimId}:payment_changed:change-${changed.data.eventId}`);
    expect(rows[0]!.language).toBe('vi');
    expect(
      await notifyPaymentChanged({ db: t.db, auditKey: keys.hasher.auditKey, enqueueGroups: async () => {} }, changed.data.eventId),
    ).toMatchObject({
      ok: true,
      data: { status: 'already_queued' },
    });
    expect(await noticesOf(claimId)).toHaveLength(2);
    const email = rows.find((n) => n.channel === 'email')!;
    const composed = await composeMessages(await loadSendGroup(t.db, email.groupKey!), {
      sealer: keys.sealer,
      portalUrl: 'https://check.example.org',
      demo: true,
      db: t.db,
    });
    expect(composed.unusable).toEqual([]);
    const message = composed.messages[0]!;
    expect(message.text).toContain('Thông tin nhận tiền đã thay đổi');
    for (const part of [message.subject, message.text, message.html]) {
      expect(part).not.toContain(newAccount.slice(-4));
      expect(part).not.toContain('011000015');
      expect(part).not.toMatch(/quillwort/i);
    }
    expect(JSON.stringify(rows.map((n) => n.params))).not.toMatch(/5566|011000015|quillwort/i);

    // A second change is a second notice.
    const again = await changeClaimPayment(deps(), claimId, toCheck);
    expect(again.ok).toBe(true);
    expect(await noticesOf(claimId)).toHaveLength(4);
    expect((await claimRow(claimId)).paymentSignal).toBeNull();
    expect((await claimRow(claimId)).addressSignal).not.toBeNull();
  });

  it('after an approval: the claim is held for payment_changed and the ACH export leaves it out', async () => {
    const changedId = await file(tins[1]!, byDeposit);
    const untouchedId = await file(tins[2]!, byDeposit);
    for (const id of [changedId, untouchedId]) {
      await startReview(review(), 'reviewer-a', id);
      await approveForTest(review(), id, 100_000);
    }
    const changed = await changeClaimPayment(deps(), changedId, toDeposit);
    expect(changed).toMatchObject({ ok: true, data: { held: true } });
    const row = await claimRow(changedId);
    expect(row).toMatchObject({ status: 'approved', holdReason: 'payment_changed', heldBy: 'claimant' });
    expect(row.heldAt).not.toBeNull();
    expect(await findLastPaymentChange(t.db, changedId)).toMatchObject({ afterDecision: true });
    // The reviewers see it: the queue's "has a signal" filter and the dashboard's signal count.
    const queue = await listClaimQueue(t.db, { signals: true }, { afterId: null, limit: 100 });
    expect(queue.rows.filter((r) => r.paymentChanged).map((r) => r.id)).toEqual([changedId]);
    expect((await claimFigures(t.db)).signals.paymentChangedAfterDecision).toBe(1);
    const prepared = await preparePaymentExport({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, 'ach', 'payments-1', settings);
    expect(prepared).toMatchObject({ claimCount: 1 });
    const { claimPayments } = await import('../../db/schema');
    const paid = await t.db.select().from(claimPayments).where(eq(claimPayments.exportId, prepared!.exportId));
    expect(paid.map((p) => p.claimId)).toEqual([untouchedId]);

    // The untouched claim is now in a prepared export: its change is refused, and nothing changed.
    const before = await claimRow(untouchedId);
    expect(await changeClaimPayment(deps(), untouchedId, toCheck)).toEqual({ ok: false, error: { code: 'in_live_export' } });
    const after = await claimRow(untouchedId);
    expect(after.sealed).toEqual(before.sealed);
    expect(after.holdReason).toBeNull();
    expect(await noticesOf(untouchedId)).toHaveLength(0);

    // Released: the payment is issued, and the change is refused for good.
    await releasePaymentExport({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, prepared!.exportId, 'payments-2');
    expect((await claimRow(untouchedId)).status).toBe('payment_issued');
    expect(await changeClaimPayment(deps(), untouchedId, toCheck)).toEqual({ ok: false, error: { code: 'paid_out' } });
    const events = await listClaimEvents(t.db, untouchedId);
    expect(events.filter((e) => e.reasonCode === 'payment_changed')).toHaveLength(0);
  });

  it('a refused form writes nothing', async () => {
    const claimId = await file(tins[3]!, byCheck);
    const before = await claimRow(claimId);
    const result = await changeClaimPayment(deps(), claimId, { ...toDeposit, confirm: '' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', fields: { confirm: 'confirm_required' } } });
    expect((await claimRow(claimId)).sealed).toEqual(before.sealed);
    expect(await noticesOf(claimId)).toHaveLength(0);
  });

  it('keeps the new account and address out of a database dump', async () => {
    const claimId = await file(tins[4]!, byCheck);
    expect(
      (await changeClaimPayment(deps(), claimId, { ...toDeposit, account_number: '8123456789012', account_number_again: '8123456789012' }))
        .ok,
    ).toBe(true);
    const other = await file(tins[5]!, byDeposit);
    expect((await changeClaimPayment(deps(), other, toCheck)).ok).toBe(true);
    const dump = (await exec('pg_dump', ['--data-only', '--inserts', t.url!], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(dump).toMatch(/INSERT INTO public\.claim_events/);
    expect(
      findLeaks([{ where: 'database dump', text: dump }], {
        values: ['8123456789012', newAccount, 'Quillwort', 'QUILLWORT', 'Marigoldhaven', 'MARIGOLDHAVEN', '93722-6161'],
        numbers: ['011000015', '6161'],
      }),
    ).toEqual([]);
    const rows = await t.db
      .select()
      .from(notices)
      .where(and(like(notices.dedupeKey, `claim:${other}:%`)));
    expect(JSON.stringify(rows)).not.toMatch(/Marigoldhaven|93722/i);
  });
});
