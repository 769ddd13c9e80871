// The two ways into the organization tables, which are under row-level security (migration
// 0026_org_row_security). A member's request runs `withOrgScope`: its transaction switches to the role
// dc_org_member (superusers and table owners would otherwise pass the policies) and sets app.org_id for that
// transaction only, so every statement in it sees and writes that organization's rows and no other, even one
// whose own `where` forgot the organization or took a forged id. Code that acts for no member (the staff area,
// the workers, the public application form, the sign-in link before anyone is signed in, a client revoking an
// authorization from their own self-check session) runs `withServiceScope`.
//
// Both take the database, never a transaction: a SET LOCAL made inside a savepoint outlives the savepoint's
// release, so a scope opened inside someone else's transaction would leak into the rest of it.
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database, Executor, Transaction } from './index';

export const orgMemberRole = 'dc_org_member';

function refuseTransaction(db: Executor): Database {
  if (db instanceof PgTransaction)
    throw new Error('An organization scope opens its own transaction: pass the database, not a transaction.');
  return db as Database;
}

export async function withOrgScope<T>(db: Executor, orgId: number, work: (tx: Transaction) => Promise<T>): Promise<T> {
  if (!Number.isSafeInteger(orgId) || orgId <= 0) throw new Error('withOrgScope needs an organization id.');
  return refuseTransaction(db).transaction(async (tx) => {
    // One statement, one round trip: set_config('role', …, true) is SET LOCAL ROLE (the same permission check).
    await tx.execute(
      sql`select set_config('role', ${orgMemberRole}, true), set_config('app.org_id', ${String(orgId)}, true), set_config('app.scope', '', true)`,
    );
    return work(tx);
  });
}

export async function withServiceScope<T>(db: Executor, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return refuseTransaction(db).transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.scope', 'service', true), set_config('app.org_id', '', true)`);
    return work(tx);
  });
}
