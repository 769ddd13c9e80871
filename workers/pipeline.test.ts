// Reliability of the notification pipeline, in process, against real PostgreSQL, Redis and the local
// Resend-compatible server. Scaled down to run in seconds; the SIGKILL and SIGTERM cases are in
// pipeline-process.test.ts because they need a worker process of their own.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { batchProgress, findBatch } from '../db/queries/batches';
import { affectedRecords, notices } from '../db/schema';
import { maxRequestsInAnyWindow } from '../testing/resend-server';
import { getSealer } from '../lib/keys';
import { approveDisposal, recordDisposal } from '../lib/notices/disposal-service';
import { createNoticeBatch, cancelNoticeBatch, pauseNoticeBatch, resumeNoticeBatch, startNoticeBatch } from '../lib/notices/service';
import { createPipelineHarness, expectExactlyOnce, type PipelineHarness } from '../testing/pipeline';
import { readRedisPrefix } from '../testing/redis';
import { openRecordPii } from '../lib/records/seal';
import { waitFor } from '../testing/wait';
import { handleExpandBatch } from './jobs/expand-batch.handler';
import { createPipelineContext, startWorkers, type WorkerRuntime } from './runtime';

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;

async function start(rate: number) {
  await runtime?.close();
  runtime = await startWorkers({
    db: h.t.db,
    concurrency: 4,
    prefix: h.prefix,
    log: () => {},
    emailRequestsPerSecond: rate,
    reconcileEveryMs: 500,
    reconcileStaleSeconds: 1,
    heartbeatMs: 500,
    providers: { email: h.emailProvider() },
  });
}

async function emailNoticeCount(type: 'initial_notice' | 'notice_copy', batchId?: number) {
  const [row] = await h.t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notices)
    .where(and(eq(notices.type, type), eq(notices.channel, 'email'), batchId ? eq(notices.batchId, batchId) : undefined));
  return Number(row!.n);
}

beforeAll(async () => {
  h = await createPipelineHarness(1500);
});
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
});
afterAll(async () => {
  await h.dispose();
});

