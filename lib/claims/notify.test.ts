// Claim notices queued on the real PostgreSQL and Redis (the production queue wiring under this file's own
// prefix): which rows, on which channels, in which language, once per step and occurrence however often
// the step is told; what the rows and the jobs carry (ids and codes, no personal data); the seams the
// reviewers' and payments' actions call; and the reminder run over hand-set dates.
import { Readable } from 'node:stream';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecordByTinHash } from '../../db/queries/records';
import { loadSendGroup } from '../../db/queries/notices';
import { auditLog, claimDecisions, claimInformationRequests, claimPayments, claims, notices, paymentExports } from '../../db/schema';
import { composeMessages } from '../notices/compose';
import { importRecordsCsv } from '../records/import';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { closeTestQueues, queuedSendJobs, testPipelineDeps } from '../../testing/queues';
import { goodRow, toCsv } from '../../testing/records';
import { deleteRedisPrefix, readRedisPrefix } from '../../testing/redis';
import { uniqueName } from '../../testing/postgres';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm, type ClaimForm } from '../validation/claims';
import { fileClaim, formatClaimNumber } from './filing';
import {
  notifyClaimDecided,
  notifyExportReleased,
  notifyInformationRequested,
  notifyPaymentReturned,
  queueClaimNotice,
  reviewNotifier,
  type ClaimNoticeDeps,
} from './notify';
import { lapseUnansweredRequests } from './lapse';
import { confirmDecision, decideClaim, requestInformation, startReview } from './review';
import { queueDeadlineReminders } from './reminders';

const form = (raw: Record<string, string>): ClaimForm => {
  const parsed = parseClaimForm(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};
const byCheck = (language: string) =>
  form({
    language,
    street: '1200 Synthetic Ave Apt 3',
    city: 'Los Angeles',
    state: 'CA',
    zip: '90011',
    signed_name: 'Synthetic Person',
    declaration: 'yes',
  });

const prefix = uniqueName('h5notice');
const keys = testKeys();
let t: TestDb;
let deps: ClaimNoticeDeps;
const enqueued: string[] = [];
/** Record ids by the TIN of their synthetic row. */
const records: Record<string, number> = {};
const withEmail = ['900-71-0001', '900-71-0002', '900-71-0003', '900-71-0004', '900-71-0005', '900-71-0006', '900-71-0007', '900-71-0008'];
const withoutEmail = ['900-71-0101', '900-71-0102'];
/** Claims the reviewers' steps move (reviewNotifier). */
const reviewed = ['900-71-0201', '900-71-0202'];

async function claimFor(tin: string, language = 'ar'): Promise<number> {
  const filed = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, records[tin]!, byCheck(language));
  return filed.claimId;
}
const noticesOf = (claimId: number) =>
  t.db
    .select()
    .from(notices)
    .where(like(notices.dedupeKey, `claim:${claimId}:%`))
    .orderBy(asc(notices.id));

beforeAll(async () => {
  t = await createPostgresTestDb();
  const rows = [
    ...withEmail.map((tin, i) => goodRow({ tin, email: `claim.person${i}@example.com`, language: i % 2 ? 'vi' : 'es' })),
    ...withoutEmail.map((tin) => goodRow({ tin, email: '', language: 'bn' })),
    ...reviewed.map((tin, i) => goodRow({ tin, email: `reviewed.person${i}@example.com`, language: 'ko' })),
  ];
  const imported = await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    source: 'claim-notices.csv',
    actor: 'tester',
    input: Readable.from([toCsv(rows)]),
  });
  expect(imported.status).toBe('completed');
  for (const tin of [...withEmail, ...withoutEmail, ...reviewed])
    records[tin] = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!.id;
  const pipeline = testPipelineDeps(t.db, prefix);
  deps = {
    db: t.db,
    auditKey: keys.hasher.auditKey,
    enqueueGroups: async (groupKeys) => {
      enqueued.push(...groupKeys);
      await pipeline.enqueueGroups(groupKeys);
    },
  };
});
afterAll(async () => {
  await closeTestQueues();
  await deleteRedisPrefix(prefix);
  await t?.dispose();
});

