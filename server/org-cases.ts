// Composition root of the organization area's cases: what lib/orgs/cases.ts and its neighbours act with in
// the web app, built from the self-check's process-wide dependencies (one database, one Redis, one Sealer).
import { env } from '../lib/env';
import { createOrgCheckLimit, type OrgCheckLimit } from '../lib/orgs/case-check';
import type { CaseViewDeps } from '../lib/orgs/case-view';
import { getSelfCheckDeps } from './self-check';

const KEY = Symbol.for('disclosure-check.org-check-limit');
type Holder = { [KEY]?: OrgCheckLimit };

export async function getOrgCaseDeps(): Promise<CaseViewDeps & { orgLimit: OrgCheckLimit }> {
  const s = await getSelfCheckDeps();
  const g = globalThis as Holder;
  g[KEY] ??= createOrgCheckLimit(s.redis, s.redisPrefix);
  return {
    db: s.db,
    sealer: s.sealer,
    auditKey: s.hasher.auditKey,
    hasher: s.hasher,
    enqueueGroups: s.enqueueGroups,
    now: s.now,
    claimsDeadline: env().CLAIMS_DEADLINE,
    orgLimit: g[KEY],
  };
}
