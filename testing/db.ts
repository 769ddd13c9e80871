// Per-test-file databases: a clone of the migrated template on the real PostgreSQL, or a fresh PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { migrate, openDatabase, type DbHandle } from '../db/index';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from './postgres';

export type TestDb = DbHandle & { url?: string; name?: string; dispose(): Promise<void> };

export async function createPostgresTestDb(): Promise<TestDb> {
  const name = uniqueName('dc_test');
  const template = inject('templateDatabase');
  await withAdmin((sql) => sql.unsafe(`create database "${name}" template "${template}"`));
  const url = databaseUrl(name);
  const handle = await openDatabase({ databaseUrl: url, dataDir: '.data', max: 4 });
  return {
    ...handle,
    url,
    name,
    async dispose() {
      await handle.close();
      await dropDatabase(name);
    },
  };
}

export async function createPgliteTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dc-pglite-'));
  const handle = await openDatabase({ dataDir: dir, holder: 'a test' });
  await migrate(handle);
  return {
    ...handle,
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const bothDrivers = [
  ['postgres', createPostgresTestDb],
  ['pglite', createPgliteTestDb],
] as const;

// TEST_DRIVERS=postgres (comma-separated names) narrows the pair. `npm run mutation -- audit` sets it: the
// mutated code (db/queries/audit.ts) has no driver-specific path, and a fresh PGlite costs seconds per suite.
const onlyDrivers = (process.env.TEST_DRIVERS ?? '').split(',').filter(Boolean);

/** The same tests against both drivers: PostgreSQL always, PGlite for the embedded default. */
export const drivers = bothDrivers.filter(([name]) => onlyDrivers.length === 0 || onlyDrivers.includes(name));
