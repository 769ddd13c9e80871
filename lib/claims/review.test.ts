import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClaimById, listClaimDecisions, listClaimEvents, moveClaimStatus } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { importRecordsCsv } from '../records/import';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm } from '../validation/claims';
import { recordCsvColumns } from '../validation/record-row';
import { fileClaim } from './filing';
import { claimedCents, confirmDecision, decideClaim, startReview } from './review';
import { canMoveClaim, claimMoves, needsAdministratorToConfirm, type ClaimStatus } from './status';

const byCheck = (() => {
  const parsed = parseClaimForm({
    language: 'ko',
    street: '12 Synthetic Rd',
    city: 'Queens',
    state: 'NY',
    zip: '11354',
    signed_name: 'Kim Min-jun',
    declaration: 'yes',
  });
  if (!parsed.ok) throw new Error('form');
  return parsed.value;
})();
const withActual = (() => {
  const parsed = parseClaimForm({
    ...{ language: 'ko', street: '12 Synthetic Rd', city: 'Queens', state: 'NY', zip: '11354', signed_name: 'Kim', declaration: 'yes' },
    actual: 'yes',
    actual_amount: '25,000',
    actual_description: 'Synthetic: lost a job offer.',
  });
  if (!parsed.ok) throw new Error('form');
  return parsed.value;
})();

