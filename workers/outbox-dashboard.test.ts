// After a batch really runs (workers, Redis, PostgreSQL; letters into the sealed outbox): the outbox
// listing and an audited read of one message, and the dashboard's counts against the database.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { createAdminHarness, type AdminHarness } from '../testing/admin';
import { waitFor } from '../testing/wait';
import { batchProgress } from '../db/queries/batches';
import { startWorkers, type WorkerRuntime } from './runtime';
import { emptyBatchForm } from '../lib/admin/batch-form';
import { createBatchAsStaff, runBatchCommandAsStaff } from '../lib/admin/batches';
import { loadDashboard } from '../lib/admin/dashboard';
import { listOutboxAsStaff, outboxPageSize, readOutboxMessageAsStaff } from '../lib/admin/outbox';
import { notAllowedMessage } from '../lib/admin/staff-result';

let h: AdminHarness;
let runtime: WorkerRuntime;
let batchId: number;

beforeAll(async () => {
  h = await createAdminHarness(120, 21);
  runtime = await startWorkers({
    db: h.t.db,
    concurrency: 2,
    prefix: h.prefix,
    log: () => {},
    emailRequestsPerSecond: 0,
    heartbeatMs: 60_000,
  });
  const created = await createBatchAsStaff(h.ctx, h.staff.notice_operator, { ...emptyBatchForm, name: 'letters', channels: ['letter'] });
  if (!created.ok) throw new Error(created.error);
  batchId = created.data.id;
  for (const [who, command] of [
    [h.staff.administrator, 'approve'],
    [h.staff.notice_operator, 'start'],
  ] as const) {
    const r = await runBatchCommandAsStaff(h.ctx, who, command, batchId);
    if (!r.ok) throw new Error(r.error);
  }
  await waitFor(async () => (await batchProgress(h.t.db, batchId))?.batch.status === 'completed', 'the batch to complete');
});
afterAll(async () => {
  await runtime?.close();
  await h?.dispose();
});

describe('development outbox', () => {
  it('lists newest first in pages, with no personal data, for readers only', async () => {
    const first = await listOutboxAsStaff(h.ctx, h.staff.auditor);
    if (!first.ok) throw new Error(first.error);
    expect(first.data.entries).toHaveLength(outboxPageSize);
    expect(Object.keys(first.data.entries[0]!).sort()).toEqual([
      'batchId',
      'channel',
      'contentDeletedAt',
      'createdAt',
      'id',
      'language',
      'noticeId',
      'type',
    ]);
    const ids = first.data.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = await listOutboxAsStaff(h.ctx, h.staff.auditor, { beforeId: first.data.nextBeforeId! });
    expect(second.ok && second.data.entries[0]!.id).toBeLessThan(ids.at(-1)!);
    expect(await listOutboxAsStaff(h.ctx, h.staff.claims_reviewer)).toEqual({ ok: false, error: notAllowedMessage });
  });

  it('opens one message only for operators, and audits the read with the record it names', async () => {
    const listed = await listOutboxAsStaff(h.ctx, h.staff.notice_operator, { channel: 'letter' });
    if (!listed.ok) throw new Error(listed.error);
    const id = listed.data.entries[0]!.id;
    for (const role of ['auditor', 'claims_reviewer'] as const) {
      expect(await readOutboxMessageAsStaff(h.ctx, h.staff[role], id)).toEqual({ ok: false, error: notAllowedMessage });
    }
    const read = await readOutboxMessageAsStaff(h.ctx, h.staff.notice_operator, id);
    if (!read.ok) throw new Error(read.error);
    expect(read.data.message).toMatchObject({ channel: 'letter' });
    expect(read.data.message!.text).toContain('localhost:3000');
    expect(read.data.message!.to).toMatch(/\n.+, [A-Z]{2} [0-9]{5}/);
    const [notice] = await h.t.db
      .execute(sql`select n.record_id from dev_outbox o join notices n on n.id = o.notice_id where o.id = ${id}`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { record_id: number }[]);
    const entries = await h.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.message_viewed'), eq(auditLog.actor, 'staff-notice_operator')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ recordId: Number(notice!.record_id), outcome: 'ok', detail: { outboxId: id } });
    expect(await readOutboxMessageAsStaff(h.ctx, h.staff.notice_operator, 987_654)).toEqual({
      ok: false,
      error: 'There is no outbox message with that number. Go back to the outbox and choose one.',
    });
    // Past retention the entry is still listed and opens, with nothing personal left to show or audit.
    await h.t.db.execute(sql`update dev_outbox set sealed = null, content_deleted_at = now() where id = ${id}`);
    const purged = await readOutboxMessageAsStaff(h.ctx, h.staff.notice_operator, id);
    expect(purged).toMatchObject({ ok: true, data: { message: null, entry: { id, contentDeletedAt: expect.any(Date) } } });
    expect(
      await h.t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'outbox.message_viewed'), eq(auditLog.actor, 'staff-notice_operator'))),
    ).toHaveLength(1);
  });
});

describe('dashboard', () => {
  it('counts records by category, language and state, and the funnel overall and per batch', async () => {
    const d = await loadDashboard(h.t.db);
    expect(d.records.total).toBe(120);
    for (const tallies of [d.records.byCategory, d.records.byLanguage, d.records.byState])
      expect(tallies.reduce((s, t) => s + t.count, 0)).toBe(120);
    const es = await h.count(sql`select count(*)::int as n from affected_records where language = 'es'`);
    expect(d.records.byLanguage.find((t) => t.key === 'es')?.count).toBe(es);
    const batch = d.notices.batches.find((b) => b.id === batchId)!;
    expect(batch).toMatchObject({
      status: 'completed',
      funnel: { queued: 120, sent: 120, delivered: 0, bounced: 0, failed: 0, waiting: 0 },
    });
    expect(d.notices.overall.sent).toBe(await h.count(sql`select count(*)::int as n from notices where status = 'sent'`));
    expect(d.running).toBe(false);
    expect(d.disposal).toEqual({ totalRecords: 120, covered: 0, certifications: [] });
    expect(d.returnedMail).toEqual({ returnedLetters: 0, undeliverableRecords: 0, undeliverableWithEmail: 0 });
  });
});
