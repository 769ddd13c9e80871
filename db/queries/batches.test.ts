// The batch row lock the expansion takes: held until the transaction ends. Real PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { waitFor } from '../../testing/wait';
import { rowsOf } from '../index';
import { createBatch, lockBatch } from './batches';

let t: TestDb;

beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t.dispose();
});

describe('lockBatch', () => {
  it('answers false for a batch that does not exist', async () => {
    expect(await t.db.transaction((tx) => lockBatch(tx, 987_654))).toBe(false);
  });

  it('makes a second locker wait until the first transaction ends', async () => {
    const batch = await createBatch(t.db, { name: 'lock', type: 'notice_copy', selection: {}, createdBy: 'a' });
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = t.db.transaction(async (tx) => {
      expect(await lockBatch(tx, batch.id)).toBe(true);
      order.push('first locked');
      await held;
      order.push('first ends');
    });
    await waitFor(async () => order.includes('first locked'), 'the first lock');
    const second = t.db.transaction(async (tx) => {
      await lockBatch(tx, batch.id);
      order.push('second locked');
    });
    // The second is seen waiting on the row lock before the first lets go.
    await waitFor(
      async () =>
        (
          await rowsOf<{ n: number }>(
            t.db,
            sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          )
        )[0]!.n > 0,
      'the second locker to wait',
    );
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first ends', 'second locked']);
  });
});
