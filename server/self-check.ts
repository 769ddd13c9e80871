// Composition root: the self-check's dependencies for the web app, built once per process from
// lib/env.ts. Kept on globalThis for the same reason as the database handle (db/client.ts): Next.js
// bundles separately.
import { getDb } from '../db/client';
import { createRedis } from '../workers/connection';
import { enqueueSendGroups } from '../workers/enqueue';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { selfCheckConfigFrom } from '../lib/self-check/config';
import { createSelfCheckDeps, type SelfCheckDeps } from '../lib/self-check/deps';

const KEY = Symbol.for('disclosure-check.self-check');
type Holder = { [KEY]?: Promise<SelfCheckDeps> };

export function getSelfCheckDeps(): Promise<SelfCheckDeps> {
  const g = globalThis as Holder;
  g[KEY] ??= (async () => {
    const e = env();
    return createSelfCheckDeps({
      db: await getDb(),
      hasher: getHasher(),
      sealer: getSealer(),
      secrets: e.secrets,
      // A check fails within about a second when Redis is down rather than holding the request open.
      redis: createRedis(e.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 1000 }),
      redisPrefix: `${e.QUEUE_PREFIX}:self-check`,
      config: selfCheckConfigFrom(e),
      enqueueGroups: (keys) => enqueueSendGroups(keys),
    });
  })();
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
