// The one door to the database: PostgreSQL through postgres.js when DATABASE_URL is set, otherwise an
// embedded PGlite under DATA_DIR. Both hand back the same drizzle `Database`; `rowsOf` hides the one
// place where the drivers differ (execute returns an array on postgres.js and `{ rows }` on PGlite).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { SQL } from 'drizzle-orm';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import * as schema from './schema';
import { acquireDirectoryLock, type DirectoryLock } from './embedded-lock';
import { noDelaySocketOption } from './postgres-socket';

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

// The header every binary COPY stream starts with (signature, flags, extension length) and its trailer.
const COPY_BINARY_HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');
const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);

type PgliteCopyClient = { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

/** The driver's own client behind a drizzle database or transaction: postgres.js `Sql`, or PGlite. */
function driverClientOf(db: Executor): { postgres: Sql } | { pglite: PgliteCopyClient } {
  const client = (db as unknown as { _: { session: { client: unknown } } })._.session.client as Record<string, unknown>;
  if (typeof client.unsafe === 'function') return { postgres: client as unknown as Sql };
  if (typeof client.query === 'function') return { pglite: client as unknown as PgliteCopyClient };
  throw new Error('The database client is neither postgres.js nor PGlite.');
}

/**
 * Streams rows already in PostgreSQL's binary COPY format (header and trailer are added here) into
 * `target` ("table (col, …)"). The only statement that takes this way in: COPY fills a table several times
 * faster than INSERT … SELECT, and binary tuples need no parsing. postgres.js sends them as COPY FROM STDIN,
 * PGlite reads them from an attached blob.
 */
export async function copyBinaryInto(db: Executor, target: string, tuples: Uint8Array): Promise<void> {
  const client = driverClientOf(db);
  if ('pglite' in client) {
    await client.pglite.query(`copy ${target} from '/dev/blob' (format binary)`, [], {
      blob: new Blob([COPY_BINARY_HEADER, tuples as Uint8Array<ArrayBuffer>, COPY_BINARY_TRAILER]),
    });
    return;
  }
  // postgres.js 3.4.9 never settles the stream of a COPY that PostgreSQL refuses after the last byte was
  // sent (a unique violation found at the final flush, say): porsager/postgres#1173. The error still reaches
  // the query's reject, so it is passed on to the stream from there; without this the import would hang.
  const query = client.postgres.unsafe(`copy ${target} from stdin (format binary)`) as unknown as {
    reject: (err: unknown) => void;
    writable(): Promise<import('node:stream').Writable>;
  };
  let refused: ((err: Error) => void) | undefined;
  let early: Error | undefined;
  const reject = query.reject;
  query.reject = (err) => {
    const error = err instanceof Error ? err : new Error(String(err));
    if (refused) refused(error);
    else early = error;
    reject(err);
  };
  const stream = await query.writable();
  await new Promise<void>((resolve, fail) => {
    refused = (err) => (stream.destroyed ? fail(err) : stream.destroy(err));
    stream.once('error', fail);
    stream.once('finish', resolve);
    if (early) return stream.destroy(early);
    stream.write(COPY_BINARY_HEADER);
    stream.write(tuples);
    stream.end(COPY_BINARY_TRAILER);
  });
}

/** Whether `db` is a transaction (or a savepoint in one) rather than the database itself. */
export function isTransaction(db: Executor): boolean {
  return db instanceof PgTransaction;
}

/**
 * Runs `work` so that, should it fail, the transaction `db` belongs to can go on: inside a savepoint when `db`
 * is a transaction (a failed statement would otherwise abort it), as is when it is the database itself.
 */
export async function withStatementRollback<T>(db: Executor, work: (db: Executor) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return db.transaction((savepoint) => work(savepoint as unknown as Executor));
  return work(db);
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
      ...noDelaySocketOption(),
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
