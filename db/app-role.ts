// The role the application connects as in production (DATABASE_APP_ROLE) gets what the app needs and no
// more: read and write every table, but on audit_log only SELECT and INSERT (on audit_checkpoints only INSERT), so neither a bug nor an
// attacker holding the app's credentials can change or remove an entry (and, not owning the table, it
// cannot switch the append-only trigger off either). Applied after every migration by the migrating
// (owner) role, so tables added later are covered; a role that does not exist yet is skipped with a note.
// The role's name is deployment configuration, which is why this is code and not a migration: migrations
// are the same everywhere.
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './index';

export async function applyAppRoleGrants(db: Executor, role: string): Promise<'applied' | 'role_missing'> {
  const [exists] = await rowsOf<{ one: number }>(db, sql`select 1 as one from pg_roles where rolname = ${role}`);
  if (!exists) return 'role_missing';
  const r = sql.identifier(role);
  await db.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${r}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${r}`);
    await tx.execute(sql`grant usage, select, update on all sequences in schema public to ${r}`);
    await tx.execute(sql`revoke update, delete, truncate, references, trigger on audit_log from ${r}`);
    // Checkpoints of the chain's head: insert only. Verification reads them through audit_checkpoint_list().
    await tx.execute(sql`revoke select, update, delete, truncate, references, trigger on audit_checkpoints from ${r}`);
    // A member's request switches to dc_org_member for its transaction (db/org-scope.ts): the role must be
    // allowed to become it.
    await tx.execute(sql`grant dc_org_member to ${r}`);
  });
  return 'applied';
}

export type AuditLogRights = { update: boolean; delete: boolean; truncate: boolean; insert: boolean; owner: boolean; superuser: boolean };

/** What the connected role could do to audit_log: all false but insert is what production should show. */
export async function auditLogRightsOfCurrentRole(db: Executor): Promise<AuditLogRights> {
  const [row] = await rowsOf<AuditLogRights>(
    db,
    sql`select has_table_privilege('audit_log', 'UPDATE') as update, has_table_privilege('audit_log', 'DELETE') as delete,
      has_table_privilege('audit_log', 'TRUNCATE') as truncate, has_table_privilege('audit_log', 'INSERT') as insert,
      pg_has_role((select tableowner from pg_tables where tablename = 'audit_log' and schemaname = 'public'), 'USAGE') as owner,
      (select rolsuper from pg_roles where rolname = current_user) as superuser`,
  );
  return row!;
}
