// The outbox's write: all messages of a request or none, one row per idempotency key. Real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHasher, getSealer } from '../../lib/keys';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { devOutbox } from '../schema';
import { addNoticesAndGroup } from './notices';
import { addOutboxMessages, listOutboxEntries } from './outbox';
import { rowsOf } from '../index';
import { sql } from 'drizzle-orm';

let t: TestDb;
let noticeIds: number[];

beforeAll(async () => {
  t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 3, seed: 7 });
  const records = await rowsOf<{ id: number; language: string }>(t.db, sql`select id, language from affected_records order by id`);
  await addNoticesAndGroup(
    t.db,
    records.map((r) => ({
      recordId: r.id,
      batchId: null,
      type: 'notice_copy' as const,
      channel: 'letter' as const,
      dedupeKey: 'outbox-test',
      language: r.language,
    })),
  );
  noticeIds = (await rowsOf<{ id: number }>(t.db, sql`select id from notices order by id`)).map((r) => Number(r.id));
});
afterAll(async () => {
  await t.dispose();
});

const message = (noticeId: number, key: string, messageId: string) => ({
  noticeId,
  idempotencyKey: key,
  messageId,
  sealed: Buffer.from('sealed'),
});

describe('addOutboxMessages', () => {
  it('stores each message once and answers the first id again on a retry', async () => {
    const [a, b] = noticeIds;
    expect(await addOutboxMessages(t.db, [message(a!, 'k1/a', 'm-a'), message(b!, 'k1/b', 'm-b')])).toEqual(['m-a', 'm-b']);
    expect(await addOutboxMessages(t.db, [message(a!, 'k1/a', 'other-a'), message(b!, 'k1/b', 'other-b')])).toEqual(['m-a', 'm-b']);
    expect((await t.db.select().from(devOutbox)).length).toBe(2);
  });

  it('stores none of a request when one message fails', async () => {
    const before = (await listOutboxEntries(t.db)).length;
    // A notice that does not exist breaks the foreign key on the second row.
    await expect(addOutboxMessages(t.db, [message(noticeIds[2]!, 'k2/c', 'm-c'), message(999_999, 'k2/x', 'm-x')])).rejects.toThrow();
    expect((await listOutboxEntries(t.db)).length).toBe(before);
  });
});
