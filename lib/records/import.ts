// Streaming CSV import of the disclosed list. Memory stays flat: rows are parsed, validated and hashed a
// batch at a time on this thread; import-pipeline.ts then looks up, seals and writes a few batches behind.
import type { Readable } from 'node:stream';
import { readCsvRecords } from '../csv/read-records';
import { todayUtc } from '../identifiers/dates';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { createImportRun, finishImportRun, type ImportCounts } from '../../db/queries/imports';
import type { ImportReject } from '../../db/schema';
import type { Hasher, Sealer } from '../crypto';
import { parseRecordRow, recordCsvColumns, recordRejectReasons } from '../validation/record-row';
import { createBatchPipeline } from './import-pipeline';
import { createRowSealer, type KeyedRow } from './row-sealer';
import { keyRecordRow } from './seal';

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
  /** Rows read before sealing moves to a worker thread (default 10,000; Infinity keeps it on this thread). */
  sealWorkerAfterRows?: number;
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
  const counts: ImportCounts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  const rowSealer = createRowSealer(hasher, sealer);
  const pipeline = createBatchPipeline({ db, importId: run.id, rowSealer, counts, rejectCap, onProgress: options.onProgress });
  let pendingRejects: ImportReject[] = [];
  let batch = new Map<string, KeyedRow & { line: number }>();

  const reject = (r: ImportReject) => {
    counts.rejected++;
    pendingRejects.push(r);
    options.onReject?.(r);
  };

  const flush = async () => {
    const rows = [...batch.values()];
    const rejects = pendingRejects;
    batch = new Map();
    pendingRejects = [];
    await pipeline.push(rows, rejects);
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
        continue;
      }
      // Starting a worker costs a few hundred milliseconds: worth it only for a file of some size.
      if (counts.rowsRead++ === workerAfterRows) void rowSealer.startWorker();
      if (rec.error || rec.fields.length !== columns.length) {
        reject({ line: rec.line, reason: 'csv_malformed', field: '' });
      } else {
        const raw: Record<string, string> = {};
        for (let i = 0; i < columns.length; i++) raw[columns[i]!] = rec.fields[i]!;
        const parsed = parseRecordRow(raw, { today });
        if (!parsed.ok) {
          reject({ line: rec.line, reason: parsed.reason, field: parsed.field });
        } else {
          // Only the two hashes that decide whether the row changed; the rest waits until it is known to have.
          const keys = keyRecordRow(hasher, parsed.row);
          const tinHash = keys.tinHash.toString('hex');
          // The same TIN twice in one batch: the later line wins, as it does across batches.
          const earlier = batch.get(tinHash);
          if (earlier) reject({ line: earlier.line, reason: 'duplicate_tin_superseded', field: 'tin' });
          batch.set(tinHash, { row: parsed.row, tinHash, fingerprint: keys.fingerprint.toString('hex'), line: rec.line });
        }
      }
      if (batch.size >= batchSize) await flush();
    }
    const headerChecked = columns !== null;
    if (!headerChecked) throw new ImportFileError('The file is empty: it has no header and no rows.');
    await flush();
    await pipeline.drain();
    await finishImportRun(db, run.id, { status: 'completed' });
    await appendAudit(db, hasher.auditKey, {
      actor,
      action: 'import.completed',
      outcome: 'ok',
      detail: { importId: run.id, ...counts },
    });
    return { ...counts, importId: run.id, status: 'completed' };
  } catch (err) {
    await pipeline.drain().catch(() => {});
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
    options.onSealed?.(rowSealer.sealed);
    await rowSealer.close();
  }
}
