// The send handler one group at a time, called directly (no queue), against real PostgreSQL, Redis and the
// local Resend-compatible server: what each kind of provider answer does to the group's notices, its batch
// and its frozen request. The pipeline tests hold the same promises end to end but take a minute; these take
// seconds, so mutation testing (npm run mutation -- send) can run them for every change it makes.
import { createHash, randomBytes } from 'node:crypto';
import { asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addNoticesAndGroup, findOutboxMessages } from '../../db/queries/notices';
import { insertAccessCode } from '../../db/queries/self-check';
import { affectedRecords, emailSuppressions, noticeBatches, notices, sendGroupContents } from '../../db/schema';
import { getSealer } from '../../lib/keys';
import { createResendProvider, openOutboxMessage } from '../../lib/notices/providers';
import { openRecordPii } from '../../lib/records/seal';
import { newAccessCode } from '../../lib/self-check/access-code';
import { env } from '../../lib/env';
import { createPipelineHarness, TEST_API_KEY, type PipelineHarness } from '../../testing/pipeline';
import type { PipelineContext } from '../pipeline-context';
import { createRedis } from '../connection';
import { createRequestTransport } from '../request-transport';
import { createPipelineContext } from '../runtime';
import { failSendGroup, handleSendNotices } from './send-notices.handler';

let h: PipelineHarness;
let ctx: PipelineContext;
let withEmail: { id: number; language: string }[];
let withoutEmail: { id: number; language: string }[];
/** What the handler asked the worker's rate limiter for. */
let pauses: number[];
const worker = {
  rateLimit: async (ms: number) => {
    pauses.push(ms);
  },
};
const job = (groupKey: string) => ({ data: { groupKey } }) as never;
let seq = 0;
let nextRecord = 0;

/** Records not used by an earlier test, so no test sees another's suppression or renaming. */
function freshRecords(n: number) {
  const picked = withEmail.slice(nextRecord, nextRecord + n);
  nextRecord += n;
  if (picked.length < n) throw new Error('the harness has too few records with an email address');
  return picked;
}

/** A group of email notices for these records, in a batch with the given status (or in none). */
async function makeGroup(
  records: { id: number; language: string }[],
  batch: 'running' | 'paused' | 'cancelled' | null = 'running',
  channel: 'email' | 'letter' = 'email',
): Promise<{ groupKey: string; ids: number[]; batchId: number | null }> {
  seq++;
  let batchId: number | null = null;
  if (batch) {
    const [row] = await h.t.db
      .insert(noticeBatches)
      .values({
        name: `handler ${seq}`,
        type: 'initial_notice',
        selection: { hasEmail: true, channels: ['email'] },
        status: batch,
        totalAtCreation: records.length,
        createdBy: 'tester',
        expansionDone: new Date(),
      })
      .returning({ id: noticeBatches.id });
    batchId = row!.id;
  }
  const keys = await addNoticesAndGroup(
    h.t.db,
    records.map((r) => ({
      recordId: r.id,
      batchId,
      type: 'initial_notice' as const,
      channel,
      dedupeKey: `handler-test-${seq}`,
      language: r.language,
    })),
  );
  expect(keys).toHaveLength(1);
  const rows = await h.t.db.select({ id: notices.id }).from(notices).where(eq(notices.groupKey, keys[0]!)).orderBy(asc(notices.id));
  return { groupKey: keys[0]!, ids: rows.map((r) => r.id), batchId };
}

async function noticeRows(ids: number[]) {
  return h.t.db
    .select({
      id: notices.id,
      recordId: notices.recordId,
      status: notices.status,
      attempts: notices.attempts,
      lastError: notices.lastError,
      messageId: notices.providerMessageId,
    })
    .from(notices)
    .where(inArray(notices.id, ids))
    .orderBy(asc(notices.id));
}

async function batchStatus(id: number | null) {
  const [row] = await h.t.db.select({ status: noticeBatches.status }).from(noticeBatches).where(eq(noticeBatches.id, id!));
  return row?.status;
}

