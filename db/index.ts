// The one door to the database: PostgreSQL through postgres.js when DATABASE_URL is set, otherwise an
// embedded PGlite under DATA_DIR. Both hand back the same drizzle `Database`; `rowsOf` hides the one
// place where the drivers differ (execute returns an array on postgres.js and `{ rows }` on PGlite).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDirectoryLock, type DirectoryLock } from './embedded-lock';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export type DbHandle = {
  db: Database;
  driver: 'postgres' | 'pglite';
  close(): Promise<void>;
};

// Every entry point runs from the project root (npm scripts, next start, tests).
export const migrationsFolder = path.resolve('db/migrations');

export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export type OpenOptions = {
  databaseUrl?: string;
  dataDir: string;
  /** Holder name written into the embedded lock, shown to a process that is refused. */
  holder?: string;
  max?: number;
};

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(options.databaseUrl, {
      max: options.max ?? 10,
      onnotice: () => {},
      // bigint ids and counts fit easily in a double; return numbers as PGlite does, not strings.
      types: {
        bigint: { to: 20, from: [20], serialize: (v: number | bigint) => String(v), parse: (v: string) => Number(v) },
      },
    });
    const db = drizzle(client, { schema }) as unknown as Database;
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  const dir = path.join(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const lock: DirectoryLock = acquireDirectoryLock(dir, options.holder ?? 'a process');
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create(dir);
    const db = drizzle(client, { schema }) as unknown as Database;
    return {
      db,
      driver: 'pglite',
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.driver === 'postgres') {
    const { migrate: run } = await import('drizzle-orm/postgres-js/migrator');
    await run(handle.db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(handle.db as never, { migrationsFolder });
  }
}