describe('queueClaimNotice', () => {
  it('files a claim with its "received" notice by letter and email, in the claim’s language, once however often filing is retried', async () => {
    const filingDeps = { db: t.db, hasher: keys.hasher, sealer: keys.sealer, enqueueGroups: deps.enqueueGroups };
    const filed = await fileClaim(filingDeps, records[withEmail[0]!]!, byCheck('ar'));
    expect(filed.outcome).toBe('filed');
    // A second submit, a retry: the existing claim, and no second notice.
    const again = await fileClaim(filingDeps, records[withEmail[0]!]!, byCheck('ar'));
    expect(again).toMatchObject({ outcome: 'exists', claimId: filed.claimId });
    const rows = await noticesOf(filed.claimId);
    expect(rows.map((n) => [n.type, n.channel, n.language, n.status, n.dedupeKey])).toEqual([
      ['claim_status', 'letter', 'ar', 'queued', `claim:${filed.claimId}:filed:once`],
      ['claim_status', 'email', 'ar', 'queued', `claim:${filed.claimId}:filed:once`],
    ]);
    // Ids and codes only: no claim number, no PIN, nothing the person typed.
    expect(rows.map((n) => n.params)).toEqual([
      { claimId: filed.claimId, claimEvent: 'filed' },
      { claimId: filed.claimId, claimEvent: 'filed' },
    ]);
    const jobs = (await queuedSendJobs(prefix)).filter((j) => rows.some((n) => (j.data as { groupKey: string }).groupKey === n.groupKey));
    // One send job per group, whose payload is the group key and nothing else.
    expect(jobs.map((j) => j.data).sort()).toEqual(expect.arrayContaining(rows.map((n) => ({ groupKey: n.groupKey }))));
    expect(jobs).toHaveLength(2);

    // The pipeline composes it: the claim number from the claim, in Arabic, to the record's own address.
    const composed = await composeMessages(await loadSendGroup(t.db, rows[1]!.groupKey!), {
      sealer: keys.sealer,
      portalUrl: 'https://check.example.org',
      demo: true,
      db: t.db,
    });
    expect(composed.unusable).toEqual([]);
    expect(composed.messages).toHaveLength(1);
    const [claim] = await t.db.select().from(claims).where(eq(claims.id, filed.claimId));
    expect(composed.messages[0]!.to).toBe('claim.person0@example.com');
    expect(composed.messages[0]!.text).toContain(formatClaimNumber(claim!.claimNumber));
    expect(composed.messages[0]!.html).toContain('lang="ar"');
    if (filed.outcome === 'filed') expect(composed.messages[0]!.text).not.toContain(filed.pin);
  });

  it('sends only a letter to a record without an email address, and refuses a reminder the day before that it could only mail', async () => {
    const claimId = await claimFor(withoutEmail[0]!, 'bn');
    expect(await queueClaimNotice(deps, claimId, 'filed', {})).toEqual({ ok: true, data: { status: 'queued', channels: ['letter'] } });
    expect(await queueClaimNotice(deps, claimId, 'cure_reminder', { cureBy: '2027-01-15', lead: 1 })).toEqual({
      ok: false,
      error: { code: 'no_channel' },
    });
    expect((await noticesOf(claimId)).map((n) => n.channel)).toEqual(['letter']);
  });

  it('queues each step once per occurrence, and a new occurrence (another request) again', async () => {
    const claimId = await claimFor(withEmail[1]!, 'fr');
    const details = { requestId: 41, reasonCodes: ['identity_unclear', 'bank_details_unverified'] as const, cureBy: '2027-01-15' };
    const first = await queueClaimNotice(deps, claimId, 'information_needed', { ...details, reasonCodes: [...details.reasonCodes] });
    const second = await queueClaimNotice(deps, claimId, 'information_needed', { ...details, reasonCodes: [...details.reasonCodes] });
    const [third, fourth] = await Promise.all([
      queueClaimNotice(deps, claimId, 'information_needed', { ...details, requestId: 42, reasonCodes: ['mailing_address_unusable'] }),
      queueClaimNotice(deps, claimId, 'information_needed', { ...details, requestId: 42, reasonCodes: ['mailing_address_unusable'] }),
    ]);
    expect(first).toEqual({ ok: true, data: { status: 'queued', channels: ['letter', 'email'] } });
    expect(second).toEqual({ ok: true, data: { status: 'already_queued', channels: ['letter', 'email'] } });
    expect([third, fourth].map((r) => r.ok && r.data.status).sort()).toEqual(['already_queued', 'queued']);
    const rows = await noticesOf(claimId);
    expect(rows.map((n) => [n.channel, n.dedupeKey])).toEqual([
      ['letter', `claim:${claimId}:information_needed:request-41`],
      ['email', `claim:${claimId}:information_needed:request-41`],
      ['letter', `claim:${claimId}:information_needed:request-42`],
      ['email', `claim:${claimId}:information_needed:request-42`],
    ]);
    expect(rows[0]!.params).toEqual({
      claimId,
      claimEvent: 'information_needed',
      claimReasons: 'identity_unclear,bank_details_unverified',
      claimDate: '2027-01-15',
    });
    // Each queued notice written to the audit log once.
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'claim.notice_queued'), eq(auditLog.recordId, records[withEmail[1]!]!)));
    expect(audits.map((a) => a.detail)).toEqual([
      { claim: claimId, event: 'information_needed', channels: 'letter+email' },
      { claim: claimId, event: 'information_needed', channels: 'letter+email' },
    ]);
  });

  it.each([
    ['information_needed', { requestId: 1, reasonCodes: ['no_answer'], cureBy: '2027-01-15' }, 'reasonCodes'],
    ['information_needed', { requestId: 1, reasonCodes: [], cureBy: '2027-01-15' }, 'reasonCodes'],
    ['information_needed', { requestId: 1, reasonCodes: ['identity_unclear'], cureBy: '15/01/2027' }, 'cureBy'],
    ['approved', { decisionId: 1, amountCents: 0 }, 'amountCents'],
    ['partly_approved', { decisionId: 1, amountCents: 100, reasonCode: 'no_answer' }, 'reasonCode'],
    ['denied', { reasonCode: 'no_answer', appealBy: '2027-01-15' }, 'decisionId'],
    ['payment_issued', { paymentId: 1, amountCents: 100, method: 'prepaid_card' }, 'method'],
    ['cure_reminder', { cureBy: '2027-01-15', lead: 3 }, 'lead'],
  ] as const)('refuses %s with %o at %s, and queues nothing', async (event, details, field) => {
    const claimId = await claimFor(withEmail[2]!);
    const result = await queueClaimNotice(deps, claimId, event, details as never);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_details', field } });
    expect((await noticesOf(claimId)).filter((n) => n.params.claimEvent === event)).toEqual([]);
  });

  it('answers no_claim for a claim that does not exist', async () => {
    expect(await queueClaimNotice(deps, 987654, 'filed', {})).toEqual({ ok: false, error: { code: 'no_claim' } });
  });

  it('keeps every personal value out of the queues', async () => {
    const values = await readRedisPrefix(prefix);
    expect(values.length).toBeGreaterThan(0);
    const all = values.flatMap((v) => v.values).join('\n');
    for (const secret of ['example.com', 'Synthetic Ave', 'García', 'María', 'Los Angeles', '90011']) expect(all).not.toContain(secret);
  });
});