async function frozen(groupKey: string) {
  return (await h.t.db.select({ k: sendGroupContents.groupKey }).from(sendGroupContents).where(eq(sendGroupContents.groupKey, groupKey)))
    .length;
}

/** Written here, not taken from the handler: the group key and a digest of the exact notice ids. */
function expectedKey(groupKey: string, ids: number[]) {
  return `${groupKey}/${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16)}`;
}

async function setPii(recordId: number, change: (pii: Record<string, string>) => Record<string, string>) {
  const sealer = getSealer();
  const [r] = await h.t.db
    .select({ pii: affectedRecords.pii, tinHash: affectedRecords.tinHash })
    .from(affectedRecords)
    .where(eq(affectedRecords.id, recordId));
  const pii = openRecordPii(sealer, r!) as unknown as Record<string, string>;
  await h.t.db
    .update(affectedRecords)
    .set({ pii: sealer.seal(JSON.stringify(change(pii)), r!.tinHash) })
    .where(eq(affectedRecords.id, recordId));
  return pii;
}

beforeAll(async () => {
  h = await createPipelineHarness(60);
  const cols = { id: affectedRecords.id, language: affectedRecords.language };
  withEmail = await h.t.db.select(cols).from(affectedRecords).where(isNotNull(affectedRecords.emailHash)).orderBy(asc(affectedRecords.id));
  withoutEmail = await h.t.db.select(cols).from(affectedRecords).where(isNull(affectedRecords.emailHash)).orderBy(asc(affectedRecords.id));
});
beforeEach(() => {
  h.server.reset();
  h.server.setOptions({ failureRate500: 0, failureRate429: 0, failAfterAccept: false, rateLimitPerSecond: null });
  pauses = [];
  ctx = {
    ...createPipelineContext(h.t.db, h.prefix),
    providers: { ...createPipelineContext(h.t.db, h.prefix).providers, email: h.emailProvider() },
  };
});
afterAll(async () => {
  await h?.dispose();
});

