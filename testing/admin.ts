// The admin area under test: a throwaway PostgreSQL database with synthetic records, a queue prefix of its
// own in the real Redis, the pipeline's dependencies, and staff principals of every role.
import { rowsOf } from '../db/index';
import { sql } from 'drizzle-orm';
import type { StaffPrincipal, StaffRole } from '../lib/staff/principal';
import type { AdminContext } from '../lib/admin/context';
import { allStaffRoles } from '../lib/admin/permissions';
import { getHasher, getSealer } from '../lib/keys';
import { pipelineDeps } from '../server/pipeline-deps';
import { loadSyntheticRecords } from '../lib/records/demo';
import { closeQueues } from '../workers/enqueue';
import { createPostgresTestDb, type TestDb } from './db';
import { uniqueName } from './postgres';
import { deleteRedisPrefix } from './redis';

export type AdminHarness = {
  t: TestDb;
  prefix: string;
  ctx: AdminContext;
  /** A staff member of each role; `second` is another notice operator (for four eyes). */
  staff: Record<StaffRole, StaffPrincipal> & { second: StaffPrincipal };
  count(query: ReturnType<typeof sql>): Promise<number>;
  dispose(): Promise<void>;
};

export const principal = (role: StaffRole, staffId = `staff-${role}`): StaffPrincipal => ({
  staffId,
  role,
  email: `${staffId}@example.org`,
});

export async function createAdminHarness(records: number, seed = 5): Promise<AdminHarness> {
  const t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: records, seed });
  const prefix = uniqueName('dcadmin');
  const staff = Object.fromEntries(allStaffRoles.map((r) => [r, principal(r)])) as Record<StaffRole, StaffPrincipal>;
  return {
    t,
    prefix,
    ctx: { ...pipelineDeps(t.db, prefix), sealer: getSealer(), portalUrl: 'http://localhost:3000', demo: true, emailProvider: 'outbox' },
    staff: { ...staff, second: principal('notice_operator', 'staff-second-operator') },
    async count(query) {
      const [row] = await rowsOf<{ n: number }>(t.db, query);
      return Number(row!.n);
    },
    async dispose() {
      await closeQueues();
      await deleteRedisPrefix(prefix);
      await t.dispose();
    },
  };
}