describe('the seams the reviewers’ and payments’ actions call', () => {
  it('tell the stored request, decision, lapse and payment, each once', async () => {
    const claimId = await claimFor(withEmail[3]!, 'ko');
    const [request] = await t.db
      .insert(claimInformationRequests)
      .values({ claimId, reasonCodes: ['damages_documents_missing'], requestedBy: 'reviewer-1', cureBy: '2027-03-01', mailed: true })
      .returning();
    expect(await notifyInformationRequested(deps, request!.id)).toMatchObject({ ok: true, data: { status: 'queued' } });
    expect(await notifyInformationRequested(deps, request!.id)).toMatchObject({ ok: true, data: { status: 'already_queued' } });
    // The request lapsed and the system proposed a denial: nothing to tell until a person confirms it.
    await t.db.update(claimInformationRequests).set({ lapsedAt: new Date() }).where(eq(claimInformationRequests.id, request!.id));
    const [lapseDenial] = await t.db
      .insert(claimDecisions)
      .values({ claimId, outcome: 'denied', amountCents: 0, reasonCode: 'no_answer', state: 'pending', proposedBy: 'system' })
      .returning();
    expect(await notifyClaimDecided(deps, lapseDenial!.id)).toEqual({ ok: false, error: { code: 'invalid_details', field: 'state' } });
    await t.db.update(claimDecisions).set({ state: 'applied', confirmedBy: 'r2' }).where(eq(claimDecisions.id, lapseDenial!.id));
    await t.db.update(claims).set({ status: 'denied', appealBy: '2027-04-02' }).where(eq(claims.id, claimId));
    expect(await notifyClaimDecided(deps, lapseDenial!.id)).toMatchObject({ ok: true, data: { status: 'queued' } });

    const [pending] = await t.db
      .insert(claimDecisions)
      .values({
        claimId,
        outcome: 'partly_approved',
        amountCents: 100_000,
        reasonCode: 'actual_damages_not_shown',
        state: 'pending',
        proposedBy: 'r1',
      })
      .returning();
    // Waiting for its second reviewer: the person hears nothing yet.
    expect(await notifyClaimDecided(deps, pending!.id)).toEqual({ ok: false, error: { code: 'invalid_details', field: 'state' } });
    await t.db.update(claimDecisions).set({ state: 'applied', confirmedBy: 'r2' }).where(eq(claimDecisions.id, pending!.id));
    expect(await notifyClaimDecided(deps, pending!.id)).toMatchObject({ ok: true, data: { status: 'queued' } });

    const [file] = await t.db
      .insert(paymentExports)
      .values({ kind: 'ach', preparedBy: 'p1', claimCount: 1, totalCents: 100_000, state: 'released', releasedBy: 'p2' })
      .returning();
    const [payment] = await t.db.insert(claimPayments).values({ claimId, exportId: file!.id, amountCents: 100_000 }).returning();
    expect(await notifyExportReleased(deps, file!.id)).toEqual({ queued: 1, already: 0 });
    expect(await notifyExportReleased(deps, file!.id)).toEqual({ queued: 0, already: 1 });
    expect(await notifyPaymentReturned(deps, payment!.id)).toEqual({ ok: false, error: { code: 'invalid_details', field: 'returnedAt' } });
    await t.db.update(claimPayments).set({ returnedAt: new Date(), returnCode: 'R03' }).where(eq(claimPayments.id, payment!.id));
    expect(await notifyPaymentReturned(deps, payment!.id)).toMatchObject({ ok: true, data: { status: 'queued' } });

    const emails = (await noticesOf(claimId)).filter((n) => n.channel === 'email');
    expect(emails.map((n) => n.params)).toEqual([
      { claimId, claimEvent: 'information_needed', claimReasons: 'damages_documents_missing', claimDate: '2027-03-01' },
      { claimId, claimEvent: 'denied', claimReasons: 'no_answer', claimDate: '2027-04-02' },
      { claimId, claimEvent: 'partly_approved', claimAmountCents: '100000', claimReasons: 'actual_damages_not_shown' },
      { claimId, claimEvent: 'payment_issued', claimAmountCents: '100000', claimPaymentMethod: 'direct_deposit' },
      { claimId, claimEvent: 'payment_returned', claimAmountCents: '100000', claimPaymentMethod: 'direct_deposit' },
    ]);
    expect(emails.every((n) => n.language === 'ko')).toBe(true);
    // Every one composes: the values each step needs are all there.
    const composeCtx = { sealer: keys.sealer, portalUrl: 'https://check.example.org', demo: true, db: t.db };
    for (const n of emails) {
      const composed = await composeMessages(await loadSendGroup(t.db, n.groupKey!), composeCtx);
      expect(composed.unusable).toEqual([]);
      expect(composed.messages[0]!.html).toContain('lang="ko"');
    }
  });

  it('never composes a claim notice whose claim is another person’s', async () => {
    const mine = await claimFor(withEmail[4]!);
    const theirs = await claimFor(withEmail[5]!);
    await queueClaimNotice(deps, mine, 'approved', { decisionId: 7001, amountCents: 100_000 });
    const [email] = (await noticesOf(mine)).filter((n) => n.channel === 'email');
    await t.db
      .update(notices)
      .set({ params: { ...email!.params, claimId: theirs } })
      .where(eq(notices.id, email!.id));
    const composed = await composeMessages(await loadSendGroup(t.db, email!.groupKey!), {
      sealer: keys.sealer,
      portalUrl: 'https://check.example.org',
      demo: true,
      db: t.db,
    });
    expect(composed.messages).toEqual([]);
    expect(composed.unusable).toEqual([{ noticeId: email!.id, reason: 'claim_missing' }]);
  });
});

