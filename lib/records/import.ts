// Streaming CSV import of the disclosed list. Memory stays flat: records are read a batch at a time on this
// thread; import-pipeline.ts then has them validated, keyed and sealed (in worker threads past a few thousand
// rows, batch-processor.ts) and writes them, a few batches behind the reader.
import type { Readable } from 'node:stream';
import { readCsvRecords } from '../csv/read-records';
import { todayUtc } from '../identifiers/dates';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { createImportRun, finishImportRun, type ImportCounts } from '../../db/queries/imports';
import { hasNoRecords } from '../../db/queries/records';
import type { ImportReject } from '../../db/schema';
import type { Hasher, Sealer } from '../crypto';
import { recordCsvColumns, recordRejectReasons } from '../validation/record-row';
import { createBatchProcessor, type BatchProcessor } from './batch-processor';
import type { RawBatch } from './import-batch';
import { createBatchPipeline, type BatchPipeline } from './import-pipeline';

export type ImportProgress = ImportCounts & { importId: number };

/** Every reason a line can be rejected for: the row rules plus what only the file as a whole can show. */
export const importRejectReasons = [...recordRejectReasons, 'csv_malformed', 'duplicate_tin_superseded'] as const;
export type ImportRejectReason = (typeof importRejectReasons)[number];

export type ImportOptions = {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  input: Readable;
  source: string;
  actor: string;
  batchSize?: number;
  /** Rejects kept on the import row; counts are always complete. */
  rejectCap?: number;
  onProgress?: (progress: ImportProgress) => void;
  onReject?: (reject: ImportReject) => void;
  /** Rows read before the per-row work moves to worker threads (default 10,000; Infinity keeps it on this thread). */
  sealWorkerAfterRows?: number;
  /** Told whether the worker threads started, once they are ready or have failed to (tests wait for it). */
  onWorkersStarted?: (ready: boolean) => void;
  /** Told at the end how many rows were sealed where, for the benchmark. */
  onSealed?: (sealed: { inWorker: number; inThread: number }) => void;
};

export type ImportResult = ImportProgress & { status: 'completed' | 'failed'; error?: string };

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export async function importRecordsCsv(options: ImportOptions): Promise<ImportResult> {
  const { db, hasher, sealer, input, source, actor } = options;
  const batchSize = options.batchSize ?? 2000;
  const rejectCap = options.rejectCap ?? 10_000;
  const workerAfterRows = options.sealWorkerAfterRows ?? 10_000;
  const run = await createImportRun(db, { source, actor });
  const startsEmpty = await hasNoRecords(db);
  const counts: ImportCounts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  // Made once the header is known: the workers are told the columns when they start.
  let processor: BatchProcessor | undefined;
  let pipeline: BatchPipeline | undefined;
  let batch: RawBatch = { lines: [], records: [] };

  const flush = async () => {
    if (batch.records.length === 0) return;
    const raw = batch;
    batch = { lines: [], records: [] };
    await pipeline!.push(raw);
  };

  try {
    let columns: string[] | null = null;
    const today = todayUtc();
    for await (const rec of readCsvRecords(input)) {
      if (!columns) {
        if (rec.error) throw new ImportFileError('The first line of the file is not a readable CSV header.');
        columns = rec.fields.map((c) => c.trim());
        const missing = recordCsvColumns.filter((c) => !columns!.includes(c));
        if (missing.length) throw new ImportFileError(`The file's header is missing the column(s): ${missing.join(', ')}.`);
        processor = createBatchProcessor({ hasher, sealer, columns, today });
        pipeline = createBatchPipeline({
          db,
          importId: run.id,
          processor,
          counts,
          rejectCap,
          startsEmpty,
          onProgress: options.onProgress,
          onReject: options.onReject,
        });
        continue;
      }
      // Starting workers costs a few hundred milliseconds: worth it only for a file of some size.
      if (counts.rowsRead++ === workerAfterRows) void processor!.startWorkers().then((ready) => options.onWorkersStarted?.(ready));
      batch.lines.push(rec.line);
      // A record the reader could not make out is rejected with its line where the batch is validated.
      batch.records.push(rec.error ? null : rec.fields);
      if (batch.records.length >= batchSize) await flush();
    }
    const headerChecked = columns !== null;
    if (!headerChecked) throw new ImportFileError('The file is empty: it has no header and no rows.');
    await flush();
    await pipeline!.drain();
    await finishImportRun(db, run.id, { status: 'completed' });
    await appendAudit(db, hasher.auditKey, {
      actor,
      action: 'import.completed',
      outcome: 'ok',
      detail: { importId: run.id, ...counts },
    });
    return { ...counts, importId: run.id, status: 'completed' };
  } catch (err) {
    await pipeline?.drain().catch(() => {});
    const message = err instanceof ImportFileError ? err.message : `Import stopped: ${(err as Error).message}`;
    input.destroy();
    await finishImportRun(db, run.id, { status: 'failed', error: message });
    await appendAudit(db, hasher.auditKey, {
      actor,
      action: 'import.failed',
      outcome: 'error',
      detail: { importId: run.id, ...counts },
    });
    return { ...counts, importId: run.id, status: 'failed', error: message };
  } finally {
    options.onSealed?.(processor?.sealed ?? { inWorker: 0, inThread: 0 });
    await processor?.close();
  }
}
