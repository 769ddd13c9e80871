// The demonstration's organizations: created once, in service scope, whatever number of times the demo is
// prepared, and never in production.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { drivers, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { ensureDemoOrganizations } from './demo';

const keys = testKeys();

describe.each(drivers)('demo organizations (%s)', (_name, create) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(() => t?.dispose());

  it('never exist in production', async () => {
    await expect(ensureDemoOrganizations(t.db, { appEnv: 'production', auditKey: keys.hasher.auditKey })).rejects.toThrow(
      /never created in production/,
    );
  });

  it('are two approved organizations with their org admin and one application waiting, added once', async () => {
    expect(await ensureDemoOrganizations(t.db, { appEnv: 'development', auditKey: keys.hasher.auditKey })).toBe(3);
    expect(await ensureDemoOrganizations(t.db, { appEnv: 'development', auditKey: keys.hasher.auditKey })).toBe(0);
    const seen = await withServiceScope(t.db, async (tx) => ({
      orgs: await rowsOf<{ name: string; ein: string; status: string }>(tx, sql`select name, ein, status from organizations order by ein`),
      members: await rowsOf<{ email: string; role: string; name: string }>(
        tx,
        sql`select m.email, m.role, o.name from org_members m join organizations o on o.id = m.org_id order by m.email`,
      ),
      decisions: await rowsOf<{ state: string }>(tx, sql`select state from organization_decisions`),
    }));
    expect(seen.orgs).toEqual([
      { name: 'Demo Legal Aid (synthetic)', ein: '900000101', status: 'approved' },
      { name: 'Second Demo Org (synthetic)', ein: '900000102', status: 'approved' },
      { name: 'Pending Demo Clinic (synthetic)', ein: '900000103', status: 'applied' },
    ]);
    expect(seen.members).toEqual([
      { email: 'demo-org-admin@example.org', role: 'org_admin', name: 'Demo Legal Aid (synthetic)' },
      { email: 'demo-org2-admin@example.org', role: 'org_admin', name: 'Second Demo Org (synthetic)' },
    ]);
    expect(seen.decisions).toEqual([{ state: 'applied' }, { state: 'applied' }]);
  });
});
