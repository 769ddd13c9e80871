import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDisposalCertification } from '../../db/queries/disposal';
import { affectedRecords, auditLog } from '../../db/schema';
import { goodRow } from '../testing/records';
import { createSelfCheckHarness, type Person, type SelfCheckHarness } from '../testing/self-check';
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
        goodRow({ tin: '123-45-6789', first_name: 'Minh', last_name: 'Nguyễn', zip: '77072', city: 'Houston', state: 'TX', street: '77 Synthetic Rd' }),
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
      language: 'es',
    });
    const text = JSON.stringify(view);
    for (const hidden of ['Synthetic Ave', '90011', 'María', 'García', '1984-03-09', '912701234', '912-70']) expect(text).not.toContain(hidden);
    const entries = await h.t.db.select().from(auditLog).where(and(eq(auditLog.recordId, ana.recordId), eq(auditLog.action, 'record.viewed')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'self-check', outcome: 'ok', detail: { via: 'letter' } });
  });

  it('counts discovery from the first view, however many follow', async () => {
    const view = await buildResultView(ana.recordId, 'access_code', h.deps);
    expect(view?.discovery).toEqual({ date: today(), basis: 'first_viewed' });
    const entries = await h.t.db.select().from(auditLog).where(and(eq(auditLog.recordId, ana.recordId), eq(auditLog.action, 'record.viewed')));
    expect(entries.map((e) => e.detail.via)).toEqual(['letter', 'access_code']);
  });

  it('counts discovery from an earlier notice, and shows a disposal certification', async () => {
    await h.t.db.update(affectedRecords).set({ notifiedAt: new Date('2026-01-15T16:00:00Z') }).where(eq(affectedRecords.id, minh.recordId));
    await recordDisposalCertification(h.t.db, {
      certifiedOn: '2026-02-20',
      reference: 'DHS-CERT-0042',
      method: 'Deletion from ICE systems',
      scope: 'notice_codes',
      scopeValue: [minh.noticeCode],
      recordedBy: 'tester',
    });
    const view = await buildResultView(minh.recordId, 'letter', h.deps);
    expect(view).toMatchObject({
      notifiedOn: '2026-01-15',
      discovery: { date: '2026-01-15', basis: 'notice_sent' },
      fileBy: '2028-01-14',
      disposal: { certified: true, certifiedOn: '2026-02-20', reference: 'DHS-CERT-0042', method: 'Deletion from ICE systems' },
      tin: { kind: 'ssn', masked: '•••-••-6789' },
      place: { city: 'Houston', state: 'TX' },
    });
  });

  it('returns null for a record that does not exist', async () => {
    expect(await buildResultView(999_999, 'letter', h.deps)).toBeNull();
  });
});
