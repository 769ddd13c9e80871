// The reconciler re-queues a letter batch's print job when it was lost (a worker stopped between the
// expansion's last chunk and the enqueue, or Redis lost it): found from the database, on real PostgreSQL
// and Redis, and never for a batch that is cancelled, still expanding, or fully printed.
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/index';
import { addNoticesAndGroup } from '@/db/queries/notices';
import { getHasher, getSealer } from '@/lib/keys';
import { actingAs, createNoticeBatch } from '@/lib/notices/service';
import { importRecordsCsv } from '@/lib/records/import';
import { createPostgresTestDb, type TestDb } from '@/testing/db';
import { closeTestQueues, testPipelineDeps } from '@/testing/queues';
import { goodRow, toCsv } from '@/testing/records';
import { closeQueues, enqueueExpansion, enqueuePrintFiles, enqueueSendGroups, getQueue } from '../enqueue';
import type { PipelineContext } from '../pipeline-context';
import { queueNames } from '../queues';
import { buildPrintFilesJobId } from './build-print-files';
import { handleReconcileNotices } from './reconcile-notices.handler';

describe('the reconciler and lost print jobs', () => {
  let t: TestDb;
  const prefix = `recl_${randomUUID().slice(0, 8)}`;
  const batchIds: Record<string, number> = {};

  beforeAll(async () => {
    t = await createPostgresTestDb();
    const people = [0, 1, 2].map((i) => goodRow({ tin: `91270${3000 + i}`, first_name: `Letter${i}` }));
    await importRecordsCsv({
      db: t.db,
      hasher: getHasher(),
      sealer: getSealer(),
      source: 'l.csv',
      actor: 't',
      input: Readable.from([toCsv(people)]),
    });
    const records = await rowsOf<{ id: number; language: string }>(t.db, sql`select id, language from affected_records order by id`);
    const service = actingAs(testPipelineDeps(t.db, prefix), 'operator-a');
    for (const name of ['lost', 'cancelled', 'expanding', 'printed']) {
      const created = await createNoticeBatch(service, { name, type: 'notice_copy', selection: { channels: ['letter'] } });
      if (!created.ok) throw new Error(created.error);
      batchIds[name] = created.data.id;
      await addNoticesAndGroup(
        t.db,
        records.map((r) => ({
          recordId: r.id,
          batchId: created.data.id,
          type: 'notice_copy' as const,
          channel: 'letter' as const,
          dedupeKey: name,
          language: r.language,
        })),
      );
    }
    // As the expansion leaves them: finished a minute ago (or not yet), then cancelled, or all letters printed.
    await t.db.execute(sql`update notice_batches set status = 'running', expansion_done = now() - interval '1 minute'`);
    await t.db.execute(sql`update notice_batches set expansion_done = null where id = ${batchIds.expanding}`);
    await t.db.execute(sql`update notice_batches set status = 'cancelled' where id = ${batchIds.cancelled}`);
    await t.db.execute(sql`
      insert into letter_pieces (notice_id, record_id, batch_id, piece_id, status)
      select n.id, n.record_id, n.batch_id, 'P' || n.id, 'rejected' from notices n where n.batch_id = ${batchIds.printed}`);
  });
  afterAll(async () => {
    for (const q of Object.values(queueNames)) await getQueue(q, prefix).obliterate({ force: true });
    await closeQueues();
    await closeTestQueues();
    await t?.dispose();
  });

  const ctx = () =>
    ({
      db: t.db,
      enqueueGroups: (keys: string[]) => enqueueSendGroups(keys, prefix),
      enqueueExpansion: (batchId: number, checkpoint: number) => enqueueExpansion(batchId, checkpoint, prefix),
      enqueuePrintFiles: (batchId: number) => enqueuePrintFiles(batchId, prefix),
    }) as unknown as PipelineContext;
  const printJob = (batchId: number) => getQueue(queueNames.letters, prefix).getJob(buildPrintFilesJobId(batchId));

  it('queues the print job of an expanded letter batch whose letters are not in a print file', async () => {
    expect(await printJob(batchIds.lost!)).toBeUndefined();
    const result = await handleReconcileNotices(ctx(), 30);
    expect(result.printRuns).toBe(1);
    expect((await printJob(batchIds.lost!))?.data).toEqual({ batchId: batchIds.lost });
    for (const name of ['cancelled', 'expanding', 'printed']) expect(await printJob(batchIds[name]!)).toBeUndefined();
  });

  it('waits out the stale time: a batch expanded just now has its job from the expansion itself', async () => {
    await t.db.execute(sql`update notice_batches set expansion_done = now() where id = ${batchIds.lost}`);
    expect((await handleReconcileNotices(ctx(), 30)).printRuns).toBe(0);
  });
});