describe('notification pipeline (PostgreSQL, Redis, local Resend server)', () => {
  it('sends a batch once to each person, marks them notified, and completes', async () => {
    h.server.reset();
    await start(0);
    const id = await h.runEmailBatch('first');
    await h.waitForBatch(id);
    const total = await emailNoticeCount('initial_notice', id);
    expect(total).toBeGreaterThan(800);
    await expectExactlyOnce(h, id);
    const progress = (await batchProgress(h.t.db, id))!;
    expect(progress.fraction).toBe(1);
    expect(progress.byStatus).toEqual({ sent: total });
    const [notNotified] = await h.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(affectedRecords)
      .where(and(isNull(affectedRecords.notifiedAt), sql`${affectedRecords.emailHash} is not null`));
    expect(Number(notNotified!.n)).toBe(0);
    // No job carried personal data: a stored email is only ever reachable through the database. The jobs
    // are still in Redis (completed jobs are kept); read every payload and every value under the prefix.
    const first = h.server.stats().acceptedEmails[0]!;
    expect(first.idempotencyKey).toMatch(/^notices-email-\d+-\d+-\d+\/[0-9a-f]{16}$/);
    const entries = await readRedisPrefix(h.prefix);
    const payloads = entries
      .filter((e) => e.type === 'hash')
      .flatMap((e) => {
        const i = e.values.findIndex((v, j) => j % 2 === 0 && v === 'data');
        return i >= 0 ? [JSON.parse(e.values[i + 1]!) as Record<string, unknown>] : [];
      });
    const sendPayloads = payloads.filter((p) => 'groupKey' in p);
    // One job per group of at most 100 notices.
    expect(sendPayloads.length).toBeGreaterThanOrEqual(Math.ceil(total / 100));
    for (const p of payloads) {
      // Ids and group keys (channel and notice ids) only: nothing a person could be told apart by.
      for (const [k, v] of Object.entries(p)) {
        expect(['groupKey', 'batchId'], `job payload field ${k}`).toContain(k);
        expect(typeof v === 'number' || /^notices-(email|letter)-\d+-\d+-\d+$/.test(String(v)), `job payload ${k} = ${String(v)}`).toBe(
          true,
        );
      }
    }
    const redisText = entries
      .flatMap((e) => [e.key, ...e.values])
      .join('\n')
      .toLowerCase();
    const records = await h.t.db.select({ pii: affectedRecords.pii, tinHash: affectedRecords.tinHash }).from(affectedRecords);
    const sealer = getSealer();
    const inRedis = records
      .map((r) => openRecordPii(sealer, r))
      .flatMap((pii) => [pii.email, pii.street, pii.lastName])
      .filter((v) => v && v.length >= 6 && redisText.includes(v.toLowerCase()));
    expect(inRedis.length, 'personal data found in Redis').toBe(0);
  });

  it('re-running or double-starting a batch sends nothing more', async () => {
    await start(0);
    const before = h.server.stats().acceptedTotal;
    const again = await h.runEmailBatch('second, same people');
    await h.waitForBatch(again);
    expect(await emailNoticeCount('initial_notice', again)).toBe(0);
    const firstBatch = (await findBatch(h.t.db, 1))!;
    expect((await startNoticeBatch(h.deps, firstBatch.id)).ok).toBe(false);
    expect(h.server.stats().acceptedTotal).toBe(before);
  });

  it('with 20% 500s and 10% 429s, sends everything once and never exceeds the rate in any second', async () => {
    h.server.reset();
    h.server.setOptions({ failureRate500: 0.2, failureRate429: 0.1, failAfterAccept: true, rateLimitPerSecond: 5 });
    await start(5);
    const id = await h.runEmailBatch('unreliable provider', 'notice_copy');
    await h.waitForBatch(id, 90_000);
    const stats = h.server.stats();
    expect(stats.injected500).toBeGreaterThan(0);
    expect(stats.injected429).toBeGreaterThan(0);
    await expectExactlyOnce(h, id);
    expect(maxRequestsInAnyWindow(stats.requestTimes.all, 1000)).toBeLessThanOrEqual(5);
    h.server.setOptions({ failureRate500: 0, failureRate429: 0, failAfterAccept: false, rateLimitPerSecond: null });
  });

  it('when Redis loses everything mid-batch, the reconciler completes it: none lost, none twice', async () => {
    h.server.reset();
    await start(4);
    const created = await createNoticeBatch(h.deps, {
      name: 'redis lost',
      type: 'notice_copy',
      selection: { hasEmail: true, channels: ['email'] },
    });
    if (!created.ok) throw new Error(created.error);
    await h.approveAndStart(created.data.id);
    await h.server.waitFor((s) => s.acceptedTotal >= 200, 30_000);
    expect(await h.flushRedis()).toBeGreaterThan(0);
    // Mid-batch for real: counted after the flush, some notices had still not been sent when it happened.
    const unsent = await h.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notices)
      .where(and(eq(notices.batchId, created.data.id), sql`${notices.status} <> 'sent'`));
    expect(Number(unsent[0]!.n)).toBeGreaterThan(0);
    await h.waitForBatch(created.data.id, 90_000);
    await expectExactlyOnce(h, created.data.id);
  });

  it('after a crash between the commit and the enqueue, the notices still go out', async () => {
    h.server.reset();
    const created = await createNoticeBatch(h.deps, {
      name: 'crash before enqueue',
      type: 'notice_copy',
      selection: { hasEmail: true, channels: ['email'] },
    });
    if (!created.ok) throw new Error(created.error);
    // Start without enqueueing, then expand with an enqueue that "crashes" after each commit.
    await h.approveAndStart(created.data.id, { ...h.deps, enqueueExpansion: async () => {} });
    const ctx = {
      ...createPipelineContext(h.t.db, h.prefix),
      enqueueGroups: async () => {
        throw new Error('process died before enqueue');
      },
    };
    await expect(handleExpandBatch(ctx, { data: { batchId: created.data.id }, updateProgress: async () => {} } as never)).rejects.toThrow(
      /died/,
    );
    expect(h.server.stats().acceptedTotal).toBe(0);
    await start(0);
    await h.waitForBatch(created.data.id);
    await expectExactlyOnce(h, created.data.id);
  });

  it('pauses, resumes and cancels', async () => {
    h.server.reset();
    await start(2);
    const created = await createNoticeBatch(h.deps, {
      name: 'paused',
      type: 'notice_copy',
      selection: { hasEmail: true, channels: ['email'] },
    });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    await h.approveAndStart(id);
    await h.server.waitFor((s) => s.acceptedTotal >= 100, 30_000);
    const paused = await pauseNoticeBatch(h.deps, id);
    expect(paused.ok).toBe(true);
    expect((await batchProgress(h.t.db, id))!.batch.status).toBe('paused');
    await waitFor(async () => ((await batchProgress(h.t.db, id))!.byStatus.sending ?? 0) === 0, 'in-flight sends to settle');
    const whilePaused = h.server.stats().acceptedTotal;
    expect(whilePaused).toBeLessThan(await emailNoticeCount('notice_copy', id));
    expect((await resumeNoticeBatch(h.deps, id)).ok).toBe(true);
    await h.waitForBatch(id, 60_000);
    await expectExactlyOnce(h, id);

    const other = await createNoticeBatch(h.deps, {
      name: 'cancelled',
      type: 'notice_copy',
      selection: { languages: ['es'], channels: ['letter'] },
    });
    if (!other.ok) throw new Error(other.error);
    await h.approve(other.data.id);
    const cancelled = await cancelNoticeBatch(h.deps, other.data.id);
    expect(cancelled.ok).toBe(true);
    expect((await startNoticeBatch(h.deps, other.data.id)).ok).toBe(false);
  });

  it('records a disposal certification, marks the records it covers and sends their confirmations', async () => {
    h.server.reset();
    await start(0);
    const refused = await recordDisposal(h.deps, { certifiedOn: '2026-03-02', reference: '', method: 'deletion', scope: 'all' });
    expect(refused).toEqual({ ok: false, error: 'Enter the certification reference' });
    const recorded = await recordDisposal(h.deps, {
      certifiedOn: '2026-03-02',
      reference: 'DHS-CERT-0001',
      method: 'deletion',
      methodNote: 'Deleted from ICE systems',
      scope: 'category',
      scopeValue: ['incomplete_address'],
    });
    if (!recorded.ok) throw new Error(recorded.error);
    // A draft marks nothing; a second staff member's approval marks the records and drafts the confirmations,
    // which wait, like any batch, for their own approval.
    const unmarkedIn = async () => {
      const [row] = await h.t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(affectedRecords)
        .where(and(eq(affectedRecords.category, 'incomplete_address'), isNull(affectedRecords.disposalConfirmedAt)));
      return Number(row!.n);
    };
    const [covered] = await h.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(affectedRecords)
      .where(eq(affectedRecords.category, 'incomplete_address'));
    expect(recorded.data.certification.recordsMarked).toBe(Number(covered!.n));
    expect(recorded.data.certification.recordsMarked).toBeGreaterThan(0);
    expect(await unmarkedIn()).toBe(Number(covered!.n));
    const approved = await approveDisposal({ ...h.deps, actor: 'second-approver' }, recorded.data.certification.id);
    if (!approved.ok) throw new Error(approved.error);
    const batch = approved.data.batch!;
    expect(batch.status).toBe('draft');
    expect((await startNoticeBatch(h.deps, batch.id)).ok).toBe(false);
    await h.approveAndStart(batch.id);
    expect(await unmarkedIn()).toBe(0);
    await h.waitForBatch(batch.id);
    const sent = await h.t.db
      .select({ type: notices.type, channel: notices.channel, status: notices.status })
      .from(notices)
      .where(eq(notices.batchId, batch.id));
    expect(sent.every((n) => n.type === 'disposal_confirmation' && n.status === 'sent')).toBe(true);
    // Everyone gets a letter; those with an address on record an email too.
    expect(sent.filter((n) => n.channel === 'letter')).toHaveLength(recorded.data.certification.recordsMarked);
    expect(h.server.stats().acceptedTotal).toBe(sent.filter((n) => n.channel === 'email').length);
    // A second certification covering the same people, once approved, marks nobody again.
    const again = await recordDisposal(h.deps, {
      certifiedOn: '2026-03-03',
      reference: 'DHS-CERT-0002',
      method: 'other',
      methodNote: 'x',
      scope: 'category',
      scopeValue: ['incomplete_address'],
    });
    if (!again.ok) throw new Error(again.error);
    const againApproved = await approveDisposal({ ...h.deps, actor: 'second-approver' }, again.data.certification.id);
    expect(againApproved.ok && againApproved.data.marked).toBe(0);
  });

  it('keeps letters in the sealed local outbox', async () => {
    await start(0);
    const created = await createNoticeBatch(h.deps, {
      name: 'letters',
      type: 'initial_notice',
      selection: { languages: ['vi'], channels: ['letter'] },
    });
    if (!created.ok) throw new Error(created.error);
    await h.approveAndStart(created.data.id);
    await h.waitForBatch(created.data.id);
    const rows = await h.t.db.execute(
      sql`select sealed, notice_id from dev_outbox where notice_id in (select id from notices where batch_id = ${created.data.id})`,
    );
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { sealed: Buffer; notice_id: number }[];
    expect(list.length).toBeGreaterThan(0);
    const opened = JSON.parse(getSealer().open(Buffer.from(list[0]!.sealed), Buffer.from(`dev-outbox:${list[0]!.notice_id}`)));
    expect(opened).toMatchObject({ channel: 'letter' });
    // In the reader's language (Vietnamese), and sealed: the title is nowhere in the stored bytes.
    expect(opened.text).toContain('Thông báo về Vi phạm Dữ liệu');
    expect(list[0]!.sealed.includes(Buffer.from('Thông báo về Vi phạm Dữ liệu'))).toBe(false);
  });
});
