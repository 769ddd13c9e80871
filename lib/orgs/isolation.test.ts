// Isolation between organizations (issue 15, item 6), for cases: a member of org B who forges org A's ids
// gets nothing through any lib entry point, and also nothing when the application's own checks are bypassed
// (the query functions called directly in org B's scope with org A's organization and case ids: row-level
// security alone keeps the rows out). Plus the per-organization limit on checks run for clients.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withOrgScope, withServiceScope } from '../../db/org-scope';
import {
  findAuthorizationDocument,
  findCurrentAuthorization,
  findOrgCase,
  insertOrgAuthorization,
  listOrgCases,
  revokeCurrentAuthorization,
  setOrgCaseRecord,
} from '../../db/queries/org-cases';
import { drivers } from '../../testing/db';
import { validPdf } from '../../testing/claim-documents';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type SelfCheckHarness } from '../../testing/self-check';
import { addAuthorization, openAuthorizationDocument, revokeAuthorizationByMember, type OrgCaseDeps } from './authorizations';
import { loadAccessHistory } from '../self-check/access-history';
import { checkForCase, createOrgCheckLimit } from './case-check';
import { buildCaseClientView } from './case-view';
import { caseForm } from '../../testing/org-cases';
import { listCases, openCase, readCase } from './cases';

