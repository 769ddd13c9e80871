// Pause and cancel change a batch and its notices together: a failure midway (injected by a trigger that
// refuses the notices' update) leaves the batch as it was, not paused or cancelled with its notices untouched.
// Real PostgreSQL and Redis.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBatch, nextRecordsForBatch } from '../../db/queries/batches';
import { addNoticesAndGroup } from '../../db/queries/notices';
import { rowsOf } from '../../db/index';
import { getHasher, getSealer } from '../keys';
import { loadSyntheticRecords } from '../records/demo';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { uniqueName } from '../../testing/postgres';
import { closeTestQueues, testPipelineDeps } from '../../testing/queues';
import { deleteRedisPrefix } from '../../testing/redis';
import {
  actingAs,
  approveNoticeBatch,
  cancelNoticeBatch,
  createNoticeBatch,
  pauseNoticeBatch,
  startNoticeBatch,
  type PipelineDeps,
  type ServiceDeps,
} from './service';

let t: TestDb;
let base: PipelineDeps;
const prefix = uniqueName('arcommands');

beforeAll(async () => {
  t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 12, seed: 5 });
  base = testPipelineDeps(t.db, prefix);
  await t.db.execute(sql`create function ar_refuse_notice_update() returns trigger language plpgsql as $$
    begin raise exception 'injected failure'; end $$`);
});
afterAll(async () => {
  await closeTestQueues();
  await deleteRedisPrefix(prefix);
  await t.dispose();
});

/** A running batch with queued letters, as the expansion leaves it (made here, without a worker). */
async function runningBatchWithQueuedNotices() {
  const created = await createNoticeBatch(actingAs(base, 'staff-a'), {
    name: 'together',
    type: 'notice_copy',
    selection: { channels: ['letter'] },
  });
  if (!created.ok) throw new Error(created.error);
  const id = created.data.id;
  expect((await approveNoticeBatch(actingAs(base, 'staff-b'), id)).ok).toBe(true);
  expect((await startNoticeBatch(actingAs(base, 'staff-a'), id)).ok).toBe(true);
  const records = await nextRecordsForBatch(t.db, (await findBatch(t.db, id))!, 100);
  await addNoticesAndGroup(
    t.db,
    records.map((r) => ({
      recordId: r.id,
      batchId: id,
      type: 'notice_copy' as const,
      channel: 'letter' as const,
      dedupeKey: `batch-${id}`,
      language: r.language,
    })),
  );
  return { id, notices: records.length };
}

const statuses = async (batchId: number) => {
  const rows = await rowsOf<{ status: string; n: number }>(
    t.db,
    sql`select status, count(*)::int as n from notices where batch_id = ${batchId} group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
};

async function withRefusedNoticeUpdates<T>(work: () => Promise<T>): Promise<T> {
  await t.db.execute(sql`create trigger ar_refuse before update on notices for each row execute function ar_refuse_notice_update()`);
  try {
    return await work();
  } finally {
    await t.db.execute(sql`drop trigger ar_refuse on notices`);
  }
}

describe.each([
  ['pause', pauseNoticeBatch, 'paused', 'pending'],
  ['cancel', cancelNoticeBatch, 'cancelled', 'cancelled'],
] as const)('%s', (_name, run, batchStatus, noticeStatus) => {
  const command = (deps: ServiceDeps, id: number): Promise<{ ok: boolean }> => run(deps, id);
  it('changes the batch and its notices together, or neither', async () => {
    const { id, notices } = await runningBatchWithQueuedNotices();
    expect(notices).toBeGreaterThan(0);
    expect(await statuses(id)).toEqual({ queued: notices });

    await expect(withRefusedNoticeUpdates(() => command(actingAs(base, 'staff-a'), id))).rejects.toThrow();
    expect((await findBatch(t.db, id))!.status).toBe('running');
    expect(await statuses(id)).toEqual({ queued: notices });

    const done = await command(actingAs(base, 'staff-a'), id);
    expect(done.ok).toBe(true);
    expect((await findBatch(t.db, id))!.status).toBe(batchStatus);
    expect(await statuses(id)).toEqual({ [noticeStatus]: notices });
  });
});
