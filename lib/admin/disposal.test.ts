// Recording disposal certifications from the admin area: the form's messages, the count before
// recording, each role's authorization, and what a certification covers. Real PostgreSQL and Redis.
import { sql } from 'drizzle-orm';
import { listDisposalCertifications } from '../../db/queries/disposal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../staff/principal';
import { createAdminHarness, type AdminHarness } from '../testing/admin';
import { countDisposalScopeAsStaff, emptyDisposalForm, loadCertificationView, parseDisposalForm, recordDisposalAsStaff, type DisposalFormValues } from './disposal';
import { notAllowedMessage } from './staff-result';

let h: AdminHarness;
const form = (over: Partial<DisposalFormValues> = {}): DisposalFormValues => ({
  ...emptyDisposalForm, month: '3', day: '2', year: '2026', reference: 'DHS-CERT-0001', method: 'Deleted from ICE systems', ...over,
});

beforeAll(async () => {
  h = await createAdminHarness(200, 9);
});
afterAll(async () => {
  await h.dispose();
});

describe('the disposal form', () => {
  it('builds the certification from month, day and year and the scope’s own field', () => {
    expect(parseDisposalForm(form({ scope: 'category', categories: ['incomplete_address'] }), '2026-04-01')).toEqual({
      ok: true,
      data: { certifiedOn: '2026-03-02', reference: 'DHS-CERT-0001', method: 'Deleted from ICE systems', scope: 'category', scopeValue: ['incomplete_address'] },
    });
    expect(parseDisposalForm(form({ scope: 'batch', batchIds: '3, 7 3' }), '2026-04-01')).toMatchObject({ ok: true, data: { scopeValue: ['3', '7', '3'] } });
  });

  it('says what to fix at each field, never echoing a notice code', () => {
    const r = parseDisposalForm(form({ month: '13', reference: '', scope: 'notice_codes', noticeCodes: '\n7K3M-9QXT-2H4Z\nnot-a-code' }), '2026-04-01');
    expect(r).toEqual({
      ok: false,
      error: 'There are problems with 3 answers.',
      fieldErrors: {
        month: 'Enter a real date: the month 1 to 12, the day within that month',
        reference: 'Enter the certification reference',
        noticeCodes: 'Line 3 is not a notice code: 12 letters and digits, hyphens allowed',
      },
    });
    expect(parseDisposalForm(form({ year: '2027' }), '2026-04-01')).toMatchObject({ fieldErrors: { month: 'The certification date cannot be in the future' } });
    expect(parseDisposalForm(form({ scope: 'category' }), '2026-04-01')).toMatchObject({ fieldErrors: { categories: 'Name what the certification covers' } });
    expect(parseDisposalForm(form({ day: '' }), '2026-04-01')).toMatchObject({ fieldErrors: { month: 'Enter the certification date as month, day and year, such as 3 2 2026' } });
  });
});

describe('recording a certification', () => {
  it.each(['claims_reviewer', 'auditor'] as StaffRole[])('%s may not count or record', async (role) => {
    expect(await countDisposalScopeAsStaff(h.ctx, h.staff[role], form())).toEqual({ ok: false, error: notAllowedMessage });
    expect(await recordDisposalAsStaff(h.ctx, h.staff[role], form())).toEqual({ ok: false, error: notAllowedMessage });
    expect(await h.count(sql`select count(*)::int as n from disposal_certifications`)).toBe(0);
  });

  it('counts, records, and shows what it covers; the confirmations wait for a second approver', async () => {
    const scope = form({ scope: 'category', categories: ['address_supplied'] });
    const counted = await countDisposalScopeAsStaff(h.ctx, h.staff.notice_operator, scope);
    const inCategory = await h.count(sql`select count(*)::int as n from affected_records where category = 'address_supplied'`);
    expect(counted).toEqual({ ok: true, data: { matching: inCategory, notYetCovered: inCategory } });

    const recorded = await recordDisposalAsStaff(h.ctx, h.staff.notice_operator, scope);
    if (!recorded.ok) throw new Error(recorded.error);
    expect(recorded.data.certification).toMatchObject({ recordedBy: 'staff-notice_operator', recordsMarked: inCategory });
    expect(recorded.data.batch).toMatchObject({ status: 'draft', createdBy: 'staff-notice_operator', approvedBy: null });

    const view = (await loadCertificationView(h.t.db, recorded.data.certification.id))!;
    expect(view.byCategory).toEqual([{ key: 'address_supplied', count: inCategory }]);
    for (const tallies of [view.byLanguage, view.byState]) expect(tallies.reduce((s, t) => s + t.count, 0)).toBe(inCategory);
    expect(view.withEmail).toBe(await h.count(sql`select count(*)::int as n from affected_records where category = 'address_supplied' and email_hash is not null`));
    expect(view.confirmations?.batch.id).toBe(recorded.data.batch.id);

    // Covered now, so the same scope would mark nobody again.
    expect(await countDisposalScopeAsStaff(h.ctx, h.staff.administrator, scope)).toEqual({ ok: true, data: { matching: inCategory, notYetCovered: 0 } });
  });

  it('covers exactly the notice codes given, in any case and with hyphens', async () => {
    const codes = await h.t.db.execute(sql`select notice_code from affected_records where disposal_certification_id is null order by id limit 2`);
    const list = (Array.isArray(codes) ? codes : (codes as { rows: unknown[] }).rows) as { notice_code: string }[];
    const typed = list.map((c) => `${c.notice_code.slice(0, 4)}-${c.notice_code.slice(4, 8)}-${c.notice_code.slice(8)}`.toLowerCase()).join('\n');
    const recorded = await recordDisposalAsStaff(h.ctx, h.staff.administrator, form({ reference: 'DHS-CERT-0002', scope: 'notice_codes', noticeCodes: typed }));
    expect(recorded.ok && recorded.data.certification.recordsMarked).toBe(2);
    expect((await listDisposalCertifications(h.t.db)).map((c) => [c.reference, c.scope])).toEqual([
      ['DHS-CERT-0002', 'notice_codes'],
      ['DHS-CERT-0001', 'category'],
    ]);
  });
});
