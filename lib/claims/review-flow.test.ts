// The reviewers' steps against the real PostgreSQL: assignment, hold (which blocks every decision, also a
// second reviewer's confirmation), one request for information per claim unless an override, the lapse of
// an unanswered request (idempotent, and once under two racing runs), and the appeal window.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/index';
import { assignClaim, findPendingDecision, listClaimQueue, listInformationRequests } from '../../db/queries/claim-review';
import { findClaimById, listClaimDecisions, listClaimEvents } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { importRecordsCsv } from '../records/import';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm } from '../validation/claims';
import { recordCsvColumns } from '../validation/record-row';
import { answerInformationRequest } from './answer';
import { fileClaim } from './filing';
import { lapseUnansweredRequests } from './lapse';
import {
  assignToMe,
  confirmDecision,
  decideClaim,
  holdForReview,
  rejectDecision,
  releaseHold,
  reopenOnAppeal,
  requestInformation,
  startReview,
  unassign,
  type ClaimNoticeEvent,
  type ReviewDeps,
} from './review';

const form = (() => {
  const parsed = parseClaimForm({
    language: 'es',
    street: '9 Synthetic Ave',
    city: 'Elizabeth',
    state: 'NJ',
    zip: '07201',
    signed_name: 'Synthetic Person',
    declaration: 'yes',
    actual: 'yes',
    actual_amount: '12,000',
    actual_description: 'Synthetic: moving costs.',
  });
  if (!parsed.ok) throw new Error('form');
  return parsed.value;
})();

let t: TestDb;
const keys = testKeys();
const ids: number[] = [];
const sent: ClaimNoticeEvent[] = [];
// December 7, 2026, 15:00 in New York.
let clock = new Date('2026-12-07T20:00:00Z');
const deps = (): ReviewDeps => ({
  db: t.db,
  auditKey: keys.hasher.auditKey,
  secondReviewAboveCents: 500_000,
  claimsDeadline: '2026-12-20',
  now: () => clock,
  notify: async (e) => void sent.push(e),
});

beforeAll(async () => {
  t = await createPostgresTestDb();
  const tins = Array.from({ length: 12 }, (_, i) => `900-71-7${String(i).padStart(3, '0')}`);
  const rows = tins.map((tin) => goodRow({ tin })) as unknown as Row[];
  await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    source: 'r.csv',
    actor: 't',
    input: Readable.from([toCsv(rows, recordCsvColumns)]),
  });
  for (const tin of tins) {
    const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
    ids.push((await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, form)).claimId);
  }
});
afterAll(async () => {
  await t.dispose();
});

/** The person's answer, through the status page's own function, at the test's clock. */
const answer = async (id: number) =>
  (await answerInformationRequest({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => clock }, id, 'Synthetic answer')).ok;