describe('reminders before a cure-by or appeal-by date', () => {
  it('finds exactly the claims whose date is due, and a second run, or two at once, adds nothing', async () => {
    // Today is 2027-01-08 (UTC). Hand-set dates and statuses on fresh claims.
    const now = new Date('2027-01-08T15:00:00Z');
    const set = async (tin: string, values: Partial<typeof claims.$inferInsert>) => {
      const id = await claimFor(tin, 'es');
      await t.db.update(claims).set(values).where(eq(claims.id, id));
      return id;
    };
    // Clear the claims earlier tests left with dates, so this run sees only these.
    await t.db.update(claims).set({ cureBy: null, appealBy: null });
    const cureIn7 = await set(withEmail[6]!, { status: 'more_information_needed', cureBy: '2027-01-15' });
    const appealIn1 = await set(withEmail[7]!, { status: 'denied', appealBy: '2027-01-09' });
    const noEmailCureIn7 = await set(withoutEmail[1]!, { status: 'more_information_needed', cureBy: '2027-01-14' });
    // Not due: 8 days away, answered already (back in review), a past date.
    const notDue = [
      await set(withEmail[2]!, { status: 'more_information_needed', cureBy: '2027-01-16' }),
      await set(withEmail[4]!, { status: 'in_review', cureBy: '2027-01-15' }),
      await set(withEmail[5]!, { status: 'denied', appealBy: '2027-01-07' }),
    ];

    const first = await queueDeadlineReminders(deps, now);
    expect(first).toEqual({ queued: 3, alreadyQueued: 0, withoutChannel: 0 });
    const reminders = async (claimId: number) =>
      (await noticesOf(claimId)).filter((n) => String(n.params.claimEvent).endsWith('_reminder')).map((n) => [n.channel, n.dedupeKey]);
    expect(await reminders(cureIn7)).toEqual([
      ['letter', `claim:${cureIn7}:cure_reminder:2027-01-15-7d`],
      ['email', `claim:${cureIn7}:cure_reminder:2027-01-15-7d`],
    ]);
    // The day before: by email only.
    expect(await reminders(appealIn1)).toEqual([['email', `claim:${appealIn1}:appeal_reminder:2027-01-09-1d`]]);
    expect(await reminders(noEmailCureIn7)).toEqual([['letter', `claim:${noEmailCureIn7}:cure_reminder:2027-01-14-7d`]]);
    for (const id of notDue) expect(await reminders(id)).toEqual([]);

    const before = (await t.db.select().from(notices)).length;
    // A second run finds nothing left to remind (it looks for the reminders' outbox rows by their key).
    expect(await queueDeadlineReminders(deps, now)).toEqual({ queued: 0, alreadyQueued: 0, withoutChannel: 0 });
    // Two runs at once over a new due claim: one reminder between them (the outbox's unique key decides).
    const racing = await set(withEmail[3]!, { status: 'more_information_needed', cureBy: '2027-01-13' });
    const [a, b] = await Promise.all([queueDeadlineReminders(deps, now), queueDeadlineReminders(deps, now)]);
    expect(a.queued + b.queued).toBe(1);
    expect(await reminders(racing)).toEqual([
      ['letter', `claim:${racing}:cure_reminder:2027-01-13-7d`],
      ['email', `claim:${racing}:cure_reminder:2027-01-13-7d`],
    ]);
    expect((await t.db.select().from(notices)).length).toBe(before + 2);

    // A day later the claim whose cure date is now a day away gets its last reminder, by email.
    const next = await queueDeadlineReminders(deps, new Date('2027-01-14T01:00:00Z'));
    expect(next.queued).toBeGreaterThanOrEqual(1);
    expect(await reminders(cureIn7)).toContainEqual(['email', `claim:${cureIn7}:cure_reminder:2027-01-15-1d`]);
  });
});

