import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { UnrecoverableError, type Job } from 'bullmq';
import type { Database } from '../../db/index';
import { env } from '../../lib/env';
import { getHasher, getSealer } from '../../lib/keys';
import { importRecordsCsv, type ImportResult } from '../../lib/records/import';
import { importRecordsPayloadSchema } from './import-records';

export async function handleImportRecords(db: Database, job: Job): Promise<ImportResult> {
  const parsed = importRecordsPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Bad import-records payload: ${parsed.error.issues[0]?.message}`);
  const { file, source, actor, removeAfter } = parsed.data;
  const result = await importRecordsCsv({
    db,
    hasher: getHasher(),
    sealer: getSealer(),
    input: createReadStream(file),
    source,
    actor,
    batchSize: env().IMPORT_BATCH_SIZE,
    onProgress: (p) => void job.updateProgress({ ...p }),
  });
  if (removeAfter) await rm(file, { force: true });
  return result;
}
