// Composition root: staff sign-in's dependencies for the web app and CLIs, built once per process from
// lib/env.ts. Kept on globalThis for the same reason as the database handle (db/client.ts): Next.js
// bundles separately.
import { getDb } from '../db/client';
import type { Database } from '../db/index';
import { createRedis } from '../workers/connection';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { createSignInAddressLimit, signInAddressKey } from '../lib/staff/address-limit';
import { staffConfigFrom, type StaffDeps } from '../lib/staff/deps';
import { recoveryCodeKey } from '../lib/staff/recovery-codes';

const KEY = Symbol.for('disclosure-check.staff');
type Holder = { [KEY]?: Promise<StaffDeps> };

/** Deps over a given database handle (CLIs open their own). */
export function staffDepsFor(db: Database): StaffDeps {
  const e = env();
  return {
    db,
    sealer: getSealer(),
    auditKey: getHasher().auditKey,
    recoveryKey: recoveryCodeKey(e.secrets.pepper),
    config: staffConfigFrom(e),
    now: () => new Date(),
  };
}

/** The web app's: with the per-address limit on failed sign-ins, in Redis. */
export function getStaffDeps(): Promise<StaffDeps> {
  const g = globalThis as Holder;
  g[KEY] ??= getDb().then((db) => {
    const e = env();
    const addressLimit = createSignInAddressLimit({
      // A sign-in waits about a second at most when Redis is down, then goes on without the limit.
      redis: createRedis(e.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 1000 }),
      prefix: e.QUEUE_PREFIX,
      rate: e.STAFF_SIGN_IN_ADDRESS_LIMIT,
      key: signInAddressKey(e.secrets.pepper),
    });
    return { ...staffDepsFor(db), addressLimit };
  });
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