describe('claim status moves', () => {
  it('follow the table written in the issue, and nothing else', () => {
    // Written from issue 17 item 3 by hand, not from claimMoves.
    const allowed = new Set([
      'submitted>in_review',
      'in_review>more_information_needed',
      'in_review>approved',
      'in_review>partly_approved',
      'in_review>denied',
      'more_information_needed>in_review',
      'more_information_needed>denied',
      'denied>in_review',
      'approved>payment_issued',
      'partly_approved>payment_issued',
      'payment_issued>paid',
      'payment_issued>payment_returned',
      'payment_returned>reissued',
      'reissued>paid',
      'reissued>payment_returned',
    ]);
    const statuses = Object.keys(claimMoves) as ClaimStatus[];
    expect(statuses).toHaveLength(10);
    for (const from of statuses) for (const to of statuses) expect(canMoveClaim(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('need an administrator to confirm only an approval above the threshold', () => {
    expect(needsAdministratorToConfirm('approved', 500_000, 500_000)).toBe(false);
    expect(needsAdministratorToConfirm('approved', 500_001, 500_000)).toBe(true);
    expect(needsAdministratorToConfirm('partly_approved', 500_001, 500_000)).toBe(true);
    expect(needsAdministratorToConfirm('denied', 0, 0)).toBe(false);
  });

  it('claim the greater of statutory and actual damages', () => {
    expect(claimedCents({ statutoryCents: 300_000, actualCents: null })).toBe(300_000);
    expect(claimedCents({ statutoryCents: 100_000, actualCents: 2_500_000 })).toBe(2_500_000);
    expect(claimedCents({ statutoryCents: 300_000, actualCents: 50_000 })).toBe(300_000);
  });
});

describe.each(drivers)('reviewing claims on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const deps = () => ({ db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 500_000, claimsDeadline: '2027-12-31' });
  const claimIds: number[] = [];

  beforeAll(async () => {
    t = await create();
    const tins = Array.from({ length: 8 }, (_, i) => `900-70-7${String(i).padStart(3, '0')}`);
    const rows = tins.map((tin) => ({ ...goodRow({ tin }), disclosure_acts: '2', ruled_unlawful: 'yes' })) as unknown as Row[];
    const columns = [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'];
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'r.csv',
      actor: 't',
      input: Readable.from([toCsv(rows, columns)]),
    });
    for (const [i, tin] of tins.entries()) {
      const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
      const filed = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, i >= 4 ? withActual : byCheck);
      claimIds.push(filed.claimId);
    }
  });
  afterAll(async () => {
    await t.dispose();
  });

  const history = async (id: number) => (await listClaimEvents(t.db, id)).map((e) => `${e.fromStatus ?? '-'}>${e.toStatus}:${e.actor}`);

  it('counts even a small approval only once a second reviewer confirms it, with the history of each move', async () => {
    const id = claimIds[0]!;
    expect(await startReview(deps(), 'reviewer-a', id)).toEqual({ ok: true });
    expect(await startReview(deps(), 'reviewer-b', id)).toEqual({ ok: false, problem: 'not_in_review' });
    const proposed = await decideClaim(deps(), 'reviewer-a', id, { outcome: 'approved', amountCents: 200_000, reasonCode: null });
    expect(proposed).toMatchObject({ ok: true });
    const decisionId = (proposed as { decisionId: number }).decisionId;
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
    // No statement written by hand can apply a decision without a second person: the check constraint refuses it.
    await expect(t.db.execute(sql`update claim_decisions set state = 'applied' where id = ${decisionId}`)).rejects.toThrow();
    expect(await confirmDecision(deps(), { staffId: 'reviewer-a', anyAmount: true }, decisionId)).toEqual({
      ok: false,
      problem: 'same_person',
    });
    // $2,000 is under the threshold: any other reviewer confirms it.
    expect(await confirmDecision(deps(), { staffId: 'reviewer-b', anyAmount: false }, decisionId)).toEqual({
      ok: true,
      claimId: id,
      outcome: 'approved',
    });
    expect((await findClaimById(t.db, id))!.status).toBe('approved');
    expect(await history(id)).toEqual(['->submitted:claimant', 'submitted>in_review:reviewer-a', 'in_review>approved:reviewer-b']);
  });

  it('leaves an approval above the threshold to a second reviewer who may confirm any amount, never the first', async () => {
    const id = claimIds[4]!; // claims $25,000 actual damages
    await startReview(deps(), 'reviewer-a', id);
    const proposed = await decideClaim(deps(), 'reviewer-a', id, { outcome: 'approved', amountCents: 2_500_000, reasonCode: null });
    expect(proposed).toMatchObject({ ok: true });
    const decisionId = (proposed as { decisionId: number }).decisionId;
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
    expect(await confirmDecision(deps(), { staffId: 'reviewer-a', anyAmount: true }, decisionId)).toEqual({
      ok: false,
      problem: 'same_person',
    });
    // Above the threshold a reviewer without the authority for large amounts is refused by the statement.
    expect(await confirmDecision(deps(), { staffId: 'reviewer-b', anyAmount: false }, decisionId)).toEqual({
      ok: false,
      problem: 'needs_administrator',
    });
    // Not even a statement written by hand can make the proposer the confirmer: the check constraint refuses it.
    await expect(
      t.db.execute(sql`update claim_decisions set confirmed_by = proposed_by, state = 'applied' where id = ${decisionId}`),
    ).rejects.toThrow();
    expect(await decideClaim(deps(), 'reviewer-c', id, { outcome: 'denied', amountCents: 0, reasonCode: 'duplicate_claim' })).toEqual({
      ok: false,
      problem: 'already_pending',
    });
    expect(await confirmDecision(deps(), { staffId: 'reviewer-b', anyAmount: true }, decisionId)).toEqual({
      ok: true,
      claimId: id,
      outcome: 'approved',
    });
    expect(await confirmDecision(deps(), { staffId: 'reviewer-c', anyAmount: true }, decisionId)).toEqual({
      ok: false,
      problem: 'not_pending',
    });
    expect((await findClaimById(t.db, id))!.status).toBe('approved');
    expect(await history(id)).toEqual(['->submitted:claimant', 'submitted>in_review:reviewer-a', 'in_review>approved:reviewer-b']);
    expect((await listClaimDecisions(t.db, id)).map((d) => [d.state, d.proposedBy, d.confirmedBy])).toEqual([
      ['applied', 'reviewer-a', 'reviewer-b'],
    ]);
  });

  it('lets only one of two second reviewers confirm when they race', async () => {
    const id = claimIds[5]!;
    await startReview(deps(), 'reviewer-a', id);
    const { decisionId } = (await decideClaim(deps(), 'reviewer-a', id, {
      outcome: 'partly_approved',
      amountCents: 1_000_000,
      reasonCode: 'actual_damages_partly_shown',
    })) as { decisionId: number };
    const results = await Promise.all(
      ['reviewer-b', 'reviewer-c', 'reviewer-d'].map((r) => confirmDecision(deps(), { staffId: r, anyAmount: true }, decisionId)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await history(id)).filter((h) => h.startsWith('in_review>partly_approved'))).toHaveLength(1);
  });

  it.each([
    [{ outcome: 'denied', amountCents: 0, reasonCode: null }, 'reason_required'],
    [{ outcome: 'denied', amountCents: 100, reasonCode: 'x' }, 'denial_has_amount'],
    [{ outcome: 'approved', amountCents: 0, reasonCode: null }, 'amount_required'],
    [{ outcome: 'approved', amountCents: 200_001, reasonCode: null }, 'amount_over_claim'],
    [{ outcome: 'partly_approved', amountCents: 200_000, reasonCode: 'x' }, 'partly_needs_less'],
    [{ outcome: 'partly_approved', amountCents: 100_000, reasonCode: null }, 'reason_required'],
  ] as const)('refuses %j (%s)', async (decision, problem) => {
    const id = claimIds[1]!; // statutory $2,000 (2 acts): nothing else claimed
    await startReview(deps(), 'reviewer-a', id);
    expect(await decideClaim(deps(), 'reviewer-a', id, decision)).toEqual({ ok: false, problem });
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
  });

  it('refuses a decision on a claim that is not in review, and a move from a status it is not in', async () => {
    const id = claimIds[2]!;
    expect(await decideClaim(deps(), 'reviewer-a', id, { outcome: 'approved', amountCents: 100, reasonCode: null })).toEqual({
      ok: false,
      problem: 'not_in_review',
    });
    expect(await moveClaimStatus(t.db, id, 'in_review', 'approved', 'someone')).toBe(false);
    expect(await history(id)).toEqual(['->submitted:claimant']);
    expect(await decideClaim(deps(), 'reviewer-a', 987_654, { outcome: 'denied', amountCents: 0, reasonCode: 'x' })).toEqual({
      ok: false,
      problem: 'no_such_claim',
    });
  });

  it('writes each step to the audit log', async () => {
    const [row] = await rowsOf<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where action like 'claim.%'`);
    // 8 filings, and in the tests above 5 review starts, 3 decisions and 1 confirmation at least
    expect(row!.n).toBeGreaterThanOrEqual(17);
  });
});
