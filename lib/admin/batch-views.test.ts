// The batch pages' data: rows with progress, a batch's languages, and the preview rendered in each of them.
import { count } from 'drizzle-orm';
import { affectedRecords } from '../../db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPlaceholderToken } from '../../emails/placeholders';
import { createAdminHarness, type AdminHarness } from '../../testing/admin';
import { emptyBatchForm } from './batch-form';
import type { BatchProgress } from '../../db/queries/batches';
import type { NoticeBatch } from '../../db/schema';
import { deliveryReportWindowMs, listBatchRows, loadBatchDetail, previewBatchNotice, watchBatch } from './batch-views';
import { createBatchAsStaff } from './batches';
import { approveDisposalAsStaff, emptyDisposalForm, recordDisposalAsStaff } from './disposal';

let h: AdminHarness;
const options = { portalUrl: 'https://check.example.org', demo: true };

beforeAll(async () => {
  h = await createAdminHarness(150, 13);
});
afterAll(async () => {
  await h.dispose();
});

describe('batch views', () => {
  it('lists batches newest first with their progress, and a batch’s languages with counts', async () => {
    const a = await createBatchAsStaff(h.ctx, h.staff.notice_operator, { ...emptyBatchForm, name: 'all' });
    const b = await createBatchAsStaff(h.ctx, h.staff.notice_operator, { ...emptyBatchForm, name: 'spanish', languages: ['es'] });
    if (!a.ok || !b.ok) throw new Error('create failed');
    const rows = await listBatchRows(h.t.db);
    expect(rows.map((r) => r.batch.name)).toEqual(['spanish', 'all']);
    // Counted in notices from the start, as the expansion will make them: a letter for each of the 150
    // records and an email for each that has an address (not the 150 records, then more notices).
    const [withEmail] = await h.t.db.select({ n: count(affectedRecords.emailHash) }).from(affectedRecords);
    expect(rows[1]).toMatchObject({ total: 150 + Number(withEmail!.n), done: 0, fraction: 0, funnel: { queued: 0 } });
    expect(Number(withEmail!.n)).toBeGreaterThan(0);
    const detail = (await loadBatchDetail(h.t.db, a.data.id))!;
    expect(detail.languages.reduce((s, l) => s + l.count, 0)).toBe(150);
    expect((await loadBatchDetail(h.t.db, b.data.id))!.languages).toEqual([{ key: 'es', count: b.data.totalAtCreation }]);
    expect(await loadBatchDetail(h.t.db, 999_999)).toBeUndefined();
  });

  it('renders the notice in each language with sample values and no leftover placeholder', async () => {
    const created = await createBatchAsStaff(h.ctx, h.staff.notice_operator, { ...emptyBatchForm, name: 'preview' });
    if (!created.ok) throw new Error(created.error);
    for (const language of ['en', 'es', 'ar', 'km']) {
      const p = (await previewBatchNotice(h.t.db, created.data, language, options))!;
      expect(p.language).toBe(language);
      expect(p.html).toContain('Alex (sample)');
      expect(p.text).toContain('check.example.org');
      for (const part of [p.subject, p.html, p.text]) expect(hasPlaceholderToken(part)).toBe(false);
    }
    expect(await previewBatchNotice(h.t.db, created.data, 'xx', options)).toBeUndefined();
  });

  it('shows a disposal confirmation with its certification’s own reference', async () => {
    const recorded = await recordDisposalAsStaff(h.ctx, h.staff.notice_operator, {
      ...emptyDisposalForm,
      month: '3',
      day: '2',
      year: '2026',
      reference: 'DHS-CERT-PREVIEW',
      method: 'deletion',
      scope: 'all',
    });
    if (!recorded.ok) throw new Error(recorded.error);
    const approved = await approveDisposalAsStaff(h.ctx, h.staff.administrator, recorded.data.certification.id);
    if (!approved.ok) throw new Error(approved.error);
    const p = (await previewBatchNotice(h.t.db, approved.data.batch!, 'en', options))!;
    expect(p.text).toContain('DHS-CERT-PREVIEW');
  });
});

describe('watchBatch', () => {
  const finishedAt = new Date('2026-11-23T12:00:00Z');
  const row = (status: NoticeBatch['status'], byStatus: Record<string, number>): BatchProgress => ({
    batch: { status, finishedAt: status === 'completed' ? finishedAt : null } as NoticeBatch,
    byStatus,
    total: 10,
    done: 10,
    fraction: 1,
  });
  const soon = finishedAt.getTime() + 60_000;

  it('watches a running batch whatever the provider', () => {
    expect(watchBatch(row('running', { queued: 3 }), false, soon)).toBe(true);
  });

  it('keeps watching a finished batch for delivery reports only where the provider sends them', () => {
    expect(watchBatch(row('completed', { sent: 2, delivered: 8 }), true, soon)).toBe(true);
    expect(watchBatch(row('completed', { sent: 2, delivered: 8 }), false, soon)).toBe(false);
  });

  it('stops once every accepted notice has a report, or the window has passed, or the batch did not complete', () => {
    expect(watchBatch(row('completed', { delivered: 9, bounced: 1 }), true, soon)).toBe(false);
    expect(watchBatch(row('completed', { sent: 2 }), true, finishedAt.getTime() + deliveryReportWindowMs)).toBe(false);
    expect(watchBatch(row('cancelled', { sent: 2 }), true, soon)).toBe(false);
    expect(watchBatch(row('paused', { sent: 2 }), true, soon)).toBe(false);
  });
});