describe("reviewNotifier: the reviewers' steps reach the person", () => {
  it('queues the notice of a request, and of a decision or a lapse denial once confirmed, each on the claim’s channels', async () => {
    const problems: string[] = [];
    const review = {
      db: t.db,
      auditKey: keys.hasher.auditKey,
      secondReviewAboveCents: 10_000_000,
      claimsDeadline: '2026-12-20',
      now: () => new Date('2026-12-07T15:00:00Z'),
      notify: reviewNotifier(deps, (line) => problems.push(line)),
    };
    const asked = await claimFor(reviewed[0]!, 'ko');
    const decided = await claimFor(reviewed[1]!, 'ko');
    for (const id of [asked, decided]) expect(await startReview(review, 'rev-a', id)).toEqual({ ok: true });
    const request = await requestInformation(review, 'rev-a', asked, { reasonCodes: ['identity_unclear'], mailed: true, override: false });
    expect(request).toMatchObject({ ok: true });
    const proposed = await decideClaim(review, 'rev-a', decided, { outcome: 'approved', amountCents: 100_000, reasonCode: null });
    if (!proposed.ok) throw new Error(proposed.problem);
    // The cure date (January 9, by letter) passes unanswered: the lapse proposes a denial and tells nobody yet.
    const lapsedAt = new Date('2027-02-01T15:00:00Z');
    expect(await lapseUnansweredRequests({ db: t.db, auditKey: keys.hasher.auditKey, now: () => lapsedAt })).toEqual({ lapsed: 1 });
    const countOf = async (id: number) => (await noticesOf(id)).filter((n) => !n.dedupeKey.includes(':filed:')).length;
    // A proposal tells the person nothing: only the request's two notices so far.
    expect([await countOf(asked), await countOf(decided)]).toEqual([2, 0]);
    // A second reviewer confirms each: now the person hears of the approval, and of the denial.
    expect(await confirmDecision(review, { staffId: 'rev-b', anyAmount: false }, proposed.decisionId)).toMatchObject({ ok: true });
    const [lapseDenial] = await t.db
      .select({ id: claimDecisions.id })
      .from(claimDecisions)
      .where(and(eq(claimDecisions.claimId, asked), eq(claimDecisions.state, 'pending')));
    expect(
      await confirmDecision({ ...review, now: () => lapsedAt }, { staffId: 'rev-b', anyAmount: false }, lapseDenial!.id),
    ).toMatchObject({
      ok: true,
      outcome: 'denied',
    });
    const steps = async (id: number) => (await noticesOf(id)).map((n) => `${n.channel}:${n.dedupeKey.split(':')[2]}:${n.language}`);
    expect((await steps(asked)).filter((s) => !s.includes(':filed:')).sort()).toEqual([
      'email:denied:ko',
      'email:information_needed:ko',
      'letter:denied:ko',
      'letter:information_needed:ko',
    ]);
    expect((await steps(decided)).filter((s) => !s.includes(':filed:')).sort()).toEqual(['email:approved:ko', 'letter:approved:ko']);
    expect(problems).toEqual([]);
  });
});
