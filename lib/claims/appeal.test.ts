// A person's request to look at a denied claim again, on the real PostgreSQL: taken only while the claim is
// denied and its appeal-by day has not ended in the last time zone; one open request per claim, also when
// two arrive at once (and the database refuses a second open row written by hand); the explanation is sealed
// (no plaintext in the row) and opens for a reviewer; the person's history shows the request; a reviewer's
// reopening on appeal marks it handled, and the queue's "appeal asked" filter follows.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { searchAuditLog } from '../../db/queries/audit-search';
import { listClaimQueue } from '../../db/queries/claim-review';
import { listAppealRequests } from '../../db/queries/claim-appeals';
import { findClaimById } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { decideForTest, syntheticClaimForm } from '../../testing/claims';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { importRecordsCsv } from '../records/import';
import { appealDayOpen, askForAppeal, openAppealExplanation, parseAppealExplanation } from './appeal';
import { fileClaim } from './filing';
import { revealClaim } from './reveal';
import { reopenOnAppeal, startReview, type ReviewDeps } from './review';
import { buildClaimStatusView } from './status-view';

let t: TestDb;
const keys = testKeys();
const ids: number[] = [];
const numbers: string[] = [];
// December 7, 2026, 15:00 in New York: a denial now has an appeal-by day of January 6, 2027.
let clock = new Date('2026-12-07T20:00:00Z');
const review = (): ReviewDeps => ({ db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 500_000, now: () => clock });
const deps = () => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => clock });
const explanation = 'Synthetic: the claim shown as a duplicate is my late mother’s, not mine. Её номер другой.';

async function deny(id: number) {
  await startReview(review(), 'rev-a', id);
  await decideForTest(review(), id, { outcome: 'denied', amountCents: 0, reasonCode: 'duplicate_claim' });
  expect((await findClaimById(t.db, id))!.appealBy).toBe('2027-01-06');
}

beforeAll(async () => {
  t = await createPostgresTestDb();
  const tins = Array.from({ length: 6 }, (_, i) => `900-75-7${String(i).padStart(3, '0')}`);
  await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    source: 'appeal.csv',
    actor: 't',
    input: Readable.from([toCsv(tins.map((tin) => goodRow({ tin })))]),
  });
  for (const tin of tins) {
    const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
    const filed = await fileClaim(
      { db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => clock },
      record.id,
      syntheticClaimForm('ru'),
    );
    if (filed.outcome !== 'filed') throw new Error('not filed');
    ids.push(filed.claimId);
    numbers.push(filed.claimNumber);
  }
});
afterAll(() => t?.dispose());

