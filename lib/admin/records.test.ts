import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findRecordByTinHash } from '../../db/queries/records';
import type { StaffPrincipal, StaffRole } from '../staff/principal';
import { formatNoticeCode, crockfordAlphabet } from '../identifiers/notice-code';
import { importRecordsCsv } from '../records/import';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { findRecord, revealRecord, viewRecord, type RecordDeps } from './records';

const as = (role: StaffRole): StaffPrincipal => ({ staffId: `staff-${role}`, role, email: `${role}@example.org` });
const roles: StaffRole[] = ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'];

describe('admin record lookup', () => {
  let t: TestDb;
  let deps: RecordDeps;
  let recordId: number;
  let noticeCode: string;
  const keys = testKeys();

  beforeAll(async () => {
    t = await createPostgresTestDb();
    deps = { db: t.db, hasher: keys.hasher, sealer: keys.sealer };
    const csv = toCsv([
      goodRow(),
      goodRow({ tin: '123-45-6789', first_name: 'Minh', last_name: 'Nguyen', email: '', city: 'Houston', state: 'TX', zip: '77072' }),
    ]);
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      input: Readable.from([csv]),
      source: 't.csv',
      actor: 'tester',
    });
    const record = (await findRecordByTinHash(t.db, keys.hasher.tin('912701234')))!;
    recordId = record.id;
    noticeCode = record.noticeCode;
  });
  afterAll(async () => {
    await t.dispose();
  });

  const auditOf = async (action: string) => (await searchAuditLog(t.db, { action }, { size: 50 })).rows;

  it('finds a record by SSN/ITIN written any usual way, and audits the search without the number', async () => {
    for (const typed of ['912-70-1234', '912 70 1234', '912701234']) {
      expect(await findRecord(deps, as('claims_reviewer'), { query: typed })).toEqual({ ok: true, data: { kind: 'found', recordId } });
    }
    const entries = await auditOf('record.searched');
    expect(entries[0]).toMatchObject({ actor: 'staff-claims_reviewer', recordId, outcome: 'found', detail: { via: 'tin' } });
    expect(JSON.stringify(entries)).not.toMatch(/912.?70.?1234/);
  });

  it('explains an invalid SSN/ITIN and a missing one without echoing it', async () => {
    const bad = await findRecord(deps, as('administrator'), { query: '666-12-3456' });
    expect(bad).toEqual({ ok: false, error: 'That is not a valid SSN or ITIN. No SSN starts with 000 or 666.' });
    const missing = await findRecord(deps, as('administrator'), { query: '234-56-7890' });
    expect(missing).toEqual({ ok: false, error: 'No record has that SSN/ITIN.' });
    expect((await auditOf('record.searched'))[0]).toMatchObject({ outcome: 'not_found', recordId: null });
  });

  it('finds by notice code in any case and spacing, and suggests the real code after a one-symbol typo', async () => {
    const typed = formatNoticeCode(noticeCode).toLowerCase();
    expect(await findRecord(deps, as('notice_operator'), { query: typed })).toEqual({ ok: true, data: { kind: 'found', recordId } });
    const i = 5;
    const wrong = crockfordAlphabet[(crockfordAlphabet.indexOf(noticeCode[i]!) + 1) % 32]!;
    const typo = noticeCode.slice(0, i) + wrong + noticeCode.slice(i + 1);
    const result = await findRecord(deps, as('notice_operator'), { query: typo });
    expect(result).toEqual({
      ok: true,
      data: { kind: 'suggestions', candidates: [{ recordId, noticeCode: formatNoticeCode(noticeCode) }] },
    });
    expect(await findRecord(deps, as('notice_operator'), { query: 'hello' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Enter a notice code'),
    });
  });

  it('shows the record masked and audits the view', async () => {
    const view = await viewRecord(deps, as('auditor'), recordId);
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.data.masked).toEqual({
      initials: 'M. J. G. L.',
      tin: '•••-••-1234',
      place: 'Los Angeles, CA',
      birthYear: '1984',
      email: 'on file',
      phone: 'on file',
    });
    expect(JSON.stringify(view.data)).not.toMatch(/María|García|1200 Synthetic|90011|1984-03-09|maria\.synthetic|555-0142/);
    expect(view.data).toMatchObject({
      category: 'address_verified',
      disclosedElements: ['name', 'tin', 'address'],
      notices: [],
      disposal: null,
    });
    expect((await auditOf('record.viewed'))[0]).toMatchObject({ actor: 'staff-auditor', recordId, outcome: 'ok' });
  });

  it('lets every staff role but the auditor reveal, with a purpose and ticket that land in the audit log', async () => {
    for (const role of roles) {
      const result = await revealRecord(deps, as(role), { recordId, purpose: 'taxpayer_request', ticket: 'INC-20481' });
      if (role === 'auditor') {
        expect(result).toEqual({ ok: false, error: 'Your role cannot reveal personal data.' });
        expect((await auditOf('record.revealed'))[0]).toMatchObject({ actor: 'staff-auditor', outcome: 'denied', recordId });
      } else {
        expect(result).toMatchObject({ ok: true, data: { firstName: 'María José', dateOfBirth: '1984-03-09', tinLast4: '1234' } });
        expect((await auditOf('record.revealed'))[0]).toEqual(
          expect.objectContaining({
            actor: `staff-${role}`,
            outcome: 'ok',
            recordId,
            detail: { role, purpose: 'taxpayer_request', ticket: 'INC-20481' },
          }),
        );
      }
    }
  });

  it('refuses a reveal without a reason, or with a ticket that could carry personal data, and reveals nothing', async () => {
    const before = (await auditOf('record.revealed')).length;
    const cases: [unknown, string][] = [
      [{ recordId, ticket: 'INC-1' }, 'Choose why you need to see this record.'],
      [{ recordId, purpose: 'claim_review', ticket: '' }, 'Enter the ticket reference of the request (for example INC-20481).'],
      [
        { recordId, purpose: 'claim_review', ticket: 'Maria Garcia' },
        'A ticket reference is 3 to 40 letters, digits, and . _ # - with no spaces (for example INC-20481).',
      ],
      [
        { recordId, purpose: 'claim_review', ticket: 'T-912-70-1234' },
        'That ticket reference looks like an SSN or ITIN. Enter the ticket’s own reference.',
      ],
      [{ recordId, purpose: 'curious', ticket: 'INC-1' }, 'Choose why you need to see this record.'],
    ];
    for (const [input, error] of cases) expect(await revealRecord(deps, as('administrator'), input)).toEqual({ ok: false, error });
    expect((await auditOf('record.revealed')).length).toBe(before);
  });
});