describe('reviewing claims', () => {
  it('assigns a claim to one reviewer at a time', async () => {
    const id = ids[0]!;
    expect(await assignToMe(deps(), 'rev-a', id)).toEqual({ ok: true });
    expect(await assignToMe(deps(), 'rev-a', id)).toEqual({ ok: true });
    expect(await assignToMe(deps(), 'rev-b', id)).toEqual({ ok: false, problem: 'assigned_to_other' });
    expect(await unassign(deps(), 'rev-b', id)).toEqual({ ok: false, problem: 'not_assigned_to_you' });
    expect((await findClaimById(t.db, id))!.assignedTo).toBe('rev-a');
    expect(await unassign(deps(), 'rev-a', id)).toEqual({ ok: true });
    expect(await assignToMe(deps(), 'rev-b', id)).toEqual({ ok: true });
    expect(await assignToMe(deps(), 'rev-b', 987_654)).toEqual({ ok: false, problem: 'no_such_claim' });
  });

  it('decides nothing while a claim is held, not even a second reviewer’s confirmation', async () => {
    const id = ids[1]!;
    await startReview(deps(), 'rev-a', id);
    expect(await holdForReview(deps(), 'rev-a', id, 'not_a_code')).toEqual({ ok: false, problem: 'unknown_reason' });
    expect(await holdForReview(deps(), 'rev-a', id, 'shared_payment')).toEqual({ ok: true });
    expect(await holdForReview(deps(), 'rev-b', id, 'shared_address')).toEqual({ ok: false, problem: 'already_held' });
    expect(await decideClaim(deps(), 'rev-a', id, { outcome: 'approved', amountCents: 100_000, reasonCode: null })).toEqual({
      ok: false,
      problem: 'on_hold',
    });
    expect(await releaseHold(deps(), 'rev-a', id)).toEqual({ ok: true });
    expect(await releaseHold(deps(), 'rev-a', id)).toEqual({ ok: false, problem: 'not_held' });
    // Every decision waits for a second person; $12,000 is above the $5,000 threshold, so that person must
    // be one who may confirm any amount. Then a hold comes.
    const proposed = await decideClaim(deps(), 'rev-a', id, { outcome: 'approved', amountCents: 1_200_000, reasonCode: null });
    expect(proposed).toMatchObject({ ok: true });
    expect(sent.filter((e) => e.claimId === id)).toEqual([]);
    const decisionId = (proposed as { decisionId: number }).decisionId;
    expect(await confirmDecision(deps(), { staffId: 'rev-b', anyAmount: false }, decisionId)).toEqual({
      ok: false,
      problem: 'needs_administrator',
    });
    expect(await confirmDecision(deps(), { staffId: 'rev-a', anyAmount: true }, decisionId)).toEqual({ ok: false, problem: 'same_person' });
    await holdForReview(deps(), 'rev-c', id, 'payment_changed');
    expect(await confirmDecision(deps(), { staffId: 'rev-b', anyAmount: true }, decisionId)).toEqual({ ok: false, problem: 'on_hold' });
    // Even a statement written by hand that skips lib/ cannot move a held claim as a decision does.
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
    await releaseHold(deps(), 'rev-c', id);
    expect(await confirmDecision(deps(), { staffId: 'rev-b', anyAmount: true }, decisionId)).toEqual({
      ok: true,
      claimId: id,
      outcome: 'approved',
    });
    expect((await findClaimById(t.db, id))!.status).toBe('approved');
    expect(sent.filter((e) => e.claimId === id)).toEqual([
      { kind: 'decided', claimId: id, decisionId: expect.any(Number), outcome: 'approved', appealBy: null },
    ]);
  });

  it('asks for information once per claim, with the later cure date on claim and request, unless overridden', async () => {
    const id = ids[2]!;
    await startReview(deps(), 'rev-a', id);
    expect(await requestInformation(deps(), 'rev-a', id, { reasonCodes: [], mailed: true, override: false })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(await requestInformation(deps(), 'rev-a', id, { reasonCodes: ['nonsense'], mailed: true, override: false })).toEqual({
      ok: false,
      problem: 'unknown_reason',
    });
    // December 7 + 33 (by letter) = January 9, 2027: later than the deadline, December 20.
    const first = await requestInformation(deps(), 'rev-a', id, {
      reasonCodes: ['damages_documents_missing'],
      mailed: true,
      override: false,
    });
    expect(first).toMatchObject({ ok: true, cureBy: '2027-01-09' });
    let claim = (await findClaimById(t.db, id))!;
    expect([claim.status, claim.cureBy]).toEqual(['more_information_needed', '2027-01-09']);
    expect((await listInformationRequests(t.db, id)).map((r) => [r.cureBy, r.mailed, r.reasonCodes])).toEqual([
      ['2027-01-09', true, ['damages_documents_missing']],
    ]);
    expect(await answer(id)).toBe(true);
    claim = (await findClaimById(t.db, id))!;
    expect([claim.status, claim.cureBy]).toEqual(['in_review', null]);
    expect(
      await requestInformation(deps(), 'rev-b', id, { reasonCodes: ['mailing_address_unusable'], mailed: false, override: false }),
    ).toEqual({
      ok: false,
      problem: 'already_requested',
    });
    const second = await requestInformation(deps(), 'admin-1', id, {
      reasonCodes: ['mailing_address_unusable'],
      mailed: false,
      override: true,
    });
    // December 7 + 30 = January 6, 2027.
    expect(second).toMatchObject({ ok: true, cureBy: '2027-01-06' });
    expect((await listInformationRequests(t.db, id)).map((r) => r.overrideBy)).toEqual([null, 'admin-1']);
    expect(sent.filter((e) => e.claimId === id).map((e) => e.kind)).toEqual(['information_requested', 'information_requested']);
    expect((await listClaimEvents(t.db, id)).map((e) => e.reasonCode)).toEqual([
      null,
      null,
      'damages_documents_missing',
      null,
      'mailing_address_unusable',
    ]);
    expect(await answer(id)).toBe(true);
  });

  it('takes the claims deadline when it is later than 30 days', async () => {
    const id = ids[3]!;
    await startReview(deps(), 'rev-a', id);
    const r = await requestInformation({ ...deps(), claimsDeadline: '2027-12-31' }, 'rev-a', id, {
      reasonCodes: ['identity_unclear'],
      mailed: true,
      override: false,
    });
    expect(r).toMatchObject({ ok: true, cureBy: '2027-12-31' });
  });

  it('lapses an unanswered request after its cure date once: a denial proposed, confirmed by a reviewer who did not ask, with an appeal date', async () => {
    const lapsing = ids[4]!;
    const answered = ids[5]!;
    const held = ids[6]!;
    for (const id of [lapsing, answered, held]) {
      await startReview(deps(), 'rev-a', id);
      await requestInformation(deps(), 'rev-a', id, { reasonCodes: ['damages_description_missing'], mailed: false, override: false });
    }
    await answer(answered);
    await holdForReview(deps(), 'rev-a', held, 'identity_question');
    const lapse = (at: Date) => lapseUnansweredRequests({ db: t.db, auditKey: keys.hasher.auditKey, now: () => at });
    // Cure by January 6, 2027 (December 7 + 30): the answer form takes answers until that day has ended at
    // UTC-12 (12:00 UTC on the 7th), and the lapse waits as long.
    expect(await lapse(new Date('2027-01-07T11:59:00Z'))).toEqual({ lapsed: 0 });
    expect(await lapse(new Date('2027-01-07T12:00:00Z'))).toEqual({ lapsed: 1 });
    expect(await lapse(new Date('2027-01-07T13:00:00Z'))).toEqual({ lapsed: 0 });
    // The lapse proposes a denial; the claim still says "more information needed" and nobody is told yet.
    expect((await findClaimById(t.db, lapsing))!.status).toBe('more_information_needed');
    expect((await listInformationRequests(t.db, lapsing))[0]!.lapsedAt).not.toBeNull();
    const [proposal] = await listClaimDecisions(t.db, lapsing);
    expect([proposal!.outcome, proposal!.reasonCode, proposal!.proposedBy, proposal!.state]).toEqual([
      'denied',
      'no_answer',
      'system',
      'pending',
    ]);
    expect(sent.filter((e) => e.claimId === lapsing && e.kind === 'decided')).toEqual([]);
    // The reviewer who asked cannot be the second person behind the denial; another reviewer confirms it on
    // January 7 in New York: appeal by February 6.
    clock = new Date('2027-01-07T15:00:00Z');
    expect(await confirmDecision(deps(), { staffId: 'rev-a', anyAmount: true }, proposal!.id)).toEqual({
      ok: false,
      problem: 'asked_for_it',
    });
    expect(await confirmDecision(deps(), { staffId: 'rev-b', anyAmount: false }, proposal!.id)).toEqual({
      ok: true,
      claimId: lapsing,
      outcome: 'denied',
    });
    const claim = (await findClaimById(t.db, lapsing))!;
    expect([claim.status, claim.appealBy, claim.cureBy]).toEqual(['denied', '2027-02-06', null]);
    expect((await listClaimEvents(t.db, lapsing)).at(-1)).toMatchObject({
      fromStatus: 'more_information_needed',
      toStatus: 'denied',
      actor: 'rev-b',
      reasonCode: 'no_answer',
    });
    expect(sent.filter((e) => e.claimId === lapsing && e.kind === 'decided')).toEqual([
      { kind: 'decided', claimId: lapsing, decisionId: proposal!.id, outcome: 'denied', appealBy: '2027-02-06' },
    ]);
    expect((await findClaimById(t.db, answered))!.status).toBe('in_review');
    expect((await findClaimById(t.db, held))!.status).toBe('more_information_needed');
    const [audit] = await rowsOf<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where action = 'claim.request_lapsed'`);
    expect(audit!.n).toBe(1);
    // An answer that comes after the lapse changes nothing.
    expect(await answer(lapsing)).toBe(false);
    // Released, the held claim lapses at the next run; a second reviewer rejects that denial (the person
    // answered by telephone, say), and the claim is back in review.
    await releaseHold(deps(), 'rev-a', held);
    expect(await lapse(new Date('2027-01-07T14:00:00Z'))).toEqual({ lapsed: 1 });
    const [heldProposal] = await listClaimDecisions(t.db, held);
    expect(await rejectDecision(deps(), 'rev-a', heldProposal!.id)).toEqual({ ok: true, claimId: held });
    expect((await findClaimById(t.db, held))!.status).toBe('in_review');
    expect(sent.filter((e) => e.claimId === held && e.kind === 'decided')).toEqual([]);
    clock = new Date('2026-12-07T20:00:00Z');
  });

  it('lapses each request once when runs race', async () => {
    const racing = ids.slice(7, 11);
    for (const id of racing) {
      await startReview(deps(), 'rev-a', id);
      await requestInformation(deps(), 'rev-a', id, { reasonCodes: ['mailing_address_unusable'], mailed: true, override: false });
    }
    const at = new Date('2027-01-20T12:00:00Z'); // past January 9
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => lapseUnansweredRequests({ db: t.db, auditKey: keys.hasher.auditKey, now: () => at, batchSize: 1 })),
    );
    expect(runs.reduce((n, r) => n + r.lapsed, 0)).toBe(4);
    for (const id of racing) {
      expect((await listInformationRequests(t.db, id)).filter((r) => r.lapsedAt !== null)).toHaveLength(1);
      expect((await listClaimDecisions(t.db, id)).map((d) => d.state)).toEqual(['pending']);
    }
  });

  it('reopens a denial on appeal within the appeal date, not after', async () => {
    const id = ids[4]!; // denied January 7, 2027, appeal by February 6
    clock = new Date('2027-02-07T05:00:00Z'); // 00:00 February 7 in New York
    expect(await reopenOnAppeal(deps(), 'rev-a', id)).toEqual({ ok: false, problem: 'appeal_closed' });
    clock = new Date('2027-02-07T04:59:00Z'); // 23:59 February 6
    expect(await reopenOnAppeal(deps(), 'rev-a', id)).toEqual({ ok: true });
    expect(await reopenOnAppeal(deps(), 'rev-a', id)).toEqual({ ok: false, problem: 'not_denied' });
    const claim = (await findClaimById(t.db, id))!;
    expect([claim.status, claim.appealBy]).toEqual(['in_review', null]);
    // A reviewer's own denial sets the appeal date too: 30 days from February 6 is March 8.
    const denied = await decideClaim(deps(), 'rev-a', id, { outcome: 'denied', amountCents: 0, reasonCode: 'duplicate_claim' });
    expect(denied).toMatchObject({ ok: true });
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
    const confirmed = await confirmDecision(deps(), { staffId: 'rev-b', anyAmount: false }, (denied as { decisionId: number }).decisionId);
    expect(confirmed).toEqual({ ok: true, claimId: id, outcome: 'denied' });
    expect((await findClaimById(t.db, id))!.appealBy).toBe('2027-03-08');
    clock = new Date('2026-12-07T20:00:00Z');
  });

  it('pages the queue by keyset and filters it', async () => {
    const all = await listClaimQueue(t.db, {}, { afterId: null, limit: 5 });
    expect(all.rows.map((r) => r.id)).toEqual(ids.slice(0, 5));
    const next = await listClaimQueue(t.db, {}, { afterId: all.nextAfterId, limit: 5 });
    expect(next.rows.map((r) => r.id)).toEqual(ids.slice(5, 10));
    const last = await listClaimQueue(t.db, {}, { afterId: next.nextAfterId, limit: 5 });
    expect([last.rows.map((r) => r.id), last.nextAfterId]).toEqual([ids.slice(10), null]);
    expect((await listClaimQueue(t.db, { status: 'submitted' }, { afterId: null, limit: 50 })).rows.map((r) => r.id)).toEqual([
      ids[0],
      ids[11],
    ]);
    expect((await listClaimQueue(t.db, { assigned: 'me', staffId: 'rev-b' }, { afterId: null, limit: 50 })).rows.map((r) => r.id)).toEqual([
      ids[0],
    ]);
    expect((await listClaimQueue(t.db, { assigned: 'unassigned' }, { afterId: null, limit: 50 })).rows).toHaveLength(11);
    expect((await listClaimQueue(t.db, { language: 'ko' }, { afterId: null, limit: 50 })).rows).toHaveLength(0);
    // All twelve were filed to one synthetic mailing address: every one shows the shared-address signal.
    const signals = await listClaimQueue(t.db, { signals: true }, { afterId: null, limit: 50 });
    expect(signals.rows).toHaveLength(12);
    expect(signals.rows.every((r) => r.sharedAddress && !r.sharedPayment)).toBe(true);
    // The four racing lapses left a denial each for a second reviewer to confirm, and nothing else waits.
    const pending = await listClaimQueue(t.db, { pendingDecision: true }, { afterId: null, limit: 50 });
    expect(pending.rows.map((r) => r.id)).toEqual(ids.slice(7, 11));
    expect(pending.rows.every((r) => r.pendingDecision)).toBe(true);
    expect(all.rows.some((r) => r.pendingDecision)).toBe(false);
    await assignClaim(t.db, ids[11]!, 'rev-c');
    expect((await listClaimQueue(t.db, { assigned: 'unassigned' }, { afterId: null, limit: 50 })).rows).toHaveLength(10);
    expect(await findPendingDecision(t.db, ids[0]!)).toBeUndefined();
  });
});
