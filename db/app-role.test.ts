// A real login role on a throwaway database: after the grants it can write the audit log and everything
// else, and cannot update, delete or truncate audit entries; it may only insert checkpoints of the chain.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeys } from '../testing/secrets';
import { createPostgresTestDb, type TestDb } from '../testing/db';
import { uniqueName, withAdmin } from '../testing/postgres';
import { applyAppRoleGrants, auditLogRightsOfCurrentRole } from './app-role';
import { openDatabase, rowsOf, type DbHandle } from './index';
import { withOrgScope, withServiceScope } from './org-scope';
import { appendAudit, listAuditCheckpoints, verifyAuditChain, writeAuditCheckpoint } from './queries/audit';
import { createImportRun } from './queries/imports';

describe('the application database role', () => {
  let t: TestDb;
  let app: DbHandle;
  const role = uniqueName('dc_app_role');
  const keys = testKeys();

  beforeAll(async () => {
    t = await createPostgresTestDb();
    expect(await applyAppRoleGrants(t.db, role)).toBe('role_missing');
    await withAdmin((admin) => admin.unsafe(`create role "${role}" login nosuperuser nocreatedb nocreaterole`));
    expect(await applyAppRoleGrants(t.db, role)).toBe('applied');
    const url = new URL(t.url!);
    url.username = role;
    app = await openDatabase({ databaseUrl: url.toString(), dataDir: '.data', max: 2 });
  });
  afterAll(async () => {
    await app?.close();
    await t.dispose();
    await withAdmin((admin) => admin.unsafe(`drop role if exists "${role}"`));
  });

  it('can append to the audit log and write the other tables', async () => {
    const entry = await appendAudit(app.db, keys.hasher.auditKey, { actor: 'app', action: 'test.appended', outcome: 'ok' });
    expect(entry.id).toBeGreaterThan(0);
    expect((await createImportRun(app.db, { source: 'x.csv', actor: 'app' })).id).toBeGreaterThan(0);
    expect(await auditLogRightsOfCurrentRole(app.db)).toEqual({
      update: false,
      delete: false,
      truncate: false,
      insert: true,
      owner: false,
      superuser: false,
    });
  });

  it.each([
    ['update', sql`update audit_log set outcome = 'changed'`],
    ['delete', sql`delete from audit_log`],
    ['truncate', sql`truncate audit_log`],
    ['disable the trigger', sql`alter table audit_log disable trigger audit_log_no_update_delete`],
  ])('cannot %s', async (_what, statement) => {
    await expect(app.db.execute(statement)).rejects.toMatchObject({ cause: { code: expect.stringMatching(/^42501$/) } });
  });

  it('may add checkpoints of the chain and verify against them, but not read, change or remove them directly', async () => {
    const checkpoint = await writeAuditCheckpoint(app.db);
    expect(checkpoint).not.toBeNull();
    expect(await listAuditCheckpoints(app.db)).toEqual([checkpoint]);
    expect(await verifyAuditChain(app.db, keys.hasher.auditKey)).toMatchObject({ ok: true });
    for (const statement of [
      sql`select * from audit_checkpoints`,
      sql`update audit_checkpoints set entry_count = 0`,
      sql`delete from audit_checkpoints`,
      sql`truncate audit_checkpoints`,
      sql`alter table audit_checkpoints disable trigger audit_checkpoints_no_update_delete`,
    ]) {
      await expect(app.db.execute(statement)).rejects.toMatchObject({ cause: { code: expect.stringMatching(/^42501$/) } });
    }
  });

  it('sees no organization rows outside a scope, all of them in the service scope, and its own in a member scope', async () => {
    const made = await withServiceScope(app.db, (tx) =>
      rowsOf<{ id: number }>(
        tx,
        sql`insert into organizations (name, ein, kind, address_line1, city, state, zip, contact_name, contact_email, language)
          values ('Role Org A (synthetic)', '900000101', 'legal_aid', '1 St', 'Town', 'IL', '62701', 'A', 'ra@example.org', 'en'),
                 ('Role Org B (synthetic)', '900000102', 'legal_aid', '2 St', 'Town', 'IL', '62701', 'B', 'rb@example.org', 'en') returning id`,
      ),
    );
    expect(made).toHaveLength(2);
    // Not a superuser, not the owner: row-level security applies to the application's own connection.
    expect(await rowsOf(app.db, sql`select id from organizations`)).toEqual([]);
    expect(await rowsOf(app.db, sql`update organizations set name = 'x' returning id`)).toEqual([]);
    const all = await withServiceScope(app.db, (tx) => rowsOf<{ id: number }>(tx, sql`select id from organizations order by id`));
    expect(all.map((r) => r.id)).toEqual(made.map((r) => r.id));
    const own = await withOrgScope(app.db, made[1]!.id, (tx) => rowsOf<{ id: number }>(tx, sql`select id from organizations`));
    expect(own.map((r) => r.id)).toEqual([made[1]!.id]);
  });

  it('shows the migrating superuser for what it is', async () => {
    expect(await auditLogRightsOfCurrentRole(t.db)).toMatchObject({ superuser: true });
  });
});
