// Imports a browser upload all or nothing: importRecordsCsv commits a batch at a time, so a failure half
// way (the database going away, a crash) would leave part of the file imported. Here the whole run goes
// in one transaction, including its `imports` row and its audit entry; the upload's own row, written
// outside it, carries the progress the page polls and, on failure, says that nothing was imported.
// A worker killed mid-job rolls the transaction back with its connection; BullMQ hands the stalled job
// to another worker, which starts the file again from the top.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { UnrecoverableError, type Job } from 'bullmq';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import type { ImportCounts } from '../../db/queries/imports';
import { claimImportUpload, finishImportUpload, recordUploadProgress } from '../../db/queries/import-uploads';
import type { Hasher, Sealer } from '../../lib/crypto';
import { importRecordsCsv, type ImportResult } from '../../lib/records/import';
import { importUploadPayloadSchema } from './import-upload';

export type ImportUploadDeps = { db: Database; hasher: Hasher; sealer: Sealer; uploadsDir: string; batchSize: number };

class RolledBack extends Error {
  constructor(readonly result: ImportResult) {
    super(result.error ?? 'import failed');
  }
}

const countsOf = (r: ImportCounts): ImportCounts => ({
  rowsRead: r.rowsRead,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  rejected: r.rejected,
});

export async function handleImportUpload(
  deps: ImportUploadDeps,
  job: Pick<Job, 'data'>,
): Promise<{ status: 'completed' | 'failed' | 'skipped' }> {
  const parsed = importUploadPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Bad import-upload payload: ${parsed.error.issues[0]?.message}`);
  const { db } = deps;
  const upload = await claimImportUpload(db, parsed.data.uploadId);
  if (!upload) return { status: 'skipped' }; // finished already: adding the job twice imports once
  const file = path.join(deps.uploadsDir, path.basename(upload.storedAs));
  let progress: Promise<void> = Promise.resolve();
  let last: ImportCounts | undefined;
  let outcome: { ok: true; result: ImportResult } | { ok: false; err: unknown };
  try {
    const result = await db.transaction(async (tx) => {
      const r = await importRecordsCsv({
        db: tx,
        hasher: deps.hasher,
        sealer: deps.sealer,
        input: createReadStream(file),
        source: `admin upload ${upload.id}`,
        actor: upload.actor,
        batchSize: deps.batchSize,
        // Written beside the transaction (its own rows are invisible until commit), one write at a time.
        onProgress: (p) => {
          last = countsOf(p);
          const counts = last;
          progress = progress.then(() => recordUploadProgress(db, upload.id, counts)).catch(() => {});
        },
      });
      if (r.status !== 'completed') throw new RolledBack(r);
      return r;
    });
    outcome = { ok: true, result };
  } catch (err) {
    outcome = { ok: false, err };
  } finally {
    await progress;
    // Gone before the upload reads as finished: a finished upload never has a file left behind.
    await rm(file, { force: true });
  }
  if (outcome.ok) {
    await finishImportUpload(db, upload.id, { status: 'completed', importId: outcome.result.importId, counts: countsOf(outcome.result) });
    return { status: 'completed' };
  }
  const err = outcome.err;
  // A refused file (header) has its own sentence; anything else is named by kind only, never by the
  // database's message, which could quote a value from the file.
  const reason =
    err instanceof RolledBack && err.result.error && !err.result.error.startsWith('Import stopped:')
      ? err.result.error
      : 'The import stopped before the end of the file.';
  const counts = err instanceof RolledBack ? countsOf(err.result) : last;
  await finishImportUpload(db, upload.id, {
    status: 'failed',
    error: `${reason} Nothing was imported: correct the file if needed and upload it again.`,
    counts,
  });
  await appendAudit(db, deps.hasher.auditKey, {
    actor: upload.actor,
    action: 'import.upload_failed',
    outcome: 'rolled_back',
    detail: { uploadId: upload.id, rowsRead: counts?.rowsRead ?? 0 },
  });
  return { status: 'failed' };
}
