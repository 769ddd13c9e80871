// The claim-notice reconciler against the real PostgreSQL and Redis: claim steps written with no notice (as
// when a process dies between a step's commit and its notice) are found once older than the grace period,
// queued once each through the steps' own seams, under the very keys those seams use (a second run finds
// nothing), and a step inside the grace period is left to its own call.
import { Readable } from 'node:stream';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnnotifiedClaimSteps } from '../../db/queries/claim-notices';
import { findRecordByTinHash } from '../../db/queries/records';
import { claimDecisions, claimInformationRequests, claimPayments, notices, paymentExports } from '../../db/schema';
import { importRecordsCsv } from '../records/import';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { approveForTest, syntheticClaimForm } from '../../testing/claims';
import { closeTestQueues, testPipelineDeps } from '../../testing/queues';
import { goodRow, toCsv } from '../../testing/records';
import { deleteRedisPrefix } from '../../testing/redis';
import { uniqueName } from '../../testing/postgres';
import { testKeys } from '../../testing/secrets';
import { fileClaim } from './filing';
import { changeClaimPayment } from './payment-change';
import { reconcileClaimNotices } from './notice-reconcile';
import type { ClaimNoticeDeps } from './notify';
import { requestInformation, startReview } from './review';

const prefix = uniqueName('claimrecon');
const keys = testKeys();
let t: TestDb;
let deps: ClaimNoticeDeps;
const enqueued: string[] = [];
const tins = ['900-72-0001', '900-72-0002', '900-72-0003'];
const claimIds: number[] = [];
let changeEventId = 0;

beforeAll(async () => {
  t = await createPostgresTestDb();
  const rows = tins.map((tin, i) => goodRow({ tin, email: i === 2 ? '' : `reconcile.person${i}@example.com`, language: 'vi' }));
  await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    source: 'r.csv',
    actor: 't',
    input: Readable.from([toCsv(rows)]),
  });
  const pipeline = testPipelineDeps(t.db, prefix);
  deps = {
    db: t.db,
    auditKey: keys.hasher.auditKey,
    enqueueGroups: async (groupKeys) => {
      enqueued.push(...groupKeys);
      await pipeline.enqueueGroups(groupKeys);
    },
  };
  // Filed, asked, decided and paid with no notice queued: every step's own call "died".
  for (const tin of tins) {
    const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
    claimIds.push((await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, syntheticClaimForm('vi'))).claimId);
  }
  const review = { db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 500_000, claimsDeadline: '2027-12-31' };
  for (const id of claimIds) await startReview(review, 'rev-a', id);
  const asked = await requestInformation(review, 'rev-a', claimIds[0]!, {
    reasonCodes: ['identity_unclear'],
    mailed: true,
    override: false,
  });
  if (!asked.ok) throw new Error(asked.problem);
  await approveForTest(review, claimIds[1]!, 100_000);
  const [file] = await t.db
    .insert(paymentExports)
    .values({
      kind: 'check',
      preparedBy: 'p1',
      claimCount: 1,
      totalCents: 100_000,
      state: 'released',
      releasedBy: 'p2',
      releasedAt: new Date(),
    })
    .returning();
  await t.db.insert(claimPayments).values({ claimId: claimIds[1]!, exportId: file!.id, amountCents: 100_000, returnedAt: new Date() });
  // The person changed where the payment goes, and the change's own notice call "died" too.
  const changed = await changeClaimPayment({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => new Date() }, claimIds[2]!, {
    street: '9 Synthetic Way',
    city: 'Houston',
    state: 'TX',
    zip: '77002',
    confirm: 'yes',
  });
  if (!changed.ok) throw new Error(JSON.stringify(changed.error));
  changeEventId = changed.data.eventId;
});
afterAll(async () => {
  await closeTestQueues();
  await deleteRedisPrefix(prefix);
  await t?.dispose();
});

const keysOf = async () =>
  (await t.db.select().from(notices).where(like(notices.dedupeKey, 'claim:%')).orderBy(asc(notices.id))).map(
    (n) => `${n.channel} ${n.dedupeKey}`,
  );

describe('reconcileClaimNotices', () => {
  it('leaves steps inside the grace period to their own call', async () => {
    expect(await reconcileClaimNotices(deps, { graceMs: 60 * 60 * 1000 })).toEqual({ queued: 0, already: 0, problems: [] });
    expect(await keysOf()).toEqual([]);
  });

  it('queues each missing notice once, under the keys the steps use, and a second run finds nothing', async () => {
    const later = new Date(Date.now() + 3 * 60 * 1000);
    const [a, b, c] = claimIds as [number, number, number];
    const run = await reconcileClaimNotices(deps, { now: later, pageSize: 2 });
    expect(run.problems).toEqual([]);
    // Three filings, one request, one approval, one payment issued and the same payment returned, one change.
    expect(run.queued).toBe(8);
    const [payment] = await t.db.select({ id: claimPayments.id }).from(claimPayments).where(eq(claimPayments.claimId, b));
    const [decision] = await t.db
      .select({ id: claimDecisions.id })
      .from(claimDecisions)
      .where(and(eq(claimDecisions.claimId, b), eq(claimDecisions.state, 'applied')));
    const [request] = await t.db
      .select({ id: claimInformationRequests.id })
      .from(claimInformationRequests)
      .where(eq(claimInformationRequests.claimId, a));
    const [r, d] = [request!.id, decision!.id];
    const both = (key: string) => [`letter ${key}`, `email ${key}`];
    expect((await keysOf()).sort()).toEqual(
      [
        ...both(`claim:${a}:filed:once`),
        ...both(`claim:${b}:filed:once`),
        `letter claim:${c}:filed:once`, // no email address on record c
        ...both(`claim:${a}:information_needed:request-${r}`),
        ...both(`claim:${b}:approved:decision-${d}`),
        ...both(`claim:${b}:payment_issued:payment-${payment!.id}`),
        ...both(`claim:${b}:payment_returned:payment-${payment!.id}`),
        `letter claim:${c}:payment_changed:change-${changeEventId}`,
      ].sort(),
    );
    expect(enqueued.length).toBeGreaterThan(0);
    expect(await findUnnotifiedClaimSteps(t.db, later, 100)).toEqual([]);
    expect(await reconcileClaimNotices(deps, { now: later })).toEqual({ queued: 0, already: 0, problems: [] });
  });
});
