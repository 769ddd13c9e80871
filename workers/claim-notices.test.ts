// Claim notices end to end: filed and told through the real workers, the real `resend` SDK and the local
// Resend-compatible server (email) and the sealed outbox (letters, the print house's hand-off): each step
// reaches the person once, in the claim's language, with the claim number and without the PIN, even when
// the step is told twice; and the reminder job's run sends its reminders once.
import { Readable } from 'node:stream';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOutboxMessages } from '../db/queries/notices';
import { findRecordByTinHash } from '../db/queries/records';
import { claims, notices } from '../db/schema';
import { arClaims } from '../emails/i18n/claims/ar';
import { bnClaims } from '../emails/i18n/claims/bn';
import { fileClaim, formatClaimNumber } from '../lib/claims/filing';
import { queueClaimNotice } from '../lib/claims/notify';
import { getHasher, getSealer } from '../lib/keys';
import { openOutboxMessage } from '../lib/notices/providers';
import { importRecordsCsv } from '../lib/records/import';
import { parseClaimForm } from '../lib/validation/claims';
import { createPipelineHarness, type PipelineHarness } from '../testing/pipeline';
import { goodRow, toCsv } from '../testing/records';
import { testPipelineDeps } from '../testing/queues';
import { waitFor } from '../testing/wait';
import { handleRemindClaimDeadlines } from './jobs/remind-claim-deadlines.handler';
import { startWorkers, type WorkerRuntime } from './runtime';

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;
const recordIds: Record<string, number> = {};

const claimForm = (language: string) => {
  const parsed = parseClaimForm({
    language,
    street: '1200 Synthetic Ave Apt 3',
    city: 'Los Angeles',
    state: 'CA',
    zip: '90011',
    signed_name: 'Synthetic Person',
    declaration: 'yes',
  });
  if (!parsed.ok) throw new Error('bad form');
  return parsed.value;
};

beforeAll(async () => {
  h = await createPipelineHarness(0);
  const rows = [
    goodRow({ tin: '900-72-0001', email: 'claim.arabic@example.com', language: 'es' }),
    goodRow({ tin: '900-72-0002', email: 'claim.bengali@example.com', language: 'en' }),
  ];
  await importRecordsCsv({
    db: h.t.db,
    hasher: getHasher(),
    sealer: getSealer(),
    source: 'c.csv',
    actor: 'tester',
    input: Readable.from([toCsv(rows)]),
  });
  for (const tin of ['900720001', '900720002']) recordIds[tin] = (await findRecordByTinHash(h.t.db, getHasher().tin(tin)))!.id;
  h.server.reset();
  runtime = await startWorkers({
    db: h.t.db,
    concurrency: 2,
    prefix: h.prefix,
    log: () => {},
    emailRequestsPerSecond: 0,
    reconcileEveryMs: 60_000,
    heartbeatMs: 500,
    providers: { email: h.emailProvider() },
    senderThread: false,
  });
});
afterAll(async () => {
  await runtime?.close();
  await h?.dispose();
});

const claimNotices = (claimId: number) =>
  h.t.db
    .select()
    .from(notices)
    .where(like(notices.dedupeKey, `claim:${claimId}:%`));
const allSettled = async (claimId: number, count: number) => {
  const rows = await claimNotices(claimId);
  return rows.length === count && rows.every((n) => n.status === 'sent');
};

describe('claim notices through the workers', () => {
  it('sends the filed notice and a decision once each by email and by letter, however often they are told', async () => {
    const pipeline = testPipelineDeps(h.t.db, h.prefix);
    const filingDeps = { db: h.t.db, hasher: getHasher(), sealer: getSealer(), enqueueGroups: pipeline.enqueueGroups };
    const filed = await fileClaim(filingDeps, recordIds['900720001']!, claimForm('ar'));
    if (filed.outcome !== 'filed') throw new Error('not filed');
    const [claim] = await h.t.db.select().from(claims).where(eq(claims.id, filed.claimId));
    const number = formatClaimNumber(claim!.claimNumber);

    const deps = { db: h.t.db, auditKey: getHasher().auditKey, enqueueGroups: pipeline.enqueueGroups };
    const denial = { decisionId: 9101, reasonCode: 'identity_not_confirmed', appealBy: '2027-02-14' } as const;
    // Told twice, and twice more at once: a retried action, a double click.
    await queueClaimNotice(deps, filed.claimId, 'denied', denial);
    await Promise.all([queueClaimNotice(deps, filed.claimId, 'denied', denial), queueClaimNotice(deps, filed.claimId, 'denied', denial)]);
    await queueClaimNotice(deps, filed.claimId, 'filed', {});

    await waitFor(() => allSettled(filed.claimId, 4), 'the claim notices to be sent', 30_000, 100);
    const accepted = h.server.stats().acceptedEmails;
    expect(accepted).toHaveLength(2);
    const bodies = accepted.map((a) => h.server.getEmail(a.id)!);
    for (const email of bodies) {
      expect(email.to).toEqual(['claim.arabic@example.com']);
      expect(email.html).toContain('lang="ar"');
      expect(email.text).toContain(number);
      expect(email.text).not.toContain(filed.pin);
    }
    const texts = bodies.map((b) => b.text ?? '');
    expect(texts.filter((t) => t.includes(arClaims.steps.filed.label))).toHaveLength(1);
    expect(
      texts.filter((t) => t.includes(arClaims.steps.denied.label) && t.includes(arClaims.denialReasons.identity_not_confirmed)),
    ).toHaveLength(1);

    // The letters: in the outbox (the print house's hand-off), to the record's postal address, once each.
    const letters = (await findOutboxMessages(h.t.db, { recordId: recordIds['900720001']!, type: 'claim_status' })).filter(
      (m) => m.channel === 'letter',
    );
    expect(letters).toHaveLength(2);
    for (const l of letters) {
      const message = openOutboxMessage(getSealer(), l);
      expect(message.to).toContain('1200 Synthetic Ave Apt 3');
      expect(message.html).toContain('lang="ar"');
      expect(message.html).toContain(number);
      expect(message.html).not.toContain(filed.pin);
    }
  });

  it('sends a due reminder once, the second run of the job adding nothing', async () => {
    const pipeline = testPipelineDeps(h.t.db, h.prefix);
    const filed = await fileClaim({ db: h.t.db, hasher: getHasher(), sealer: getSealer() }, recordIds['900720002']!, claimForm('bn'));
    await h.t.db.update(claims).set({ status: 'more_information_needed', cureBy: '2027-01-15' }).where(eq(claims.id, filed.claimId));
    const now = new Date('2027-01-14T12:00:00Z');
    const before = h.server.stats().acceptedEmails.length;
    expect(await handleRemindClaimDeadlines(h.t.db, pipeline.enqueueGroups, () => {}, now)).toMatchObject({ queued: 1 });
    expect(await handleRemindClaimDeadlines(h.t.db, pipeline.enqueueGroups, () => {}, now)).toMatchObject({ queued: 0, alreadyQueued: 0 });
    await waitFor(() => allSettled(filed.claimId, 1), 'the reminder to be sent', 30_000, 100);
    const accepted = h.server.stats().acceptedEmails.slice(before);
    expect(accepted).toHaveLength(1);
    const email = h.server.getEmail(accepted[0]!.id)!;
    expect(email.to).toEqual(['claim.bengali@example.com']);
    expect(email.html).toContain('lang="bn"');
    expect(email.text).toContain(bnClaims.steps.cure_reminder.label);
  });
});
