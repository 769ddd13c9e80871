// Cases and their authorizations (issue 15, item 3): no case without an authorization on file, a new one
// replaces the old, revocation (by the organization or the client) and expiry close access at once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { drivers } from '../../testing/db';
import { pdfWithJavaScript, validPdf, validPng } from '../../testing/claim-documents';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, type SelfCheckHarness } from '../../testing/self-check';
import {
  addAuthorization,
  listClientAuthorizations,
  openAuthorizationDocument,
  revokeAuthorizationByClient,
  revokeAuthorizationByMember,
  type OrgCaseDeps,
} from './authorizations';
import { listCases, openCase, readCase } from './cases';
import { caseForm } from '../../testing/org-cases';

describe.each(drivers)('cases and authorizations (%s)', (_name, createDb) => {
  let h: SelfCheckHarness;
  let orgA = 0;
  let memberA = 0;
  let memberA2 = 0;
  let now = new Date('2026-12-08T15:00:00Z');
  let deps: OrgCaseDeps;
  const a = () => ({ orgId: orgA, memberId: memberA });
  const count = async (table: 'org_cases' | 'org_authorizations') =>
    Number((await withServiceScope(h.t.db, (tx) => rowsOf<{ n: string }>(tx, sql.raw(`select count(*) as n from ${table}`))))[0]!.n);

  beforeAll(async () => {
    h = await createSelfCheckHarness({ rows: [goodRow()], createDb });
    deps = { db: h.t.db, sealer: h.keys.sealer, auditKey: h.keys.hasher.auditKey, now: () => now };
    orgA = await createTestOrganization(h.t.db, 'Org A (synthetic)');
    memberA = await createTestMember(h.t.db, orgA, `a-${_name}@example.org`);
    memberA2 = await createTestMember(h.t.db, orgA, `a2-${_name}@example.org`);
  });
  afterAll(() => h?.dispose());

  it('opens no case without a signed authorization on file, and leaves nothing behind a refusal', async () => {
    expect(await openCase(deps, a(), caseForm(), null)).toEqual({ ok: false, error: { code: 'no_file' } });
    expect(await openCase(deps, a(), caseForm(), pdfWithJavaScript())).toEqual({
      ok: false,
      error: { code: 'document', refusal: 'pdf_active' },
    });
    expect(await openCase(deps, a(), caseForm({ kind: '', scopes: [] }), validPdf())).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { kind: 'kind_missing', scopes: 'scopes_missing' } },
    });
    expect(await openCase(deps, a(), caseForm({ cafNumber: '12-3' }), validPdf())).toMatchObject({
      ok: false,
      error: { fields: { cafNumber: 'caf_format' } },
    });
    expect(await count('org_cases')).toBe(0);
    expect(await count('org_authorizations')).toBe(0);
  });

  it('opens a case with its authorization, the label sealed, the document checked by content and sealed', async () => {
    const opened = await openCase(deps, a(), caseForm({ cafNumber: '1234 56789 r' }), validPng());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const [row] = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ label_sealed: Buffer; caf_number: string; document_media_type: string; document_sealed: Buffer }>(
        tx,
        sql`select c.label_sealed, a.caf_number, a.document_media_type, a.document_sealed from org_cases c join org_authorizations a on a.case_id = c.id where c.id = ${opened.data.caseId}`,
      ),
    );
    expect(row!.caf_number).toBe('1234-56789R');
    expect(row!.document_media_type).toBe('image/png');
    expect(Buffer.from(row!.label_sealed).includes(Buffer.from('Synthetic'))).toBe(false);
    const read = await readCase(deps, a(), opened.data.caseId);
    expect(read).toMatchObject({
      access: 'live',
      case: { label: 'Client A. Synthetic', language: 'es', authorization: { kind: 'form_8821' } },
    });
    const doc = await openAuthorizationDocument(deps, a(), opened.data.caseId);
    expect(doc?.bytes.equals(validPng())).toBe(true);
  });

  it('replaces the older authorization with a new one at once', async () => {
    const opened = await openCase(deps, a(), caseForm(), validPdf());
    if (!opened.ok) throw new Error('not opened');
    const added = await addAuthorization(
      deps,
      { orgId: orgA, memberId: memberA2 },
      opened.data.caseId,
      caseForm({ kind: 'form_2848', scopes: ['claim'] }),
      validPng(),
    );
    expect(added.ok).toBe(true);
    const rows = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ id: string; superseded_by: string | null; kind: string }>(
        tx,
        sql`select id, superseded_by, kind from org_authorizations where case_id = ${opened.data.caseId} order by id`,
      ),
    );
    expect(rows.map((r) => [r.kind, r.superseded_by === null ? null : Number(r.superseded_by)])).toEqual([
      ['form_8821', added.ok ? added.data.authorizationId : -1],
      ['form_2848', null],
    ]);
    expect(await readCase(deps, a(), opened.data.caseId)).toMatchObject({
      access: 'live',
      case: { authorization: { kind: 'form_2848', scopeClaim: true, scopeStatus: false } },
    });
  });

  it('closes access at once when any member of the organization revokes', async () => {
    const opened = await openCase(deps, a(), caseForm(), validPdf());
    if (!opened.ok) throw new Error('not opened');
    expect(await revokeAuthorizationByMember(deps, { orgId: orgA, memberId: memberA2 }, opened.data.caseId)).toEqual({ ok: true });
    expect(await readCase(deps, a(), opened.data.caseId)).toEqual({ access: 'closed', id: opened.data.caseId, state: 'revoked' });
    expect(await openAuthorizationDocument(deps, a(), opened.data.caseId)).toBeUndefined();
    const listed = (await listCases(deps, a())).find((c) => c.id === opened.data.caseId);
    expect(listed).toMatchObject({ label: null, access: 'revoked' });
    // A new authorization opens the case again.
    await addAuthorization(deps, a(), opened.data.caseId, caseForm(), validPdf());
    expect(await readCase(deps, a(), opened.data.caseId)).toMatchObject({ access: 'live' });
  });

  it('closes access at once when the client revokes from their own verified session', async () => {
    const person = h.people[0]!;
    const opened = await openCase(deps, a(), caseForm(), validPdf());
    if (!opened.ok) throw new Error('not opened');
    await withServiceScope(h.t.db, (tx) =>
      tx.execute(sql`update org_cases set record_id = ${person.recordId}, checked_at = now() where id = ${opened.data.caseId}`),
    );
    const session = { recordId: person.recordId, via: 'letter' as const, expiresAt: Date.now() + 60_000 };
    const seen = await listClientAuthorizations(deps, session);
    const mine = seen.find((s) => s.orgId === orgA);
    expect(mine).toMatchObject({ orgName: 'Org A (synthetic)', kind: 'form_8821', expiresOn: '2027-11-30' });
    // Another record's session cannot revoke it.
    expect(await revokeAuthorizationByClient(deps, { ...session, recordId: person.recordId + 1000 }, mine!.authorizationId)).toEqual({
      ok: false,
    });
    expect(await revokeAuthorizationByClient(deps, session, mine!.authorizationId)).toEqual({ ok: true });
    expect(await readCase(deps, a(), opened.data.caseId)).toEqual({ access: 'closed', id: opened.data.caseId, state: 'revoked' });
    const [audit] = await rowsOf<{ actor: string; detail: Record<string, unknown> }>(
      h.t.db,
      sql`select actor, detail from audit_log where action = 'org_authorization.revoked_by_client' order by id desc limit 1`,
    );
    expect(audit).toEqual({
      actor: 'self-check',
      detail: { via: 'letter', orgId: orgA, caseId: opened.data.caseId, authorizationId: mine!.authorizationId },
    });
    const [revoked] = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ revoked_by: string }>(tx, sql`select revoked_by from org_authorizations where id = ${mine!.authorizationId}`),
    );
    expect(revoked!.revoked_by).toBe('client');
  });

  it('runs out at the end of its expiry day in New York', async () => {
    now = new Date('2027-03-01T15:00:00Z');
    const opened = await openCase(
      deps,
      a(),
      caseForm({ startsOn: { month: '3', day: '1', year: '2027' }, expiresOn: { month: '3', day: '10', year: '2027' } }),
      validPdf(),
    );
    if (!opened.ok) throw new Error('not opened');
    // 23:59:59 on 10 March in New York (EST, UTC-5) is 04:59:59 UTC on 11 March.
    now = new Date('2027-03-11T04:59:59Z');
    expect(await readCase(deps, a(), opened.data.caseId)).toMatchObject({ access: 'live' });
    now = new Date('2027-03-11T05:00:00Z');
    expect(await readCase(deps, a(), opened.data.caseId)).toEqual({ access: 'closed', id: opened.data.caseId, state: 'expired' });
    expect(await openAuthorizationDocument(deps, a(), opened.data.caseId)).toBeUndefined();
    // Not yet started counts as closed too.
    now = new Date('2027-02-28T15:00:00Z');
    expect(await readCase(deps, a(), opened.data.caseId)).toMatchObject({ access: 'closed', state: 'not_started' });
    now = new Date('2026-12-08T15:00:00Z');
  });

  it('refuses an expiry already past and an expiry before the start', async () => {
    expect(await openCase(deps, a(), caseForm({ expiresOn: { month: '12', day: '7', year: '2026' } }), validPdf())).toMatchObject({
      ok: false,
      error: { fields: { expiresOn: 'date_past' } },
    });
    expect(
      await openCase(
        deps,
        a(),
        caseForm({ startsOn: { month: '12', day: '1', year: '2028' }, expiresOn: { month: '1', day: '1', year: '2028' } }),
        validPdf(),
      ),
    ).toMatchObject({ ok: false, error: { fields: { expiresOn: 'date_before_start' } } });
  });
});
