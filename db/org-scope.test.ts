// Row-level security underneath the application's own checks: statements written as if the application had
// forgotten its `where org_id = …` (or taken a forged id) still see and change only the member's organization.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type TestDb } from '../testing/db';
import { rowsOf } from './index';
import { withOrgScope, withServiceScope } from './org-scope';

describe.each(drivers)('organization scopes (%s)', (_name, create) => {
  let t: TestDb;
  let orgA = 0;
  let orgB = 0;
  let memberB = 0;

  beforeAll(async () => {
    t = await create();
    await withServiceScope(t.db, async (tx) => {
      const made = await rowsOf<{ id: number }>(
        tx,
        sql`insert into organizations (name, ein, kind, address_line1, city, state, zip, contact_name, contact_email, language, status)
          values ('Org A (synthetic)', '900000001', 'legal_aid', '1 Main St', 'Springfield', 'IL', '62701', 'A', 'a@example.org', 'en', 'approved'),
                 ('Org B (synthetic)', '900000002', 'tax_clinic', '2 Main St', 'Springfield', 'IL', '62701', 'B', 'b@example.org', 'es', 'approved')
          returning id`,
      );
      [orgA, orgB] = made.map((r) => r.id) as [number, number];
      const members = await rowsOf<{ id: number }>(
        tx,
        sql`insert into org_members (org_id, email, role, language) values (${orgA}, 'a@example.org', 'org_admin', 'en'), (${orgB}, 'b@example.org', 'org_admin', 'es') returning id`,
      );
      memberB = members[1]!.id;
    });
  });
  afterAll(() => t?.dispose());

  it('shows a member their own organization and members only, with no where clause at all', async () => {
    const seen = await withOrgScope(t.db, orgA, async (tx) => ({
      orgs: await rowsOf<{ id: number }>(tx, sql`select id from organizations`),
      members: await rowsOf<{ org_id: number }>(tx, sql`select org_id from org_members`),
      role: (await rowsOf<{ r: string }>(tx, sql`select current_user as r`))[0]!.r,
    }));
    expect(seen.orgs.map((r) => r.id)).toEqual([orgA]);
    expect(seen.members.map((r) => r.org_id)).toEqual([orgA]);
    expect(seen.role).toBe('dc_org_member');
  });

  it("cannot read, change or add to another organization's rows by a forged id", async () => {
    const other = await withOrgScope(t.db, orgA, (tx) => rowsOf(tx, sql`select id from org_members where id = ${memberB}`));
    expect(other).toEqual([]);
    const changed = await withOrgScope(t.db, orgA, (tx) =>
      rowsOf(tx, sql`update org_members set role = 'advocate' where id = ${memberB} returning id`),
    );
    expect(changed).toEqual([]);
    const refused = await withOrgScope(t.db, orgA, (tx) =>
      tx.execute(sql`insert into org_members (org_id, email, role, language) values (${orgB}, 'x@example.org', 'advocate', 'en')`),
    ).catch((err: Error) => err);
    expect(String((refused as Error).cause ?? refused)).toMatch(/row-level security/);
    // A member only reads their organization's own row: an update reaches nothing.
    expect(
      await withOrgScope(t.db, orgA, (tx) => rowsOf(tx, sql`update organizations set name = 'x' where id = ${orgA} returning id`)),
    ).toEqual([]);
    const names = await withServiceScope(t.db, (tx) => rowsOf<{ name: string }>(tx, sql`select name from organizations order by id`));
    expect(names.map((r) => r.name)).toEqual(['Org A (synthetic)', 'Org B (synthetic)']);
    const roles = await withServiceScope(t.db, (tx) => rowsOf<{ role: string }>(tx, sql`select role from org_members order by id`));
    expect(roles.map((r) => r.role)).toEqual(['org_admin', 'org_admin']);
  });

  it('ends with the transaction: the next statement on the same pool is back to the connecting role', async () => {
    await withOrgScope(t.db, orgB, async () => undefined);
    const [row] = await rowsOf<{ r: string; org: string | null }>(
      t.db,
      sql`select current_user as r, current_setting('app.org_id', true) as org`,
    );
    expect(row!.r).not.toBe('dc_org_member');
    expect(row!.org ?? '').toBe('');
  });

  it('refuses to open a scope inside another transaction', async () => {
    await expect(t.db.transaction((tx) => withOrgScope(tx, orgA, async () => 1))).rejects.toThrow(/not a transaction/);
  });
});
