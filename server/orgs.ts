// Composition root: the organization area's dependencies for the web app (sign-in links, the second factor,
// member management), built once per process from lib/env.ts. Kept on globalThis for the same reason as the
// database handle (db/client.ts): Next.js bundles separately.
import { getDb } from '../db/client';
import { createRedis } from '../workers/connection';
import { enqueueSendGroups } from '../workers/enqueue';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import type { OrgDeps } from '../lib/orgs/deps';
import { deriveOrgSignInKeys } from '../lib/orgs/keys';
import { createOrgSignInLimits } from '../lib/orgs/limits';
import { signInLinkMaxMinutes } from '../lib/orgs/sign-in-link';

const KEY = Symbol.for('disclosure-check.orgs');
type Holder = { [KEY]?: Promise<OrgDeps> };

export function getOrgDeps(): Promise<OrgDeps> {
  const g = globalThis as Holder;
  g[KEY] ??= getDb().then((db) => {
    const e = env();
    const keys = deriveOrgSignInKeys(e.secrets.pepper);
    return {
      db,
      sealer: getSealer(),
      auditKey: getHasher().auditKey,
      keys,
      limits: createOrgSignInLimits({
        // A request fails within about a second when Redis is down rather than hanging.
        redis: createRedis(e.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 1000 }),
        prefix: e.QUEUE_PREFIX,
        email: e.ORG_SIGN_IN_EMAIL_LIMIT,
        address: e.ORG_SIGN_IN_ADDRESS_LIMIT,
        keys,
      }),
      enqueueGroups: (groups) => enqueueSendGroups(groups),
      session: { idleMs: e.STAFF_IDLE_MINUTES * 60_000, absoluteMs: e.STAFF_ABSOLUTE_HOURS * 3_600_000 },
      config: {
        linkMinutes: signInLinkMaxMinutes,
        responseFloorMs: e.SELF_CHECK_RESPONSE_FLOOR_MS,
        lockoutAttempts: e.STAFF_LOCKOUT_ATTEMPTS,
        lockoutMs: e.STAFF_LOCKOUT_MINUTES * 60_000,
      },
      now: () => new Date(),
      log: (event, detail) => console.info(`[orgs] ${event} ${JSON.stringify(detail)}`),
    };
  });
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
