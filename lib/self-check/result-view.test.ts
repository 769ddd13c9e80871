import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/queries/audit';
import {
  approveDisposalCertification,
  confirmDisposalWithdrawal,
  lockDisposalChanges,
  recordDisposalCertification,
  refreshDisposalMarks,
  requestDisposalWithdrawal,
} from '../../db/queries/disposal';
import { affectedRecords, auditLog } from '../../db/schema';
import { revealRecord, viewRecord } from '../admin/records';
import type { StaffPrincipal } from '../staff/principal';
import { ACCESS_HISTORY_LIMIT } from './access-history';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, type Person, type SelfCheckHarness } from '../../testing/self-check';
import { buildResultView, claimFileBy, maskedTin } from './result-view';

describe('claimFileBy', () => {
  it.each([
    ['2026-03-01', '2028-02-29'],
    ['2026-03-02', '2028-03-01'],
    ['2026-01-01', '2027-12-31'],
    ['2024-02-29', '2026-02-27'],
    ['2026-12-31', '2028-12-30'],
  ])('discovered %s → file by %s', (discovery, fileBy) => {
    expect(claimFileBy(discovery)).toBe(fileBy);
  });
  it('masks all but the last four', () => {
    expect(maskedTin('1234')).toBe('•••-••-1234');
    expect(() => maskedTin('123')).toThrow();
  });
});

