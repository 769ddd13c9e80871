// Composition root: what the public organization application needs in the web app, built once per process
// from lib/env.ts. It shares the self-check's database handle, Redis connection and keys.
import { env } from '../lib/env';
import { getHasher } from '../lib/keys';
import { createApplyLimit } from '../lib/orgs/apply-limit';
import type { ApplyLimit } from '../lib/orgs/apply-limit';
import type { OrgDeps } from '../lib/orgs/applications';
import { getSelfCheckDeps } from './self-check';

const KEY = Symbol.for('disclosure-check.org-apply');
type Holder = { [KEY]?: Promise<OrgDeps & { limit: ApplyLimit }> };

export function getOrgApplyDeps(): Promise<OrgDeps & { limit: ApplyLimit }> {
  const g = globalThis as Holder;
  g[KEY] ??= (async () => {
    const e = env();
    const base = await getSelfCheckDeps();
    return {
      db: base.db,
      auditKey: getHasher().auditKey,
      limit: createApplyLimit({
        redis: base.redis,
        prefix: `${e.QUEUE_PREFIX}:org-apply`,
        rate: e.ORG_APPLY_ADDRESS_LIMIT,
        keys: base.keys,
      }),
    };
  })();
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
