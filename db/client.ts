// The process-wide database handle for the web app and workers, opened once from lib/env. Kept on
// globalThis because Next.js bundles route code separately from instrumentation.ts, and both must share
// one PGlite instance in the embedded mode.
import { duringNextBuild, env } from '../lib/env';
import { openDatabase, type Database, type DbHandle } from './index';

const KEY = Symbol.for('disclosure-check.db');
type Holder = { [KEY]?: Promise<DbHandle> };

/**
 * `next build` renders pages to find the static ones. A page that reached the database there would open
 * the embedded one inside a build worker and leave its lock behind, so the server started right after
 * could find it still held (a fresh `npm start` stopped with "in use"). Such a page must read the request
 * (cookies(), headers(), connection()) before anything else; this makes the build say so.
 */
export class DatabaseDuringBuildError extends Error {
  override name = 'DatabaseDuringBuildError';
}

export function getDbHandle(holder = 'the Disclosure Check server'): Promise<DbHandle> {
  if (duringNextBuild()) {
    return Promise.reject(
      new DatabaseDuringBuildError('A page opened the database during `next build`: read the request (cookies(), connection()) first.'),
    );
  }
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
