// The status page's view of a claim, against the real PostgreSQL: the person's own history without staff
// ids, the amounts, the coded reason of a partial approval or denial, the open request and whether it can
// still be answered, the dates (claims deadline, 7431(d) date), and an audit entry for every view.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/queries/audit';
import { searchAuditLog } from '../../db/queries/audit-search';
import { confirmClaimDecision, moveClaimStatus, proposeClaimDecision } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { requestInformationForTest, syntheticClaimForm } from '../../testing/claims';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { importRecordsCsv } from '../records/import';
import { VIEWED_ACTION } from '../self-check/result-view';
import { answerInformationRequest } from './answer';
import { fileClaim, formatClaimNumber } from './filing';
import { buildClaimStatusView } from './status-view';

describe('the claim status view (PostgreSQL)', () => {
  let t: TestDb;
  const keys = testKeys();
  const recordIds: number[] = [];
  let next = 0;
  const now = new Date('2027-03-10T15:00:00Z');
  const viewDeps = (at = now) => ({ db: t.db, hasher: keys.hasher, now: () => at, claimsDeadline: '2027-12-31' });

  async function filed(over: Record<string, string> = {}) {
    const recordId = recordIds[next++]!;
    // The person saw their result first (a claim is filed from a verified session): discovery is that day.
    await appendAudit(t.db, keys.hasher.auditKey, { actor: 'self-check', action: VIEWED_ACTION, recordId, outcome: 'ok' });
    const r = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, recordId, syntheticClaimForm('es', over));
    if (r.outcome !== 'filed') throw new Error('not filed');
    return r;
  }

  beforeAll(async () => {
    t = await createPostgresTestDb();
    const rows = Array.from({ length: 6 }, (_, i) => goodRow({ tin: `900-73-${String(6001 + i)}` }));
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'v.csv',
      actor: 'tester',
      input: Readable.from([toCsv(rows)]),
    });
    for (let i = 0; i < 6; i++)
      recordIds.push((await findRecordByTinHash(t.db, keys.hasher.tin(`9007360${String(i + 1).padStart(2, '0')}`)))!.id);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('shows a new claim as received, with its amounts, dates and history, and audits the view', async () => {
    const c = await filed();
    const view = (await buildClaimStatusView(c.claimId, viewDeps()))!;
    const today = new Date().toISOString().slice(0, 10);
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    expect(view).toMatchObject({
      claimNumber: formatClaimNumber(c.claimNumber),
      status: 'submitted',
      claimedCents: c.statutoryCents,
      approvedCents: null,
      reason: null,
      request: null,
      appealBy: null,
      claimsDeadline: '2027-12-31',
      // Two years from the first view, less a day.
      fileBy: new Date(Date.UTC(y + 2, m - 1, d) - 86_400_000).toISOString().slice(0, 10),
    });
    expect(view.history).toEqual([{ status: 'submitted', at: expect.any(String), by: 'you' }]);
    await buildClaimStatusView(c.claimId, viewDeps());
    const audit = (await searchAuditLog(t.db, { action: 'claim.status_viewed' }, { size: 50 })).rows.filter(
      (a) => a.detail.claim === c.claimId,
    );
    expect(audit).toHaveLength(2);
  });

  it('shows an open request with its coded reasons, answerable until its date, then back in review after the answer', async () => {
    const c = await filed();
    await requestInformationForTest(t.db, c.claimId, {
      reasonCodes: ['damages_documents_missing', 'identity_unclear'],
      cureBy: '2027-04-09',
    });
    const view = (await buildClaimStatusView(c.claimId, viewDeps()))!;
    expect(view.status).toBe('more_information_needed');
    expect(view.request).toMatchObject({
      reasons: ['damages_documents_missing', 'identity_unclear'],
      cureBy: '2027-04-09',
      answerable: true,
    });
    // Staff ids never reach the page: the reviewer's moves are the review team's.
    expect(view.history.map((e) => [e.status, e.by])).toEqual([
      ['submitted', 'you'],
      ['in_review', 'review_team'],
      ['more_information_needed', 'review_team'],
    ]);
    expect(JSON.stringify(view)).not.toContain('reviewer-test');
    expect((await buildClaimStatusView(c.claimId, viewDeps(new Date('2027-04-10T12:00:00Z'))))!.request!.answerable).toBe(false);
    await answerInformationRequest({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => now }, c.claimId, 'Adjunto recibos.');
    const after = (await buildClaimStatusView(c.claimId, viewDeps()))!;
    expect(after).toMatchObject({ status: 'in_review', request: null, answeredAt: expect.any(String) });
    expect(after.history.at(-1)).toMatchObject({ status: 'in_review', by: 'you' });
  });

  it('shows the approved amount and the reason of a partial approval', async () => {
    const c = await filed({ actual: 'yes', actual_amount: '4,200', actual_description: 'Synthetic: moved home.' });
    await moveClaimStatus(t.db, c.claimId, 'submitted', 'in_review', 'reviewer-a');
    const proposed = await proposeClaimDecision(t.db, {
      claimId: c.claimId,
      outcome: 'partly_approved',
      amountCents: 100_000,
      reasonCode: 'actual_damages_not_shown',
      proposedBy: 'reviewer-a',
    });
    // Until a second reviewer confirms it, the person sees the claim in review and no amount.
    expect(await buildClaimStatusView(c.claimId, viewDeps())).toMatchObject({ status: 'in_review', approvedCents: null, reason: null });
    if (proposed.state !== 'pending') throw new Error(proposed.problem);
    await confirmClaimDecision(t.db, proposed.decisionId, 'reviewer-b', null, null);
    const view = (await buildClaimStatusView(c.claimId, viewDeps()))!;
    expect(view).toMatchObject({
      status: 'partly_approved',
      claimedCents: 420_000,
      approvedCents: 100_000,
      reason: 'actual_damages_not_shown',
    });
  });

  it('shows a denial with its reason and appeal date; an unknown reason code is "other"', async () => {
    const c = await filed();
    await moveClaimStatus(t.db, c.claimId, 'submitted', 'in_review', 'reviewer-a');
    const proposed = await proposeClaimDecision(t.db, {
      claimId: c.claimId,
      outcome: 'denied',
      amountCents: 0,
      reasonCode: 'duplicate_claim',
      proposedBy: 'reviewer-a',
    });
    if (proposed.state !== 'pending') throw new Error(proposed.problem);
    await confirmClaimDecision(t.db, proposed.decisionId, 'reviewer-b', '2027-04-09', null);
    expect(await buildClaimStatusView(c.claimId, viewDeps())).toMatchObject({
      status: 'denied',
      reason: 'duplicate_claim',
      approvedCents: null,
      appealBy: '2027-04-09',
    });
    const other = await filed();
    await moveClaimStatus(t.db, other.claimId, 'submitted', 'in_review', 'reviewer-a');
    await moveClaimStatus(t.db, other.claimId, 'in_review', 'denied', 'reviewer-a', 'free text a reviewer typed');
    expect((await buildClaimStatusView(other.claimId, viewDeps()))!.reason).toBe('other');
  });

  it('is null for a claim that does not exist', async () => {
    expect(await buildClaimStatusView(987_654, viewDeps())).toBeNull();
  });
});