describe('handleSendNotices', () => {
  it('sends a group in one request under its key, marks each notice sent with its id, and completes the batch', async () => {
    const records = freshRecords(3);
    const g = await makeGroup(records);
    const result = await handleSendNotices(ctx, job(g.groupKey), worker);
    expect(result).toEqual({ sent: 3, failed: 0, skipped: 0, attention: 0 });
    const stats = h.server.stats();
    expect(stats.requests).toBe(1);
    expect(Object.keys(stats.requestsByKey)).toEqual([expectedKey(g.groupKey, g.ids)]);
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    expect(rows.map((r) => r.attempts)).toEqual([1, 1, 1]);
    // Each notice carries the id of the email that went to its own record's address.
    const sealer = getSealer();
    for (const r of rows) {
      const email = h.server.getEmail(r.messageId!)!;
      const [rec] = await h.t.db
        .select({ pii: affectedRecords.pii, tinHash: affectedRecords.tinHash })
        .from(affectedRecords)
        .where(eq(affectedRecords.id, r.recordId!));
      expect(email.to).toEqual([openRecordPii(sealer, rec!).email]);
    }
    expect(await frozen(g.groupKey)).toBe(0);
    expect(await batchStatus(g.batchId)).toBe('completed');
    expect(pauses).toEqual([]);
  });

  it('refuses a bad payload as unrecoverable, and does nothing for a group with nothing left to send', async () => {
    await expect(handleSendNotices(ctx, { data: { groupKey: 42 } } as never, worker)).rejects.toMatchObject({ name: 'UnrecoverableError' });
    const g = await makeGroup(freshRecords(1));
    await handleSendNotices(ctx, job(g.groupKey), worker);
    h.server.reset();
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 0, failed: 0, skipped: 0, attention: 0 });
    expect(h.server.stats().requests).toBe(0);
  });

  it("puts a paused batch's notices back to pending and cancels a cancelled batch's, sending nothing", async () => {
    const paused = await makeGroup(freshRecords(2), 'paused');
    expect(await handleSendNotices(ctx, job(paused.groupKey), worker)).toEqual({ sent: 0, failed: 0, skipped: 2, attention: 0 });
    expect((await noticeRows(paused.ids)).map((r) => r.status)).toEqual(['pending', 'pending']);
    const cancelled = await makeGroup(freshRecords(2), 'cancelled');
    expect(await handleSendNotices(ctx, job(cancelled.groupKey), worker)).toEqual({ sent: 0, failed: 0, skipped: 2, attention: 0 });
    expect((await noticeRows(cancelled.ids)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(h.server.stats().requests).toBe(0);
    // Without a batch (a self-check's mailed code), the group is sent.
    const alone = await makeGroup(freshRecords(1), null);
    expect(await handleSendNotices(ctx, job(alone.groupKey), worker)).toMatchObject({ sent: 1, skipped: 0 });
  });

  it('fails a suppressed address and a record without an email, and sends the rest', async () => {
    const records = freshRecords(2);
    const [suppressedRecord] = await h.t.db
      .select({ emailHash: affectedRecords.emailHash })
      .from(affectedRecords)
      .where(eq(affectedRecords.id, records[0]!.id));
    await h.t.db.insert(emailSuppressions).values({ emailHash: suppressedRecord!.emailHash!, reason: 'bounced' });
    const g = await makeGroup([...records, withoutEmail[0]!]);
    const result = await handleSendNotices(ctx, job(g.groupKey), worker);
    expect(result).toEqual({ sent: 1, failed: 2, skipped: 0, attention: 0 });
    const byRecord = new Map((await noticeRows(g.ids)).map((r) => [r.recordId, r]));
    expect(byRecord.get(records[0]!.id)).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^suppressed: /) });
    expect(byRecord.get(withoutEmail[0]!.id)).toMatchObject({ status: 'failed', lastError: 'no_email_on_record' });
    expect(byRecord.get(records[1]!.id)).toMatchObject({ status: 'sent', attempts: 1 });
    // Only the sendable notice went, under a key over the ids actually sent.
    const sentId = byRecord.get(records[1]!.id)!.id;
    expect(Object.keys(h.server.stats().requestsByKey)).toEqual([expectedKey(g.groupKey, [sentId])]);
    expect(h.server.stats().acceptedTotal).toBe(1);
  });

  it('sends a letter by post to a person whose email address is suppressed, through the letter provider', async () => {
    const [record] = freshRecords(1);
    const [row] = await h.t.db
      .select({ emailHash: affectedRecords.emailHash })
      .from(affectedRecords)
      .where(eq(affectedRecords.id, record!.id));
    await h.t.db.insert(emailSuppressions).values({ emailHash: row!.emailHash!, reason: 'bounced' });
    const g = await makeGroup([record!], 'running', 'letter');
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 1, failed: 0, skipped: 0, attention: 0 });
    expect((await noticeRows(g.ids)).map((r) => r.status)).toEqual(['sent']);
    // Into the letter outbox (the print house's hand-off), not to the email provider.
    expect(h.server.stats().requests).toBe(0);
    const [kept] = await findOutboxMessages(h.t.db, { recordId: record!.id, type: 'initial_notice' });
    expect(kept?.channel).toBe('letter');
    expect(openOutboxMessage(getSealer(), kept!).channel).toBe('letter');
  });

  it("fails a check_result whose access code is missing or another person's, and sends the one with its own", async () => {
    const [own, other, none] = freshRecords(3) as [
      { id: number; language: string },
      { id: number; language: string },
      { id: number; language: string },
    ];
    const code = newAccessCode({ accessCodeKey: randomBytes(32) }, getSealer());
    const codeId = await insertAccessCode(h.t.db, {
      recordId: own.id,
      codeHash: code.codeHash,
      sealed: code.sealed,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    seq++;
    const [groupKey] = await addNoticesAndGroup(
      h.t.db,
      [
        { r: own, accessCodeId: codeId },
        { r: other, accessCodeId: codeId },
        { r: none, accessCodeId: 2_000_000_000 },
      ].map(({ r, accessCodeId }) => ({
        recordId: r.id,
        batchId: null,
        type: 'check_result' as const,
        channel: 'email' as const,
        dedupeKey: `handler-test-${seq}`,
        language: r.language,
        params: { accessCodeId },
      })),
    );
    expect(await handleSendNotices(ctx, job(groupKey!), worker)).toEqual({ sent: 1, failed: 2, skipped: 0, attention: 0 });
    const rows = await h.t.db
      .select({ recordId: notices.recordId, status: notices.status, lastError: notices.lastError, messageId: notices.providerMessageId })
      .from(notices)
      .where(eq(notices.groupKey, groupKey!));
    const byRecord = new Map(rows.map((r) => [r.recordId, r]));
    expect(byRecord.get(other.id)).toMatchObject({ status: 'failed', lastError: 'access_code_missing' });
    expect(byRecord.get(none.id)).toMatchObject({ status: 'failed', lastError: 'access_code_missing' });
    expect(byRecord.get(own.id)?.status).toBe('sent');
    const email = h.server.getEmail(byRecord.get(own.id)!.messageId!)!;
    expect(`${email.html}${email.text}`.replace(/-/g, '')).toContain(code.code);
  });

  it('fails the one address the provider refuses and sends the others', async () => {
    const records = freshRecords(3);
    await setPii(records[1]!.id, (pii) => ({ ...pii, email: 'not-an-address' }));
    const g = await makeGroup(records);
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 2, failed: 1, skipped: 0, attention: 0 });
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'failed', 'sent']);
    expect(rows[1]!.lastError).toMatch(/^validation_error: /);
    expect(await batchStatus(g.batchId)).toBe('completed');
  });

  it('on a 429, holds the queue for the time the provider asks and requeues the group without failing it', async () => {
    h.server.setOptions({ failureRate429: 1 });
    const g = await makeGroup(freshRecords(2));
    await expect(handleSendNotices(ctx, job(g.groupKey), worker)).rejects.toMatchObject({ name: 'RateLimitError' });
    expect(pauses).toEqual([1000]);
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['queued', 1],
      ['queued', 1],
    ]);
    expect(rows[0]!.lastError).toMatch(/^rate_limit_exceeded: /);
    expect(await batchStatus(g.batchId)).toBe('running');
  });

  it('on a 500, requeues and throws for a retry, which sends the first attempt’s message even after the record changed', async () => {
    h.server.setOptions({ failureRate500: 1 });
    const records = freshRecords(2);
    const g = await makeGroup(records);
    await expect(handleSendNotices(ctx, job(g.groupKey), worker)).rejects.toThrow(/^internal_server_error: /);
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['queued', 1],
      ['queued', 1],
    ]);
    expect(rows[0]!.lastError).toMatch(/^internal_server_error: /);
    // The request is kept, sealed, for the retry.
    expect(await frozen(g.groupKey)).toBe(1);
    const before = await setPii(records[0]!.id, (pii) => ({ ...pii, firstName: 'Renamedbetweenattempts' }));
    h.server.setOptions({ failureRate500: 0 });
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 2, failed: 0, skipped: 0, attention: 0 });
    const after = await noticeRows(g.ids);
    expect(after.map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
    const email = h.server.getEmail(after[0]!.messageId!)!;
    expect(`${email.html}${email.text}`).toContain(before.firstName);
    expect(`${email.html}${email.text}`).not.toContain('Renamedbetweenattempts');
    // Both attempts under one key: the same request.
    expect(Object.keys(h.server.stats().requestsByKey)).toEqual([expectedKey(g.groupKey, g.ids)]);
    expect(await frozen(g.groupKey)).toBe(0);
  });

  it('refuses to send a frozen request moved to another group: it opens only under the group it was sealed for', async () => {
    h.server.setOptions({ failureRate500: 1 });
    const a = await makeGroup(freshRecords(1));
    await expect(handleSendNotices(ctx, job(a.groupKey), worker)).rejects.toThrow(/^internal_server_error: /);
    h.server.setOptions({ failureRate500: 0 });
    const [sealed] = await h.t.db
      .select({ sealed: sendGroupContents.sealed })
      .from(sendGroupContents)
      .where(eq(sendGroupContents.groupKey, a.groupKey));
    const b = await makeGroup(freshRecords(1));
    await h.t.db.insert(sendGroupContents).values({ groupKey: b.groupKey, sealed: sealed!.sealed });
    h.server.reset();
    await expect(handleSendNotices(ctx, job(b.groupKey), worker)).rejects.toMatchObject({ name: 'DecryptionError' });
    expect(h.server.stats().requests).toBe(0);
  });

  it('fails the group when the provider refuses the request itself (a bad API key)', async () => {
    ctx.providers.email = createResendProvider({
      apiKey: `${TEST_API_KEY}-wrong`,
      from: 'Disclosure Check <n@example.org>',
      timeoutMs: 5000,
    });
    h.server.setOptions({ apiKey: TEST_API_KEY });
    const g = await makeGroup(freshRecords(2));
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 0, failed: 2, skipped: 0, attention: 0 });
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(rows[0]!.lastError).toMatch(/^invalid_api_key: /);
    expect(await frozen(g.groupKey)).toBe(0);
    expect(await batchStatus(g.batchId)).toBe('completed');
  });

  it('marks a 409 idempotency conflict as needing attention, neither failed nor retried', async () => {
    const g = await makeGroup(freshRecords(2));
    // Another body got there first under the key this group will use.
    const earlier = await h
      .emailProvider()
      .send([{ noticeId: 0, to: 'earlier@example.org', subject: 'earlier', html: '<p>e</p>', text: 'e' }], expectedKey(g.groupKey, g.ids));
    expect(earlier.kind).toBe('accepted');
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toEqual({ sent: 0, failed: 0, skipped: 0, attention: 2 });
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['needs_attention', 1],
      ['needs_attention', 1],
    ]);
    expect(rows[0]!.lastError).toMatch(/^invalid_idempotent_request: /);
  });

  it("pauses the queue when an accepted request spent the provider's window", async () => {
    h.server.setOptions({ rateLimitPerSecond: 1 });
    const g = await makeGroup(freshRecords(1));
    expect(await handleSendNotices(ctx, job(g.groupKey), worker)).toMatchObject({ sent: 1 });
    expect(pauses).toEqual([1000]);
  });
});

