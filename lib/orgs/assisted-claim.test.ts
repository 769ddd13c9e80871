// An advocate filing a claim for a client (issue 15, item 4): only from their own organization's case, with
// a live authorization that includes claims and a record the check found; checked again at filing; the claim
// and its audit entry name the organization and the advocate.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { createSelfCheckHarness, type SelfCheckHarness } from '../../testing/self-check';
import { syntheticClaimForm } from '../../testing/claims';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import { goodRow } from '../../testing/records';
import { fileClaim } from '../claims/filing';
import { createCheckSession, readCheckSession } from '../self-check/session';
import { listClientAuthorizations, revokeAuthorizationByClient } from './authorizations';
import { confirmAssistedFiling, startAssistedClaim, type AssistedClaimDeps } from './assisted-claim';
import type { MemberPrincipal } from './session';

type Auth = { claim?: boolean; revoked?: boolean; superseded?: boolean; startsOn?: string; expiresOn?: string };

describe('filing a claim for a client', () => {
  let h: SelfCheckHarness;
  let deps: AssistedClaimDeps;
  let orgA = 0;
  let orgB = 0;
  let advocateA: MemberPrincipal;
  let advocateB: MemberPrincipal;
  let otherA: MemberPrincipal;

  const member = async (orgId: number, email: string): Promise<MemberPrincipal> => ({
    sessionId: 'test',
    orgId,
    memberId: await createTestMember(h.t.db, orgId, email),
    role: 'advocate',
    secondFactor: true,
  });

  /** A case of `orgId` with one authorization; `recordId` null = not checked yet. */
  async function caseWith(orgId: number, by: MemberPrincipal, recordId: number | null, auth: Auth = {}): Promise<number> {
    return withServiceScope(h.t.db, async (tx) => {
      const [c] = await rowsOf<{ id: number }>(
        tx,
        sql`insert into org_cases (org_id, opened_by, label_sealed, key_version, language, record_id, checked_at)
          values (${orgId}, ${by.memberId}, ${Buffer.from('sealed label')}, 1, 'es', ${recordId}, ${recordId ? sql`now()` : null}) returning id`,
      );
      await tx.execute(
        sql`insert into org_authorizations (org_id, case_id, kind, scope_status, scope_copies, scope_claim, document_sealed, document_media_type,
              document_sha256, key_version, starts_on, expires_on, created_by, revoked_at, revoked_by, superseded_by)
            values (${orgId}, ${c!.id}, 'form_2848', true, false, ${auth.claim ?? true}, ${Buffer.from('pdf')}, 'application/pdf', ${Buffer.alloc(32)}, 1,
              ${auth.startsOn ?? '2020-01-01'}, ${auth.expiresOn ?? '2099-12-31'}, ${by.memberId},
              ${auth.revoked ? sql`now()` : null}, ${auth.revoked ? 'client' : null}, ${auth.superseded ? 999999 : null})`,
      );
      return c!.id;
    });
  }

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [goodRow({ tin: '900-70-0001', last_name: 'Assisted' }), goodRow({ tin: '900-70-0002', last_name: 'Second' })],
    });
    deps = { ...h.deps, auditKey: h.keys.hasher.auditKey };
    orgA = await createTestOrganization(h.t.db, 'Assisting Org A (synthetic)');
    orgB = await createTestOrganization(h.t.db, 'Assisting Org B (synthetic)');
    advocateA = await member(orgA, 'advocate-a@example.org');
    otherA = await member(orgA, 'advocate-a2@example.org');
    advocateB = await member(orgB, 'advocate-b@example.org');
  });
  afterAll(() => h?.dispose());

  it("opens the claim pages only from the member's own case, with a claim authorization that is live, for a record the check found", async () => {
    const recordId = h.people[0]!.recordId;
    const good = await caseWith(orgA, advocateA, recordId);
    expect(await startAssistedClaim(deps, advocateB, good)).toEqual({ ok: false, error: 'not_found' });
    expect(await startAssistedClaim(deps, advocateA, await caseWith(orgA, advocateA, null))).toEqual({ ok: false, error: 'not_checked' });
    for (const auth of [
      { claim: false },
      { revoked: true },
      { superseded: true },
      { startsOn: '2099-01-01' },
      { expiresOn: '2021-01-01' },
    ]) {
      expect(await startAssistedClaim(deps, advocateA, await caseWith(orgA, advocateA, recordId, auth))).toEqual({
        ok: false,
        error: 'no_claim_authorization',
      });
    }
    const started = await startAssistedClaim(deps, advocateA, good);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(readCheckSession(started.data.token, h.deps)).toMatchObject({
      recordId,
      via: 'advocate',
      assisted: { orgId: orgA, memberId: advocateA.memberId, caseId: good },
    });
    const [entry] = await rowsOf<{ actor: string; record_id: number; detail: Record<string, unknown> }>(
      h.t.db,
      sql`select actor, record_id, detail from audit_log where action = 'org.claim_pages_opened' order by id desc limit 1`,
    );
    expect(entry).toMatchObject({ actor: `org-member:${advocateA.memberId}`, record_id: recordId, detail: { orgId: orgA, caseId: good } });
  });

  it("never shows an advocate's session which organizations the client authorized, nor lets it revoke one", async () => {
    const recordId = h.people[0]!.recordId;
    const caseId = await caseWith(orgA, advocateA, recordId);
    const started = await startAssistedClaim(deps, advocateA, caseId);
    if (!started.ok) throw new Error('the claim pages did not open');
    const advocateSession = readCheckSession(started.data.token, h.deps);
    const clientSession = readCheckSession(createCheckSession(recordId, 'letter', h.deps).token, h.deps);
    const caseDeps = { db: h.t.db, sealer: h.keys.sealer, auditKey: h.keys.hasher.auditKey, now: h.deps.now };
    const seenByClient = await listClientAuthorizations(caseDeps, clientSession);
    expect(seenByClient.length).toBeGreaterThan(0);
    expect(await listClientAuthorizations(caseDeps, advocateSession)).toEqual([]);
    const [live] = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ id: number }>(tx, sql`select id from org_authorizations where case_id = ${caseId} and revoked_at is null`),
    );
    expect(await revokeAuthorizationByClient(caseDeps, advocateSession, live!.id)).toEqual({ ok: false });
    const [still] = await withServiceScope(h.t.db, (tx) =>
      rowsOf<{ revoked_at: Date | null }>(tx, sql`select revoked_at from org_authorizations where id = ${live!.id}`),
    );
    expect(still!.revoked_at).toBeNull();
  });

  it('confirms the filing only for the same member, signed in, while the authorization is live', async () => {
    const recordId = h.people[1]!.recordId;
    const caseId = await caseWith(orgA, advocateA, recordId);
    const session = { recordId, assisted: { orgId: orgA, memberId: advocateA.memberId, caseId } };
    expect(await confirmAssistedFiling(deps, session, advocateA)).toMatchObject({ authorizationId: expect.any(Number) });
    expect(await confirmAssistedFiling(deps, session, null)).toBeNull();
    expect(await confirmAssistedFiling(deps, session, otherA)).toBeNull();
    expect(await confirmAssistedFiling(deps, session, { ...advocateA, secondFactor: false })).toBeNull();
    expect(await confirmAssistedFiling(deps, { ...session, recordId: h.people[0]!.recordId }, advocateA)).toBeNull();
    await withServiceScope(h.t.db, (tx) =>
      tx.execute(sql`update org_authorizations set revoked_at = now(), revoked_by = 'client' where case_id = ${caseId}`),
    );
    expect(await confirmAssistedFiling(deps, session, advocateA)).toBeNull();
  });

  it('marks the claim as assisted and names the advocate in its audit entry', async () => {
    const recordId = h.people[1]!.recordId;
    const caseId = await caseWith(orgA, advocateA, recordId);
    const confirmed = await confirmAssistedFiling(
      deps,
      { recordId, assisted: { orgId: orgA, memberId: advocateA.memberId, caseId } },
      advocateA,
    );
    const filed = await fileClaim({ db: h.t.db, hasher: h.keys.hasher, sealer: h.keys.sealer }, recordId, syntheticClaimForm('es'), {
      assisted: { orgId: orgA, memberId: advocateA.memberId, caseId, authorizationId: confirmed!.authorizationId },
    });
    expect(filed.outcome).toBe('filed');
    const [claim] = await rowsOf<{ assisted_by_org_id: number; assisted_by_member_id: number }>(
      h.t.db,
      sql`select assisted_by_org_id, assisted_by_member_id from claims where record_id = ${recordId}`,
    );
    expect(claim).toEqual({ assisted_by_org_id: orgA, assisted_by_member_id: advocateA.memberId });
    const [entry] = await rowsOf<{ actor: string; detail: Record<string, unknown> }>(
      h.t.db,
      sql`select actor, detail from audit_log where action = 'claim.filed' and record_id = ${recordId}`,
    );
    expect(entry).toMatchObject({ actor: `org-member:${advocateA.memberId}`, detail: { orgId: orgA, caseId } });
  });
});
