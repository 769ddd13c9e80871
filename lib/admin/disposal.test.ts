// Disposal certifications from the admin area: the form's messages (no preselected scope, a value for
// another scope refused at its field, the method from a fixed list), the count and sample before
// recording, each role's authorization, and four eyes on approval and on withdrawal (request, then another's
// confirmation, or a cancel), with their audit
// entries and what they do to the records and the confirmation batch. Real PostgreSQL and Redis.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  approveDisposalCertification,
  confirmDisposalWithdrawal,
  findDisposalCertification,
  listDisposalCertifications,
} from '../../db/queries/disposal';
import { findBatch } from '../../db/queries/batches';
import { affectedRecords, auditLog } from '../../db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../staff/principal';
import { createAdminHarness, type AdminHarness } from '../../testing/admin';
import {
  approveDisposalAsStaff,
  cancelDisposalWithdrawalAsStaff,
  certificationCommandsFor,
  confirmDisposalWithdrawalAsStaff,
  countDisposalScopeAsStaff,
  emptyDisposalForm,
  loadCertificationView,
  parseDisposalForm,
  recordDisposalAsStaff,
  withdrawDisposalAsStaff,
  type DisposalFormValues,
} from './disposal';
import { notAllowedMessage } from './staff-result';

let h: AdminHarness;
const form = (over: Partial<DisposalFormValues> = {}): DisposalFormValues => ({
  ...emptyDisposalForm,
  month: '3',
  day: '2',
  year: '2026',
  reference: 'DHS-CERT-0001',
  method: 'deletion',
  methodNote: 'Deleted from ICE systems',
  scope: 'all',
  ...over,
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
      data: {
        certifiedOn: '2026-03-02',
        reference: 'DHS-CERT-0001',
        method: 'deletion',
        methodNote: 'Deleted from ICE systems',
        scope: 'category',
        scopeValue: ['incomplete_address'],
      },
    });
    expect(parseDisposalForm(form({ scope: 'batch', batchIds: '3, 7 3' }), '2026-04-01')).toMatchObject({
      ok: true,
      data: { scopeValue: ['3', '7', '3'] },
    });
  });

  it('says what to fix at each field, never echoing a notice code', () => {
    const r = parseDisposalForm(
      form({ month: '13', reference: '', scope: 'notice_codes', noticeCodes: '\n7K3M-9QXT-2H4Z\nnot-a-code' }),
      '2026-04-01',
    );
    expect(r).toEqual({
      ok: false,
      error: 'There are problems with 3 answers.',
      fieldErrors: {
        month: 'Enter a real date: the month 1 to 12, the day within that month',
        reference: 'Enter the certification reference',
        noticeCodes: 'Line 3 is not a notice code: 12 letters and digits, hyphens allowed',
      },
    });
    expect(parseDisposalForm(form({ year: '2027' }), '2026-04-01')).toMatchObject({
      fieldErrors: { month: 'The certification date cannot be in the future' },
    });
    expect(parseDisposalForm(form({ scope: 'category' }), '2026-04-01')).toMatchObject({
      fieldErrors: { categories: 'Name what the certification covers' },
    });
    expect(parseDisposalForm(form({ day: '' }), '2026-04-01')).toMatchObject({
      fieldErrors: { month: 'Enter the certification date as month, day and year, such as 3 2 2026' },
    });
  });

  it('preselects no scope and no method: each must be chosen', () => {
    expect(emptyDisposalForm).toMatchObject({ scope: '', method: '' });
    expect(parseDisposalForm({ ...form(), scope: '', method: '' }, '2026-04-01')).toMatchObject({
      ok: false,
      fieldErrors: { scope: 'Choose what the certification covers', method: 'Choose how DHS disposed of the data' },
    });
  });

  it('refuses, at its own field, a value typed for another scope than the one chosen', () => {
    // The case seen: "Every record" chosen (it was preselected) and a batch number typed as well.
    expect(parseDisposalForm(form({ scope: 'all', batchIds: '3' }), '2026-04-01')).toEqual({
      ok: false,
      error: 'There is a problem with one answer.',
      fieldErrors: { batchIds: 'Clear this field: it is for “Records reached by some notice batches”, and you chose “Every record”' },
    });
    expect(
      parseDisposalForm(form({ scope: 'category', categories: ['address_supplied'], noticeCodes: '7K3M-9QXT-2H4Z' }), '2026-04-01'),
    ).toMatchObject({
      fieldErrors: {
        noticeCodes: 'Clear this field: it is for “Records with these notice codes”, and you chose “Records in some categories”',
      },
    });
    expect(parseDisposalForm(form({ scope: 'batch', batchIds: '3', categories: ['address_supplied'] }), '2026-04-01')).toMatchObject({
      fieldErrors: {
        categories: 'Clear this field: it is for “Records in some categories”, and you chose “Records reached by some notice batches”',
      },
    });
  });

  it('takes the method from the fixed list, and a note when it is “other”', () => {
    expect(parseDisposalForm(form({ method: 'Shredded' }), '2026-04-01')).toMatchObject({
      fieldErrors: { method: 'Choose how DHS disposed of the data' },
    });
    expect(parseDisposalForm(form({ method: 'other', methodNote: '' }), '2026-04-01')).toMatchObject({
      fieldErrors: { methodNote: 'Describe the method for staff when it is “other”' },
    });
    expect(parseDisposalForm(form({ method: 'data_return', methodNote: '' }), '2026-04-01')).toMatchObject({
      ok: true,
      data: { method: 'data_return', methodNote: undefined },
    });
  });
});

