// The print job's refusals (moved here from lib/letters/print-batch.test.ts, which tests the printing
// itself): a missing Chromium fails the job at once, as unrecoverable, with the sentence an operator
// reads, and stores nothing; a bad payload is refused. Real PostgreSQL.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/index';
import { countLettersByStatus, listPrintFiles } from '@/db/queries/letters';
import { addNoticesAndGroup } from '@/db/queries/notices';
import { resetEnvForTests } from '@/lib/env';
import { getHasher, getSealer } from '@/lib/keys';
import { actingAs, createNoticeBatch } from '@/lib/notices/service';
import { importRecordsCsv } from '@/lib/records/import';
import { createPostgresTestDb, type TestDb } from '@/testing/db';
import { testPipelineDeps } from '@/testing/queues';
import { goodRow, toCsv } from '@/testing/records';
import { handleBuildPrintFiles } from './build-print-files.handler';

describe('the build-print-files job', () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createPostgresTestDb();
    const people = [0, 1].map((i) => goodRow({ tin: `91270${2000 + i}`, first_name: `Person${i}`, street: `${200 + i} Synthetic Ave` }));
    await importRecordsCsv({
      db: t.db,
      hasher: getHasher(),
      sealer: getSealer(),
      source: 'letters.csv',
      actor: 'tester',
      input: Readable.from([toCsv(people)]),
      batchSize: 100,
    });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('fails the job at once, with the sentence, when Chromium is missing, and stores nothing', async () => {
    const service = actingAs(testPipelineDeps(t.db, 'unused'), 'operator-a');
    const created = await createNoticeBatch(service, { name: 'letters again', type: 'notice_copy', selection: { channels: ['letter'] } });
    if (!created.ok) throw new Error(created.error);
    const records = await rowsOf<{ id: number; language: string }>(
      t.db,
      sql`select id, language from affected_records order by id limit 2`,
    );
    expect(records).toHaveLength(2);
    await addNoticesAndGroup(
      t.db,
      records.map((r) => ({
        recordId: r.id,
        batchId: created.data.id,
        type: 'notice_copy' as const,
        channel: 'letter' as const,
        dedupeKey: 'copy',
        language: r.language,
      })),
    );
    const saved = process.env.LETTER_CHROMIUM_PATH;
    process.env.LETTER_CHROMIUM_PATH = '/nonexistent/chromium';
    resetEnvForTests();
    try {
      const job = { data: { batchId: created.data.id } } as Parameters<typeof handleBuildPrintFiles>[1];
      const attempt = handleBuildPrintFiles(t.db, job);
      await expect(attempt).rejects.toBeInstanceOf(UnrecoverableError);
      await expect(attempt).rejects.toThrow(/^Letters cannot be printed: Chromium is not installed at \/nonexistent\/chromium/);
      await expect(handleBuildPrintFiles(t.db, { data: { batchId: 'x' } } as unknown as typeof job)).rejects.toThrow(
        /Bad build-print-files payload/,
      );
    } finally {
      if (saved === undefined) delete process.env.LETTER_CHROMIUM_PATH;
      else process.env.LETTER_CHROMIUM_PATH = saved;
      resetEnvForTests();
    }
    expect(await listPrintFiles(t.db, created.data.id)).toEqual([]);
    expect(await countLettersByStatus(t.db, created.data.id)).toEqual({ pending: 2 });
  });
});
