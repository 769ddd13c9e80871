// The process-wide database handle for the web app and workers, opened once from lib/env. Kept on
// globalThis because Next.js bundles route code separately from instrumentation.ts, and both must share
// one PGlite instance in the embedded mode.
import { env } from '../lib/env';
import { openDatabase, type Database, type DbHandle } from './index';

const KEY = Symbol.for('disclosure-check.db');
type Holder = { [KEY]?: Promise<DbHandle> };

export function getDbHandle(holder = 'the Disclosure Check server'): Promise<DbHandle> {
  const g = globalThis as Holder;
  g[KEY] ??= (async () => {
    const e = env();
    return openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, holder });
  })();
  return g[KEY]!;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as Holder;
  const handle = g[KEY];
  g[KEY] = undefined;
  if (handle) await (await handle).close();
}