describe('buildResultView (PostgreSQL)', () => {
  let h: SelfCheckHarness;
  let ana: Person;
  let minh: Person;
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [
        goodRow({ disclosed_elements: 'name;tin;address;date_of_birth', category: 'address_supplied', disclosed_on: '2025-08-05' }),
        goodRow({
          tin: '123-45-6789',
          first_name: 'Minh',
          last_name: 'Nguyễn',
          zip: '77072',
          city: 'Houston',
          state: 'TX',
          street: '77 Synthetic Rd',
        }),
      ],
    });
    [ana, minh] = h.people as [Person, Person];
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('shows what was disclosed and when, the last four of the TIN and the city only, and audits the view', async () => {
    const view = await buildResultView(ana.recordId, 'letter', h.deps);
    expect(view).toEqual({
      recordId: ana.recordId,
      disclosedOn: '2025-08-05',
      category: 'address_supplied',
      disclosedElements: ['name', 'tin', 'address', 'date_of_birth'],
      disposal: { certified: false },
      notifiedOn: null,
      discovery: { date: today(), basis: 'first_viewed' },
      fileBy: claimFileBy(today()),
      tin: { kind: 'itin', masked: '•••-••-1234' },
      place: { city: 'Los Angeles', state: 'CA' },
      // The view it is reading is audited, but listed from the next view on.
      accesses: { total: 0, shown: 0, entries: [] },
      language: 'es',
    });
    const text = JSON.stringify(view);
    for (const hidden of ['Synthetic Ave', '90011', 'María', 'García', '1984-03-09', '912701234', '912-70'])
      expect(text).not.toContain(hidden);
    const entries = await h.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordId, ana.recordId), eq(auditLog.action, 'record.viewed')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'self-check', outcome: 'ok', detail: { via: 'letter' } });
  });

  it('counts discovery from the first view, however many follow', async () => {
    const view = await buildResultView(ana.recordId, 'access_code', h.deps);
    expect(view?.discovery).toEqual({ date: today(), basis: 'first_viewed' });
    const entries = await h.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordId, ana.recordId), eq(auditLog.action, 'record.viewed')));
    expect(entries.map((e) => e.detail.via)).toEqual(['letter', 'access_code']);
  });

  it('counts discovery from an earlier notice, and shows disposal only from an approved certification covering the record', async () => {
    await h.t.db
      .update(affectedRecords)
      .set({ notifiedAt: new Date('2026-01-15T16:00:00Z') })
      .where(eq(affectedRecords.id, minh.recordId));
    const cert = await recordDisposalCertification(h.t.db, {
      certifiedOn: '2026-02-20',
      reference: 'DHS-CERT-0042',
      method: 'deletion',
      methodNote: 'Deleted from ICE systems by the contractor',
      scope: 'notice_codes',
      scopeValue: [minh.noticeCode],
      recordedBy: 'operator',
    });
    // A draft: the public result does not show it.
    expect((await buildResultView(minh.recordId, 'letter', h.deps))?.disposal).toEqual({ certified: false });
    await h.t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      await approveDisposalCertification(tx, cert.id, 'administrator');
      await refreshDisposalMarks(tx, cert.id);
    });
    const view = await buildResultView(minh.recordId, 'letter', h.deps);
    expect(view).toMatchObject({
      notifiedOn: '2026-01-15',
      discovery: { date: '2026-01-15', basis: 'notice_sent' },
      fileBy: '2028-01-14',
      // The method as a code for a translated label; the staff's note never reaches the view.
      disposal: { certified: true, certifiedOn: '2026-02-20', reference: 'DHS-CERT-0042', method: 'deletion' },
      tin: { kind: 'ssn', masked: '•••-••-6789' },
      place: { city: 'Houston', state: 'TX' },
    });
    expect(JSON.stringify(view)).not.toContain('contractor');
    // Another person's record is not covered by it.
    expect((await buildResultView(ana.recordId, 'letter', h.deps))?.disposal).toEqual({ certified: false });
    // Asked to withdraw by one person: the answer stands until a second confirms.
    expect(await requestDisposalWithdrawal(h.t.db, cert.id, 'operator', 'Recorded in error')).toBeDefined();
    expect((await buildResultView(minh.recordId, 'letter', h.deps))?.disposal).toMatchObject({
      certified: true,
      reference: 'DHS-CERT-0042',
    });
    await h.t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      expect(await confirmDisposalWithdrawal(tx, cert.id, 'administrator')).toBeDefined();
      await refreshDisposalMarks(tx, cert.id);
    });
    expect((await buildResultView(minh.recordId, 'letter', h.deps))?.disposal).toEqual({ certified: false });
  });

  it('lists earlier accesses to the record as labels: when, what kind of actor, the stated purpose; never staff ids, tickets or other records', async () => {
    const reviewer: StaffPrincipal = { staffId: 'staff:4711', role: 'claims_reviewer', email: 'reviewer4711@example.org' };
    const auditor: StaffPrincipal = { staffId: 'staff:4712', role: 'auditor', email: 'auditor4712@example.org' };
    const key = h.deps.hasher.auditKey;
    await viewRecord(h.deps, reviewer, minh.recordId);
    expect(
      (await revealRecord(h.deps, reviewer, { recordId: minh.recordId, purpose: 'claim_review', ticket: 'INC-SECRET-20481' })).ok,
    ).toBe(true);
    // A refused reveal showed nothing, so it is no access.
    expect((await revealRecord(h.deps, auditor, { recordId: minh.recordId, purpose: 'claim_review', ticket: 'x' })).ok).toBe(false);
    await appendAudit(h.t.db, key, {
      actor: 'staff:4711',
      action: 'outbox.message_viewed',
      recordId: minh.recordId,
      outcome: 'ok',
      detail: { outboxId: 9, noticeId: 9, channel: 'letter', role: 'notice_operator' },
    });
    // About someone else: never on this person's page.
    await viewRecord(h.deps, reviewer, ana.recordId);
    await appendAudit(h.t.db, key, { actor: 'cli', action: 'record.something_new', recordId: minh.recordId, outcome: 'ok', detail: {} });

    const before = await h.t.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.recordId, minh.recordId));
    const view = (await buildResultView(minh.recordId, 'access_code', h.deps))!;
    const after = await h.t.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.recordId, minh.recordId));
    // This view is audited (one more entry) but not in its own list; the refused reveal is left out.
    expect(after.length).toBe(before.length + 1);
    expect(view.accesses.total).toBe(before.length - 1);
    expect(view.accesses.entries.slice(0, 4).map((e) => [e.kind, e.actor, e.purpose])).toEqual([
      ['other', { kind: 'system' }, null],
      ['message_opened', { kind: 'staff', role: 'notice_operator' }, null],
      ['staff_revealed', { kind: 'staff', role: 'claims_reviewer' }, 'claim_review'],
      ['staff_viewed', { kind: 'staff', role: 'claims_reviewer' }, null],
    ]);
    // Minh's earlier result views, by the person themself, newest first; each `at` an instant.
    expect(view.accesses.entries.slice(4).every((e) => e.kind === 'result_viewed' && e.actor.kind === 'self')).toBe(true);
    for (const e of view.accesses.entries) expect(new Date(e.at).toISOString()).toBe(e.at);
    const text = JSON.stringify(view.accesses);
    for (const hidden of ['4711', '4712', 'reviewer4711', 'INC-SECRET', 'example.org']) expect(text).not.toContain(hidden);
    // Nothing but the four labels: no record id, actor id or detail rides along.
    for (const e of view.accesses.entries) expect(Object.keys(e).sort()).toEqual(['actor', 'at', 'kind', 'purpose']);
    // The next view lists this one.
    const next = (await buildResultView(minh.recordId, 'letter', h.deps))!;
    expect(next.accesses.total).toBe(view.accesses.total + 1);
    expect(next.accesses.entries[0]).toMatchObject({ kind: 'result_viewed', actor: { kind: 'self' } });
  });

  it('shows at most the latest entries, with the count of all', async () => {
    const key = h.deps.hasher.auditKey;
    for (let i = 0; i < ACCESS_HISTORY_LIMIT + 5; i++) {
      await appendAudit(h.t.db, key, {
        actor: 'self-check',
        action: 'record.checked',
        recordId: ana.recordId,
        outcome: 'found',
        detail: { via: i % 2 ? 'letter' : 'access_code' },
      });
    }
    const total = (await h.t.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.recordId, ana.recordId))).length;
    const view = (await buildResultView(ana.recordId, 'letter', h.deps))!;
    expect(view.accesses).toMatchObject({ total, shown: ACCESS_HISTORY_LIMIT });
    expect(view.accesses.entries).toHaveLength(ACCESS_HISTORY_LIMIT);
    // Newest first: the last one written (i = 54) came in with an access code.
    expect(view.accesses.entries[0]).toMatchObject({ kind: 'opened_with_access_code', actor: { kind: 'self' } });
    expect(view.accesses.entries[1]).toMatchObject({ kind: 'opened_with_letter', actor: { kind: 'self' } });
  });

  it('returns null for a record that does not exist', async () => {
    expect(await buildResultView(999_999, 'letter', h.deps)).toBeNull();
  });
});