describe('handleSendNotices through the worker transport', () => {
  it("sends the group's request through the worker's transport, paced by the channel's rate", async () => {
    const redis = createRedis();
    const transport = createRequestTransport(redis, env().REDIS_URL, { thread: false });
    try {
      const withTransport: PipelineContext = {
        ...ctx,
        transport,
        pace: { email: { key: `${h.prefix}:pace-handler`, limit: 1, windowMs: 1000 } },
      };
      const g = await makeGroup(freshRecords(1));
      expect(await handleSendNotices(withTransport, job(g.groupKey), worker)).toMatchObject({ sent: 1 });
      expect(transport.stats().requests).toBe(1);
      // The pace was given: the slot was claimed in Redis under the channel's key.
      expect(await redis.keys(`${h.prefix}:pace-handler*`)).not.toEqual([]);
    } finally {
      await transport.close();
      const keys = await redis.keys(`${h.prefix}:pace-handler*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});

describe('failSendGroup', () => {
  it('fails what is left of a group after the last retry, with the reason cut to 500 characters, and completes the batch', async () => {
    const g = await makeGroup(freshRecords(2));
    await failSendGroup(ctx, g.groupKey, `application_error: ${'x'.repeat(600)}`);
    const rows = await noticeRows(g.ids);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(rows[0]!.lastError).toHaveLength(500);
    expect(rows[0]!.lastError).toMatch(/^application_error: x+$/);
    expect(await batchStatus(g.batchId)).toBe('completed');
  });
});