describe('asking for an appeal (PostgreSQL)', () => {
  it('needs an explanation of at most 4,000 characters', () => {
    expect(parseAppealExplanation('  \r\n ')).toEqual({ ok: false, reason: 'appeal_missing' });
    expect(parseAppealExplanation(undefined)).toEqual({ ok: false, reason: 'appeal_missing' });
    expect(parseAppealExplanation('я'.repeat(4000))).toMatchObject({ ok: true });
    expect(parseAppealExplanation('я'.repeat(4001))).toEqual({ ok: false, reason: 'appeal_too_long' });
  });

  it('closes once the appeal-by day has ended in the last time zone (12:00 UTC the day after)', () => {
    expect(appealDayOpen('2027-01-06', new Date('2027-01-07T11:59:59Z'))).toBe(true);
    expect(appealDayOpen('2027-01-06', new Date('2027-01-07T12:00:00Z'))).toBe(false);
  });

  it('refuses a claim that is not denied', async () => {
    expect(await askForAppeal(deps(), ids[0]!, explanation)).toEqual({ ok: false, error: { code: 'not_denied' } });
    expect(await askForAppeal(deps(), 987_654, explanation)).toEqual({ ok: false, error: { code: 'not_denied' } });
    expect(await listAppealRequests(t.db, ids[0]!)).toEqual([]);
  });

  it('takes the request while the window is open, not after, and says so on the person’s page', async () => {
    const id = ids[1]!;
    await deny(id);
    const before = await buildClaimStatusView(id, { ...deps(), claimsDeadline: '2027-12-31' });
    expect(before!.appeal).toEqual({ askable: true, askedAt: null, open: false });
    clock = new Date('2027-01-07T12:00:00Z');
    expect((await buildClaimStatusView(id, { ...deps(), claimsDeadline: '2027-12-31' }))!.appeal.askable).toBe(false);
    expect(await askForAppeal(deps(), id, explanation)).toEqual({ ok: false, error: { code: 'past_appeal_by' } });
    clock = new Date('2027-01-07T11:59:00Z');
    const asked = await askForAppeal(deps(), id, explanation);
    expect(asked).toMatchObject({ ok: true });
    const view = (await buildClaimStatusView(id, { ...deps(), claimsDeadline: '2027-12-31' }))!;
    expect(view.appeal).toEqual({ askable: false, askedAt: expect.any(String), open: true });
    expect(view.history.at(-1)).toMatchObject({ by: 'you', event: 'appeal_asked' });
    const audit = await searchAuditLog(t.db, { action: 'claim.appeal_asked' }, { size: 10 });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor: 'claimant', detail: { claim: id, appeal: asked.ok ? asked.data.appealRequestId : -1 } });
    clock = new Date('2026-12-07T20:00:00Z');
  });

  it('keeps one open request per claim under two submits at once, and the database refuses a second by hand', async () => {
    const id = ids[2]!;
    await deny(id);
    const results = await Promise.all([askForAppeal(deps(), id, explanation), askForAppeal(deps(), id, `${explanation} (again)`)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: { code: 'already_asked' } }]);
    expect(await listAppealRequests(t.db, id)).toHaveLength(1);
    await expect(
      t.db.execute(
        sql`insert into claim_appeal_requests (claim_id, explanation_sealed, explanation_key_version) values (${id}, '\\x00', 1)`,
      ),
    ).rejects.toThrow();
  });

  it('holds the explanation sealed: no plaintext in the row, and a reviewer’s audited reveal opens it', async () => {
    const id = ids[3]!;
    await deny(id);
    expect(await askForAppeal(deps(), id, explanation)).toMatchObject({ ok: true });
    const [row] = await rowsOf<Record<string, unknown>>(t.db, sql`select * from claim_appeal_requests where claim_id = ${id}`);
    const raw = Buffer.from(row!.explanation_sealed as Uint8Array);
    for (const needle of ['duplicate', 'mother', 'номер']) expect(raw.includes(Buffer.from(needle, 'utf8'))).toBe(false);
    expect(JSON.stringify(row)).not.toContain('mother');
    expect(openAppealExplanation(keys.sealer, numbers[3]!, raw)).toBe(explanation);
    // Sealed for this claim: another claim's number does not open it.
    expect(() => openAppealExplanation(keys.sealer, numbers[4]!, raw)).toThrow();
    const revealed = await revealClaim({ db: t.db, sealer: keys.sealer, auditKey: keys.hasher.auditKey }, 'rev-a', id);
    expect(revealed!.appeals).toEqual([{ appealRequestId: expect.any(Number), askedAt: expect.any(Date), text: explanation }]);
  });

  it('is marked handled when a reviewer reopens the claim on appeal; the queue filter follows', async () => {
    const id = ids[4]!;
    await deny(id);
    expect(await askForAppeal(deps(), id, explanation)).toMatchObject({ ok: true });
    const asked = async () => (await listClaimQueue(t.db, { appealAsked: true }, { afterId: null, limit: 50 })).rows.map((r) => r.id);
    expect(await asked()).toContain(id);
    const row = (await listClaimQueue(t.db, {}, { afterId: null, limit: 50 })).rows.find((r) => r.id === id);
    expect(row?.appealAsked).toBe(true);
    expect(await reopenOnAppeal(review(), 'rev-b', id)).toEqual({ ok: true });
    const [request] = await listAppealRequests(t.db, id);
    expect([request!.handledBy, request!.handledAt instanceof Date]).toEqual(['rev-b', true]);
    expect(await asked()).not.toContain(id);
    expect((await findClaimById(t.db, id))!.status).toBe('in_review');
    // Denied again: a new appeal date and a new request may be asked.
    await decideForTest(review(), id, { outcome: 'denied', amountCents: 0, reasonCode: 'duplicate_claim' });
    expect(await askForAppeal(deps(), id, explanation)).toMatchObject({ ok: true });
    expect(await listAppealRequests(t.db, id)).toHaveLength(2);
  });
});

describe('an appeal asked in the last hours of its day (PostgreSQL)', () => {
  it('can be reopened after New York’s day has ended, when the person asked in time; not without a request', async () => {
    const id = ids[5]!;
    await deny(id);
    // 03:00 on January 7 in New York; still January 6 at UTC-12: the form takes the request.
    clock = new Date('2027-01-07T08:00:00Z');
    expect(await reopenOnAppeal(review(), 'rev-a', id)).toEqual({ ok: false, problem: 'appeal_closed' });
    expect(await askForAppeal(deps(), id, explanation)).toMatchObject({ ok: true });
    expect(await reopenOnAppeal(review(), 'rev-a', id)).toEqual({ ok: true });
    expect((await listAppealRequests(t.db, id))[0]!.handledBy).toBe('rev-a');
    clock = new Date('2026-12-07T20:00:00Z');
  });
});