describe.each(drivers)('isolation of cases between organizations (%s)', (name, createDb) => {
  let h: SelfCheckHarness;
  let deps: OrgCaseDeps & { orgLimit: ReturnType<typeof createOrgCheckLimit> };
  let orgA = 0;
  let orgB = 0;
  let memberA = 0;
  let memberB = 0;
  let caseA = 0;
  let authA = 0;
  const A = () => ({ orgId: orgA, memberId: memberA });
  const B = () => ({ orgId: orgB, memberId: memberB });
  const letter = (i = 0) => ({ code: h.people[i]!.noticeCode, dob: dobParts(h.people[i]!.row.dateOfBirth) });

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [goodRow(), goodRow({ tin: '123-45-6789', first_name: 'Minh', last_name: 'Nguyen', date_of_birth: '1990-12-01' })],
      createDb,
    });
    deps = {
      db: h.t.db,
      sealer: h.keys.sealer,
      auditKey: h.keys.hasher.auditKey,
      now: () => new Date('2026-12-08T15:00:00Z'),
      orgLimit: createOrgCheckLimit(h.redis, h.prefix, { points: 2, seconds: 3600 }),
    };
    orgA = await createTestOrganization(h.t.db, 'Org A (synthetic)');
    orgB = await createTestOrganization(h.t.db, 'Org B (synthetic)');
    memberA = await createTestMember(h.t.db, orgA, `iso-a-${name}@example.org`);
    memberB = await createTestMember(h.t.db, orgB, `iso-b-${name}@example.org`);
    const opened = await openCase(deps, A(), caseForm(), validPdf());
    if (!opened.ok) throw new Error('not opened');
    ({ caseId: caseA, authorizationId: authA } = opened.data);
    const checked = await checkForCase(deps, h.ctx(), A(), caseA, letter(0));
    expect(checked).toEqual({ ok: true, data: { recordId: h.people[0]!.recordId } });
  });
  afterAll(() => h?.dispose());
  beforeEach(() => h.resetLimits());

  it("keeps the record a check found on the case and audits it with the member, the record and the case's ids only", async () => {
    expect(await readCase(deps, A(), caseA)).toMatchObject({ access: 'live', case: { recordId: h.people[0]!.recordId } });
    const [audit] = await rowsOf<{ actor: string; record_id: string; detail: unknown }>(
      h.t.db,
      sql`select actor, record_id::int as record_id, detail from audit_log where action = 'record.checked' and outcome = 'found'`,
    );
    expect(audit).toEqual({
      actor: `org-member:${memberA}`,
      record_id: h.people[0]!.recordId,
      detail: { via: 'letter', orgId: orgA, caseId: caseA },
    });
  });

  it("shows org A's member the client's result, and the client sees the organization's name, never the member", async () => {
    const read = await readCase(deps, A(), caseA);
    if (read?.access !== 'live') throw new Error('not live');
    const view = await buildCaseClientView(
      { ...deps, hasher: h.keys.hasher, enqueueGroups: async () => undefined, claimsDeadline: '2027-12-31' },
      A(),
      read.case,
    );
    expect(view.result?.recordId).toBe(h.people[0]!.recordId);
    expect(view.deadlines.map((d) => d.kind)).toContain('authorization_expires');
    const history = await loadAccessHistory(h.t.db, h.people[0]!.recordId, null);
    const byOrg = history.entries.filter((e) => e.actor.kind === 'organization');
    expect(byOrg.map((e) => [e.kind, e.actor])).toEqual([
      ['result_viewed', { kind: 'organization', name: 'Org A (synthetic)' }],
      ['opened_with_letter', { kind: 'organization', name: 'Org A (synthetic)' }],
    ]);
    expect(JSON.stringify(history)).not.toContain('example.org');
  });

  it("gives a member of org B nothing of org A's case through every lib entry point", async () => {
    expect(await readCase(deps, B(), caseA)).toBeUndefined();
    expect(await openAuthorizationDocument(deps, B(), caseA)).toBeUndefined();
    expect(await revokeAuthorizationByMember(deps, B(), caseA)).toEqual({ ok: false });
    expect(await addAuthorization(deps, B(), caseA, caseForm(), validPdf())).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await checkForCase(deps, h.ctx(), B(), caseA, letter(0))).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await listCases(deps, B())).toEqual([]);
    // Org B's own forged principal naming org A's organization is not a thing the session gives; even so, A's case stays A's.
    expect(await readCase(deps, A(), caseA)).toMatchObject({ access: 'live', case: { authorization: { id: authA } } });
  });

  it("returns no row of org A's when the application's checks are bypassed inside org B's scope", async () => {
    const seen = await withOrgScope(h.t.db, orgB, async (tx) => ({
      theCase: await findOrgCase(tx, { orgId: orgA, caseId: caseA }),
      current: await findCurrentAuthorization(tx, { orgId: orgA, caseId: caseA }),
      doc: await findAuthorizationDocument(tx, { orgId: orgA, caseId: caseA, authorizationId: authA }),
      list: await listOrgCases(tx, { orgId: orgA, limit: 100 }),
      anyCase: await rowsOf(tx, sql`select id, record_id from org_cases`),
      anyAuth: await rowsOf(tx, sql`select id from org_authorizations`),
    }));
    expect(seen).toEqual({ theCase: undefined, current: undefined, doc: undefined, list: [], anyCase: [], anyAuth: [] });
    const changed = await withOrgScope(h.t.db, orgB, async (tx) => ({
      record: await setOrgCaseRecord(tx, { orgId: orgA, caseId: caseA, recordId: null, now: new Date() }),
      revoked: await revokeCurrentAuthorization(tx, { orgId: orgA, caseId: caseA, by: `member:${memberB}`, now: new Date() }),
    }));
    expect(changed).toEqual({ record: false, revoked: undefined });
    const slipped = await withOrgScope(h.t.db, orgB, (tx) =>
      insertOrgAuthorization(tx, {
        id: 999_999,
        orgId: orgA,
        caseId: caseA,
        kind: 'form_8821',
        scopeStatus: true,
        scopeCopies: false,
        scopeClaim: false,
        cafNumber: null,
        documentSealed: Buffer.from('x'),
        documentMediaType: 'application/pdf',
        documentSha256: Buffer.alloc(32),
        keyVersion: 1,
        startsOn: '2026-12-01',
        expiresOn: '2027-12-01',
        createdBy: memberB,
        createdAt: new Date(),
      }),
    ).catch((err: Error) => err);
    expect(String((slipped as Error).cause ?? slipped)).toMatch(/row-level security/);
    const [facts] = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ record_id: number | null; revoked: number; n: number }>(
        tx,
        sql`select c.record_id::int as record_id, (select count(*) from org_authorizations where case_id = c.id and revoked_at is not null)::int as revoked,
          (select count(*) from org_authorizations where case_id = c.id)::int as n from org_cases c where c.id = ${caseA}`,
      ),
    );
    expect(facts).toEqual({ record_id: h.people[0]!.recordId, revoked: 0, n: 1 });
  });

  it('limits the checks of one organization per day, whatever address they come from, and not another organization', async () => {
    const openedB = await openCase(deps, B(), caseForm(), validPdf());
    if (!openedB.ok) throw new Error('not opened');
    const caseB = openedB.data.caseId;
    const wrong = { code: h.people[1]!.noticeCode, dob: { month: '1', day: '1', year: '1971' } };
    expect((await checkForCase(deps, h.ctx('203.0.113.1'), B(), caseB, wrong)).ok).toBe(false);
    expect(await checkForCase(deps, h.ctx('203.0.113.2'), B(), caseB, letter(1))).toEqual({
      ok: true,
      data: { recordId: h.people[1]!.recordId },
    });
    expect(await checkForCase(deps, h.ctx('203.0.113.3'), B(), caseB, letter(1))).toMatchObject({
      ok: false,
      error: { code: 'org_limit' },
    });
    // A form that cannot be a check costs nothing and says what to fix.
    expect(await checkForCase(deps, h.ctx('203.0.113.3'), B(), caseB, { code: '', dob: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await checkForCase(deps, h.ctx('203.0.113.4'), A(), caseA, letter(0))).toMatchObject({ ok: true });
  });

  it('refuses a check on a case whose authorization does not allow seeing status', async () => {
    await addAuthorization(deps, A(), caseA, caseForm({ scopes: ['copies'] }), validPdf());
    expect(await checkForCase(deps, h.ctx(), A(), caseA, letter(0))).toEqual({ ok: false, error: { code: 'closed' } });
  });
});
