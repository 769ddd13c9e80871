import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withOrgScope } from '../../db/org-scope';
import { disableOrgMember, listOrgActivity, listOrgMembers } from '../../db/queries/org-members';
import { drivers, type TestDb } from '../../testing/db';
import { createTestMember, createTestOrganization, openTestMemberSession, testOrgDeps } from '../../testing/orgs';
import { uniqueName } from '../../testing/postgres';
import { disableMember, inviteMember, listActivity, listMembers } from './members';
import { readOrgSession, type MemberPrincipal } from './session';

describe.each(drivers)('an org admin’s members (%s)', (_name, create) => {
  let t: TestDb;
  let deps: ReturnType<typeof testOrgDeps>;
  let adminA: MemberPrincipal;
  let advocateA: MemberPrincipal;
  let orgB = 0;
  let memberB = 0;

  const principal = (orgId: number, memberId: number, role: 'org_admin' | 'advocate'): MemberPrincipal => ({
    sessionId: 'unused',
    orgId,
    memberId,
    role,
    secondFactor: true,
  });

  beforeAll(async () => {
    t = await create();
    deps = testOrgDeps(t.db, { prefix: uniqueName('h2q-members') });
    const orgA = await createTestOrganization(t.db, 'Members Org A (synthetic)');
    orgB = await createTestOrganization(t.db, 'Members Org B (synthetic)');
    adminA = principal(orgA, await createTestMember(t.db, orgA, 'admin-a@example.org', 'org_admin'), 'org_admin');
    advocateA = principal(orgA, await createTestMember(t.db, orgA, 'advocate-a@example.org', 'advocate'), 'advocate');
    memberB = await createTestMember(t.db, orgB, 'admin-b@example.org', 'org_admin');
  });
  afterAll(async () => {
    deps?.redis.disconnect();
    await t?.dispose();
  });

  it('invites a member with an invitation email, and refuses an email already a member anywhere', async () => {
    const invited = await inviteMember(deps, adminA, { email: ' New.Advocate@Example.org', role: 'advocate', language: 'ko' });
    expect(invited.ok).toBe(true);
    const [notice] = await rowsOf<{ type: string; language: string; org_id: number; params: unknown }>(
      t.db,
      sql`select type, language, org_id, params from notices where member_id = ${invited.ok ? invited.data.memberId : 0}`,
    );
    expect(notice).toEqual({ type: 'org_invitation', language: 'ko', org_id: adminA.orgId, params: {} });
    expect(deps.enqueued).toHaveLength(1);
    expect(await inviteMember(deps, adminA, { email: 'admin-b@example.org', role: 'advocate', language: 'en' })).toEqual({
      ok: false,
      error: 'already_member',
    });
    expect(await inviteMember(deps, adminA, { email: 'new.advocate@example.org', role: 'org_admin', language: 'en' })).toEqual({
      ok: false,
      error: 'already_member',
    });
    expect(await inviteMember(deps, adminA, { email: 'x@example.org', role: 'owner', language: 'en' })).toEqual({
      ok: false,
      error: 'invalid_role',
    });
    expect(await inviteMember(deps, advocateA, { email: 'y@example.org', role: 'advocate', language: 'en' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const listed = await listMembers(deps, adminA);
    expect(listed.ok && listed.data.map((m) => m.email)).toEqual([
      'admin-a@example.org',
      'advocate-a@example.org',
      'new.advocate@example.org',
    ]);
  });

  it('disables a member and ends their sessions at once; never oneself, and only for an org admin', async () => {
    const token = await openTestMemberSession(t.db, { orgId: advocateA.orgId, memberId: advocateA.memberId });
    const sessionDeps = { db: t.db, config: deps.session, now: () => new Date() };
    expect(await readOrgSession(sessionDeps, token)).not.toBeNull();
    expect(await disableMember(deps, advocateA, adminA.memberId)).toEqual({ ok: false, error: 'forbidden' });
    expect(await disableMember(deps, adminA, adminA.memberId)).toEqual({ ok: false, error: 'self' });
    expect(await disableMember(deps, adminA, advocateA.memberId)).toEqual({ ok: true, data: { sessionsEnded: 1 } });
    expect(await readOrgSession(sessionDeps, token)).toBeNull();
    // Ended in the table itself, not only refused because the member is disabled.
    const sessions = await withOrgScope(t.db, adminA.orgId, (tx) =>
      rowsOf<{ revoked: boolean }>(
        tx,
        sql`select revoked_at is not null as revoked from org_sessions where member_id = ${advocateA.memberId}`,
      ),
    );
    expect(sessions).toEqual([{ revoked: true }]);
  });

  it('never reaches another organization’s member by a forged id: not in the app, not with its check bypassed', async () => {
    expect(await disableMember(deps, adminA, memberB)).toEqual({ ok: false, error: 'not_found' });
    // The queries themselves, told org B's id inside org A's scope: row-level security leaves nothing to see or change.
    const seen = await withOrgScope(t.db, adminA.orgId, async (tx) => ({
      list: await listOrgMembers(tx, orgB),
      disabled: await disableOrgMember(tx, orgB, memberB, new Date()),
      all: await rowsOf<{ id: number }>(tx, sql`select id from org_members where id = ${memberB}`),
    }));
    expect(seen).toEqual({ list: [], disabled: false, all: [] });
    const [b] = await rowsOf<{ disabled_at: Date | null }>(t.db, sql`select disabled_at from org_members where id = ${memberB}`);
    expect(b!.disabled_at).toBeNull();
  });

  it('shows an org admin their own organization’s activity only, newest first', async () => {
    await inviteMember(deps, principal(orgB, memberB, 'org_admin'), { email: 'b-advocate@example.org', role: 'advocate', language: 'en' });
    const page = await listActivity(deps, adminA);
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.data.entries.map((e) => [e.action, e.outcome])).toEqual([
      ['org.member_disabled', 'not_found'],
      ['org.member_disabled', 'ok'],
      ['org.member_invited', 'ok'],
    ]);
    expect(page.data.entries.every((e) => e.detail.orgId === adminA.orgId)).toBe(true);
    expect(await listActivity(deps, advocateA)).toEqual({ ok: false, error: 'forbidden' });
    const orgBEntries = await withOrgScope(t.db, orgB, (tx) => listOrgActivity(tx, orgB, { limit: 10 }));
    expect(orgBEntries.map((e) => e.action)).toEqual(['org.member_invited']);
  });
});
