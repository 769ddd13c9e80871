// Staff sign-in's dependencies for the web app and CLIs, built once per process from lib/env.ts. Kept on
// globalThis for the same reason as the database handle (db/client.ts): Next.js bundles separately.
import { getDb } from '../../db/client';
import type { Database } from '../../db/index';
import { env } from '../env';
import { getHasher, getSealer } from '../keys';
import { staffConfigFrom, type StaffDeps } from './deps';
import { recoveryCodeKey } from './recovery-codes';

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

export function getStaffDeps(): Promise<StaffDeps> {
  const g = globalThis as Holder;
  g[KEY] ??= getDb().then(staffDepsFor);
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
