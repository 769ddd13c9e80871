// The sockets postgres.js is given: connected with Nagle's algorithm off, to each listed host in turn, or to a
// Unix socket; and, on the machine's real PostgreSQL, the difference that makes to a COPY followed by a query.
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBinaryInto, openDatabase, type DbHandle } from './index';
import { noDelaySocketFactory, noDelaySocketOption } from './postgres-socket';
import { adminUrl, databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

function listen(server: net.Server, where: number | string): Promise<void> {
  return new Promise((resolve) => server.listen(where, () => resolve()));
}

describe('noDelaySocketFactory', () => {
  it('connects to each listed host in turn, with the port listed beside it', async () => {
    const seen: number[] = [];
    const servers = [net.createServer((s) => (seen.push(0), s.end())), net.createServer((s) => (seen.push(1), s.end()))];
    await Promise.all(servers.map((s) => listen(s, 0)));
    const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
    const connect = noDelaySocketFactory();
    for (let i = 0; i < 3; i++) {
      const socket = connect({ host: ['127.0.0.1', '127.0.0.1'], port: ports });
      await new Promise((resolve, reject) => socket.once('close', resolve).once('error', reject));
    }
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    expect(seen).toEqual([0, 1, 0]);
  });

  it('connects to a Unix socket when postgres.js gives a path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dc-sock-'));
    const file = path.join(dir, '.s.PGSQL.5432');
    let accepted = false;
    const server = net.createServer((s) => ((accepted = true), s.end()));
    await listen(server, file);
    const socket = noDelaySocketFactory()({ host: ['ignored'], port: [1], path: file });
    await new Promise((resolve, reject) => socket.once('close', resolve).once('error', reject));
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
    expect(accepted).toBe(true);
  });

  it('reports a refused connection as the socket error postgres.js listens for', async () => {
    const server = net.createServer();
    await listen(server, 0);
    const { port } = server.address() as net.AddressInfo;
    await new Promise((r) => server.close(r));
    const socket = noDelaySocketFactory()({ host: ['127.0.0.1'], port: [port] });
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => socket.once('error', resolve));
    expect(err.code).toBe('ECONNREFUSED');
  });
});

describe('postgres.js on these sockets (real PostgreSQL)', () => {
  const name = uniqueName('dc_socket');
  let handle: DbHandle;
  beforeAll(async () => {
    await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
    handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 1 });
    await handle.db.execute(sql`create table copied (n int4)`);
  });
  afterAll(async () => {
    await handle?.close();
    await dropDatabase(name);
  });

  // One int4 tuple in binary COPY form: field count, length, value.
  const tuple = Buffer.from([0, 1, 0, 0, 0, 4, 0, 0, 0, 7]);

  /** Milliseconds for `rounds` of "COPY a row, then a query" on `copyThenQuery`. */
  async function timeRounds(rounds: number, copyThenQuery: () => Promise<unknown>): Promise<number> {
    await copyThenQuery();
    const started = performance.now();
    for (let i = 0; i < rounds; i++) await copyThenQuery();
    return performance.now() - started;
  }

  it('does not hold the statement after a COPY back for a delayed ACK, as a default socket does', async () => {
    // The same work through a client on postgres.js's own socket (Nagle's algorithm on) is the yardstick: it
    // waits ~40 ms a round for PostgreSQL's delayed ACK. Compared with each other, not with a clock, so a busy
    // machine slows both alike.
    const plain = postgres(databaseUrl(name), { max: 1, onnotice: () => {} });
    const plainDb = { _: { session: { client: plain } } } as never;
    try {
      const rounds = 8;
      const withNagle = await timeRounds(rounds, async () => {
        await copyBinaryInto(plainDb, 'copied (n)', tuple);
        await plain`select 1`;
      });
      const without = await timeRounds(rounds, async () => {
        await copyBinaryInto(handle.db, 'copied (n)', tuple);
        await handle.db.execute(sql`select 1`);
      });
      expect(withNagle / rounds).toBeGreaterThan(30);
      expect(without * 4).toBeLessThan(withNagle);
    } finally {
      await plain.end({ timeout: 5 });
    }
  });

  it('still connects through the admin URL the tests use', async () => {
    const admin = postgres(adminUrl, { ...noDelaySocketOption(), max: 1, onnotice: () => {} });
    try {
      const [row] = await admin<{ one: number }[]>`select 1 as one`;
      expect(row?.one).toBe(1);
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
});
