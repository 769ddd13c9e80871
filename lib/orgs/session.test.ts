import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withServiceScope } from '../../db/org-scope';
import { drivers, type TestDb } from '../../testing/db';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import { testClock } from '../../testing/staff';
import { completeSecondFactor, endOrgSession, readOrgSession, startOrgSession, type OrgSessionDeps } from './session';

describe.each(drivers)('member sessions (%s)', (_name, create) => {
  let t: TestDb;
  let orgId = 0;
  let memberId = 0;
  const clock = testClock();
  let deps: OrgSessionDeps;

  beforeAll(async () => {
    t = await create();
    deps = { db: t.db, config: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }, now: clock.now };
    orgId = await createTestOrganization(t.db, 'Session Org (synthetic)');
    memberId = await createTestMember(t.db, orgId, 'advocate-session@example.org', 'advocate');
  });
  afterAll(() => t?.dispose());

  it('stands for its member, without the second factor until it is done, and only by the exact token', async () => {
    const { token, sessionId } = await startOrgSession(deps, { orgId, memberId });
    expect(await readOrgSession(deps, token)).toEqual({ sessionId, orgId, memberId, role: 'advocate', secondFactor: false });
    expect(await completeSecondFactor(deps, sessionId)).toBe(true);
    expect((await readOrgSession(deps, token))?.secondFactor).toBe(true);
    expect(await readOrgSession(deps, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(await readOrgSession(deps, sessionId)).toBeNull();
    expect(await readOrgSession(deps, undefined)).toBeNull();
  });

  it('ends when signed out, when idle for 30 minutes, after 12 hours, and when the member is disabled', async () => {
    const a = await startOrgSession(deps, { orgId, memberId });
    await endOrgSession(deps, a.sessionId);
    expect(await readOrgSession(deps, a.token)).toBeNull();

    const b = await startOrgSession(deps, { orgId, memberId });
    clock.advance(29 * 60_000);
    expect(await readOrgSession(deps, b.token)).not.toBeNull();
    clock.advance(29 * 60_000);
    expect(await readOrgSession(deps, b.token)).not.toBeNull();
    clock.advance(30 * 60_000);
    expect(await readOrgSession(deps, b.token)).toBeNull();

    const c = await startOrgSession(deps, { orgId, memberId });
    for (let i = 0; i < 25; i += 1) {
      clock.advance(29 * 60_000);
      if (i < 24) expect(await readOrgSession(deps, c.token)).not.toBeNull();
    }
    expect(await readOrgSession(deps, c.token)).toBeNull();

    const d = await startOrgSession(deps, { orgId, memberId });
    await withServiceScope(t.db, (tx) => tx.execute(sql`update org_members set disabled_at = now() where id = ${memberId}`));
    expect(await readOrgSession(deps, d.token)).toBeNull();
    await withServiceScope(t.db, (tx) => tx.execute(sql`update org_members set disabled_at = null where id = ${memberId}`));
    expect(await readOrgSession(deps, d.token)).not.toBeNull();
    await withServiceScope(t.db, (tx) => tx.execute(sql`update organizations set status = 'rejected' where id = ${orgId}`));
    expect(await readOrgSession(deps, d.token)).toBeNull();
  });
});