const markedCount = (certId: number) =>
  h.count(sql`select count(*)::int as n from affected_records where disposal_certification_id = ${certId}`);
const auditOf = (action: string) =>
  h.t.db
    .select({ actor: auditLog.actor, outcome: auditLog.outcome, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(asc(auditLog.id));

describe('recording a certification', () => {
  it.each(['claims_reviewer', 'auditor'] as StaffRole[])('%s may not count, record, approve or withdraw', async (role) => {
    expect(await countDisposalScopeAsStaff(h.ctx, h.staff[role], form())).toEqual({ ok: false, error: notAllowedMessage });
    expect(await recordDisposalAsStaff(h.ctx, h.staff[role], form())).toEqual({ ok: false, error: notAllowedMessage });
    expect(await approveDisposalAsStaff(h.ctx, h.staff[role], 1)).toEqual({ ok: false, error: notAllowedMessage });
    expect(await withdrawDisposalAsStaff(h.ctx, h.staff[role], 1, 'reason')).toEqual({ ok: false, error: notAllowedMessage });
    expect(await confirmDisposalWithdrawalAsStaff(h.ctx, h.staff[role], 1)).toEqual({ ok: false, error: notAllowedMessage });
    expect(await cancelDisposalWithdrawalAsStaff(h.ctx, h.staff[role], 1)).toEqual({ ok: false, error: notAllowedMessage });
    expect(await h.count(sql`select count(*)::int as n from disposal_certifications`)).toBe(0);
  });

  it('counts and samples what approval would change, then records a draft that marks nothing', async () => {
    const scope = form({ scope: 'category', categories: ['address_supplied'] });
    const counted = await countDisposalScopeAsStaff(h.ctx, h.staff.notice_operator, scope);
    const inCategory = await h.count(sql`select count(*)::int as n from affected_records where category = 'address_supplied'`);
    if (!counted.ok) throw new Error(counted.error);
    expect(counted.data).toMatchObject({
      matching: inCategory,
      notYetCovered: inCategory,
      byCategory: [{ key: 'address_supplied', count: inCategory }],
    });
    expect(counted.data.sample.length).toBe(Math.min(5, inCategory));
    // The sample is of records in the scope, and holds ids and coarse fields only.
    for (const r of counted.data.sample) expect(Object.keys(r).sort()).toEqual(['category', 'id', 'language', 'state']);
    const sampleIds = counted.data.sample.map((r) => r.id);
    expect(
      await h.count(
        sql`select count(*)::int as n from affected_records where category = 'address_supplied' and id in ${sql.raw(`(${sampleIds.join(',')})`)}`,
      ),
    ).toBe(sampleIds.length);

    const recorded = await recordDisposalAsStaff(h.ctx, h.staff.notice_operator, scope);
    if (!recorded.ok) throw new Error(recorded.error);
    expect(recorded.data.certification).toMatchObject({
      recordedBy: 'staff-notice_operator',
      recordsMarked: inCategory,
      status: 'draft',
      batchId: null,
      method: 'deletion',
      methodNote: 'Deleted from ICE systems',
    });
    expect(await h.count(sql`select count(*)::int as n from affected_records where disposal_certification_id is not null`)).toBe(0);
    expect(await h.count(sql`select count(*)::int as n from notice_batches`)).toBe(0);
    expect((await auditOf('disposal.recorded')).at(-1)).toMatchObject({
      actor: 'staff-notice_operator',
      outcome: 'ok',
      detail: { status: 'draft', recordsCovered: inCategory },
    });

    const view = (await loadCertificationView(h.t.db, recorded.data.certification.id))!;
    expect(view.byCategory).toEqual([{ key: 'address_supplied', count: inCategory }]);
    for (const tallies of [view.byLanguage, view.byState]) expect(tallies.reduce((s, t) => s + t.count, 0)).toBe(inCategory);
    expect(view.withEmail).toBe(
      await h.count(sql`select count(*)::int as n from affected_records where category = 'address_supplied' and email_hash is not null`),
    );
    expect(view).toMatchObject({ markedByThis: 0, coveredElsewhere: 0, uncovered: inCategory, confirmations: undefined });
  });

  it('never lets the creator approve, in the statement itself; a second staff member’s approval marks and drafts the confirmations', async () => {
    const [cert] = await listDisposalCertifications(h.t.db, 1);
    const id = cert!.id;
    const creator = h.staff.notice_operator;
    // Straight at the statement, with the creator's own id.
    expect(await approveDisposalCertification(h.t.db, id, creator.staffId)).toBeUndefined();
    expect(await approveDisposalAsStaff(h.ctx, creator, id)).toEqual({
      ok: false,
      error: `You recorded certification ${id}, so another staff member must approve it.`,
    });
    expect(await findDisposalCertification(h.t.db, id)).toMatchObject({ status: 'draft', approvedBy: null });
    expect(await markedCount(id)).toBe(0);

    const approved = await approveDisposalAsStaff(h.ctx, h.staff.administrator, id);
    if (!approved.ok) throw new Error(approved.error);
    expect(approved.data.marked).toBe(cert!.recordsMarked);
    expect(await markedCount(id)).toBe(cert!.recordsMarked);
    expect(approved.data.batch).toMatchObject({
      status: 'draft',
      type: 'disposal_confirmation',
      createdBy: 'staff-administrator',
      approvedBy: null,
      totalAtCreation: cert!.recordsMarked,
    });
    expect((await findDisposalCertification(h.t.db, id))?.batchId).toBe(approved.data.batch!.id);
    expect(await approveDisposalAsStaff(h.ctx, h.staff.second, id)).toEqual({
      ok: false,
      error: `Certification ${id} is already approved.`,
    });
    expect((await auditOf('disposal.approved')).map((e) => [e.actor, e.outcome, e.detail.reason ?? null])).toEqual([
      ['staff-notice_operator', 'refused', 'own_certification'],
      ['staff-administrator', 'ok', null],
      ['staff-second-operator', 'refused', 'already_approved'],
    ]);

    // Covered now by an approved certification, so the same scope would change nobody.
    expect(
      await countDisposalScopeAsStaff(h.ctx, h.staff.administrator, form({ scope: 'category', categories: ['address_supplied'] })),
    ).toMatchObject({
      ok: true,
      data: { notYetCovered: 0, byCategory: [], sample: [] },
    });
  });

  it('withdraws an approved certification with two people: a request changes nothing, the requester cannot confirm, a cancel changes nothing, another confirms', async () => {
    const [cert] = await listDisposalCertifications(h.t.db, 1);
    const id = cert!.id;
    const operator = h.staff.notice_operator; // its creator
    const second = h.staff.second;
    const asApproved = await findDisposalCertification(h.t.db, id);
    expect(await withdrawDisposalAsStaff(h.ctx, operator, id, '  ')).toEqual({
      ok: false,
      error: 'Give the reason for the withdrawal',
      fieldErrors: { reason: 'Give the reason for the withdrawal' },
    });
    expect(await confirmDisposalWithdrawalAsStaff(h.ctx, second, id)).toEqual({
      ok: false,
      error: `Nobody has asked to withdraw certification ${id}, or the request was cancelled.`,
    });

    // The creator asks: nothing changes but the request.
    expect(await withdrawDisposalAsStaff(h.ctx, operator, id, 'DHS retracted the certification')).toMatchObject({
      ok: true,
      data: { step: 'requested' },
    });
    const requested = (await findDisposalCertification(h.t.db, id))!;
    expect(requested).toMatchObject({
      status: 'approved',
      withdrawalRequestedBy: operator.staffId,
      withdrawalReason: 'DHS retracted the certification',
      withdrawnBy: null,
    });
    expect(await markedCount(id)).toBe(cert!.recordsMarked);
    expect((await findBatch(h.t.db, cert!.batchId!))?.status).toBe('draft');
    expect(await withdrawDisposalAsStaff(h.ctx, second, id, 'me too')).toEqual({
      ok: false,
      error: `A withdrawal of certification ${id} is already waiting for a second person to confirm it.`,
    });
    // What each person is offered: the requester waits (and may cancel); another may confirm or cancel; the auditor nothing.
    expect(certificationCommandsFor(operator, requested)).toEqual({
      canApprove: false,
      canWithdraw: false,
      canConfirmWithdrawal: false,
      canCancelWithdrawal: true,
      ownRequest: true,
    });
    expect(certificationCommandsFor(second, requested)).toEqual({
      canApprove: false,
      canWithdraw: false,
      canConfirmWithdrawal: true,
      canCancelWithdrawal: true,
      ownRequest: false,
    });
    expect(certificationCommandsFor(h.staff.auditor, requested)).toEqual({
      canApprove: false,
      canWithdraw: false,
      canConfirmWithdrawal: false,
      canCancelWithdrawal: false,
      ownRequest: false,
    });

    // The requester cannot confirm, whatever the role, in the service and in the statement.
    expect(await confirmDisposalWithdrawalAsStaff(h.ctx, operator, id)).toEqual({
      ok: false,
      error: `You asked to withdraw certification ${id}, so another staff member must confirm it.`,
    });
    expect(await confirmDisposalWithdrawal(h.t.db, id, operator.staffId)).toBeUndefined();
    expect(await markedCount(id)).toBe(cert!.recordsMarked);

    // Another cancels it: the certification is exactly as approved.
    expect(await cancelDisposalWithdrawalAsStaff(h.ctx, second, id)).toMatchObject({ ok: true, data: { requestedBy: operator.staffId } });
    expect(await findDisposalCertification(h.t.db, id)).toEqual(asApproved);
    expect(await markedCount(id)).toBe(cert!.recordsMarked);
    expect(await cancelDisposalWithdrawalAsStaff(h.ctx, second, id)).toMatchObject({ ok: false });
    expect(await confirmDisposalWithdrawalAsStaff(h.ctx, second, id)).toMatchObject({ ok: false });

    // Asked again, and confirmed by a second person: the marks are reversed and the confirmations cancelled.
    expect(await withdrawDisposalAsStaff(h.ctx, operator, id, 'DHS retracted the certification')).toMatchObject({ ok: true });
    const withdrawn = await confirmDisposalWithdrawalAsStaff(h.ctx, second, id);
    if (!withdrawn.ok) throw new Error(withdrawn.error);
    expect(withdrawn.data).toMatchObject({ unmarked: cert!.recordsMarked, batchCancelled: true, noticesCancelled: 0 });
    expect(await markedCount(id)).toBe(0);
    expect(await findDisposalCertification(h.t.db, id)).toMatchObject({
      status: 'withdrawn',
      recordedBy: 'staff-notice_operator',
      approvedBy: 'staff-administrator',
      withdrawalRequestedBy: 'staff-notice_operator',
      withdrawnBy: 'staff-second-operator',
      withdrawalReason: 'DHS retracted the certification',
    });
    expect((await findBatch(h.t.db, cert!.batchId!))?.status).toBe('cancelled');

    // Every step in the audit log, refusals too.
    expect((await auditOf('disposal.withdrawal_requested')).map((e) => [e.actor, e.outcome, e.detail.reason ?? null])).toEqual([
      ['staff-notice_operator', 'ok', null],
      ['staff-second-operator', 'refused', 'already_requested'],
      ['staff-notice_operator', 'ok', null],
    ]);
    expect(
      (await auditOf('disposal.withdrawal_cancelled')).map((e) => [e.actor, e.outcome, e.detail.requestedBy ?? e.detail.reason]),
    ).toEqual([
      ['staff-second-operator', 'ok', 'staff-notice_operator'],
      ['staff-second-operator', 'refused', 'no_request'],
    ]);
    expect((await auditOf('disposal.withdrawn')).map((e) => [e.actor, e.outcome, e.detail.reason ?? null])).toEqual([
      ['staff-second-operator', 'refused', 'no_request'],
      ['staff-notice_operator', 'refused', 'own_request'],
      ['staff-second-operator', 'refused', 'no_request'],
      ['staff-second-operator', 'ok', null],
    ]);
    expect((await auditOf('disposal.withdrawn')).at(-1)?.detail).toMatchObject({
      certificationId: id,
      requestedBy: 'staff-notice_operator',
      unmarked: cert!.recordsMarked,
      batchCancelled: true,
    });
    // The reason is kept on the certification, for staff; the audit entries hold ids and counts only.
    for (const action of ['disposal.withdrawal_requested', 'disposal.withdrawal_cancelled', 'disposal.withdrawn']) {
      expect(JSON.stringify(await auditOf(action))).not.toContain('retracted');
    }
    expect(await approveDisposalAsStaff(h.ctx, h.staff.administrator, id)).toMatchObject({ ok: false });
  });

  it('cancels a running confirmation batch’s unsent notices when its certification is withdrawn', async () => {
    const recorded = await recordDisposalAsStaff(
      h.ctx,
      h.staff.notice_operator,
      form({ reference: 'DHS-CERT-RUN', scope: 'category', categories: ['address_verified'] }),
    );
    if (!recorded.ok) throw new Error(recorded.error);
    const approved = await approveDisposalAsStaff(h.ctx, h.staff.administrator, recorded.data.certification.id);
    if (!approved.ok) throw new Error(approved.error);
    const batch = approved.data.batch!;
    // As if expansion had begun: pending notices in the outbox, the batch running.
    await h.t.db.execute(
      sql`update notice_batches set status = 'running', approved_by = 'staff-notice_operator', approved_at = now() where id = ${batch.id}`,
    );
    await h.t.db.execute(sql`insert into notices (record_id, batch_id, type, channel, dedupe_key, language)
      select id, ${batch.id}, 'disposal_confirmation', 'letter', ${`disposal-${recorded.data.certification.id}`}, language from affected_records where disposal_certification_id = ${recorded.data.certification.id}`);
    // Asked for by the administrator who approved it, confirmed by the operator who recorded it: the two
    // people of a withdrawal are the requester and the confirmer, and the creator may be either.
    expect(await withdrawDisposalAsStaff(h.ctx, h.staff.administrator, recorded.data.certification.id, 'Wrong category')).toMatchObject({
      ok: true,
    });
    const withdrawn = await confirmDisposalWithdrawalAsStaff(h.ctx, h.staff.notice_operator, recorded.data.certification.id);
    if (!withdrawn.ok) throw new Error(withdrawn.error);
    expect(withdrawn.data).toMatchObject({ batchCancelled: true, noticesCancelled: recorded.data.certification.recordsMarked });
    expect(await h.count(sql`select count(*)::int as n from notices where batch_id = ${batch.id} and status <> 'cancelled'`)).toBe(0);
  });

  it('covers exactly the notice codes given, in any case and with hyphens, and a draft’s creator may discard it', async () => {
    const list = await h.t.db
      .select({ code: affectedRecords.noticeCode })
      .from(affectedRecords)
      .where(eq(affectedRecords.category, 'incomplete_address'))
      .orderBy(affectedRecords.id)
      .limit(2);
    const typed = list.map((c) => `${c.code.slice(0, 4)}-${c.code.slice(4, 8)}-${c.code.slice(8)}`.toLowerCase()).join('\n');
    const recorded = await recordDisposalAsStaff(
      h.ctx,
      h.staff.administrator,
      form({ reference: 'DHS-CERT-0002', scope: 'notice_codes', noticeCodes: typed }),
    );
    if (!recorded.ok) throw new Error(recorded.error);
    expect(recorded.data.certification.recordsMarked).toBe(2);
    const covered = await h.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(affectedRecords)
      .where(
        and(
          inArray(
            affectedRecords.noticeCode,
            list.map((c) => c.code),
          ),
          sql`id in (select record_id from disposal_coverage where certification_id = ${recorded.data.certification.id})`,
        ),
      );
    expect(Number(covered[0]!.n)).toBe(2);
    expect((await listDisposalCertifications(h.t.db)).map((c) => [c.reference, c.scope, c.status])).toEqual([
      ['DHS-CERT-0002', 'notice_codes', 'draft'],
      ['DHS-CERT-RUN', 'category', 'withdrawn'],
      ['DHS-CERT-0001', 'category', 'withdrawn'],
    ]);
    const discarded = await withdrawDisposalAsStaff(h.ctx, h.staff.administrator, recorded.data.certification.id, 'Typed the wrong codes');
    expect(discarded).toMatchObject({
      ok: true,
      data: { step: 'discarded', certification: { status: 'withdrawn', withdrawnBy: 'staff-administrator', approvedBy: null } },
    });
    expect((await auditOf('disposal.discarded')).at(-1)).toMatchObject({
      actor: 'staff-administrator',
      outcome: 'ok',
      detail: { certificationId: recorded.data.certification.id },
    });
  });
});
