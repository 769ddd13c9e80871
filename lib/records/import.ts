// Streaming CSV import of the disclosed list. Memory stays flat: rows are parsed, validated, hashed and
// sealed a batch at a time, and the next batch is prepared while the previous one is being written.
import type { Readable } from 'node:stream';
import { readCsvRecords } from '../csv/read-records';
import { todayUtc } from '../identifiers/dates';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { createImportRun, finishImportRun, recordImportProgress, type ImportCounts } from '../../db/queries/imports';
import { upsertSealedRecords, type SealedRecordRow } from '../../db/queries/records';
import type { ImportReject } from '../../db/schema';
import type { Hasher, Sealer } from '../crypto';
import { parseRecordRow, recordCsvColumns, recordRejectReasons } from '../validation/record-row';
import { sealRecordRow } from './seal';

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
};

export type ImportResult = ImportProgress & { status: 'completed' | 'failed'; error?: string };

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const UNIQUE_VIOLATION = '23505';
const NOTICE_CODE_CONSTRAINT = 'affected_records_notice_code_key';

function isNoticeCodeCollision(err: unknown): boolean {
  const e = err as { code?: string; constraint_name?: string; constraint?: string; message?: string; cause?: unknown };
  if (e?.cause && isNoticeCodeCollision(e.cause)) return true;
  return e?.code === UNIQUE_VIOLATION && (e.constraint_name ?? e.constraint ?? e.message ?? '').includes(NOTICE_CODE_CONSTRAINT);
}

export async function importRecordsCsv(options: ImportOptions): Promise<ImportResult> {
  const { db, hasher, sealer, input, source, actor } = options;
  const batchSize = options.batchSize ?? 2000;
  const rejectCap = options.rejectCap ?? 10_000;
  const run = await createImportRun(db, { source, actor });
  const counts: ImportCounts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let pendingRejects: ImportReject[] = [];
  let batch = new Map<string, { row: SealedRecordRow; line: number }>();
  let inFlight: Promise<void> = Promise.resolve();

  const reject = (r: ImportReject) => {
    counts.rejected++;
    pendingRejects.push(r);
    options.onReject?.(r);
  };

  const write = async (rows: SealedRecordRow[], rejects: ImportReject[]) => {
    let outcome;
    for (let attempt = 0; ; attempt++) {
      try {
        outcome = await upsertSealedRecords(db, run.id, rows);
        break;
      } catch (err) {
        // A fresh random code collided with an existing one (about 1 in 10^5 per million rows): draw again.
        if (attempt >= 3 || !isNoticeCodeCollision(err)) throw err;
        const { generateNoticeCode } = await import('../identifiers/notice-code');
        for (const r of rows) r.notice_code = generateNoticeCode();
      }
    }
    counts.inserted += outcome.inserted;
    counts.updated += outcome.updated;
    counts.unchanged += rows.length - outcome.inserted - outcome.updated;
    await recordImportProgress(db, run.id, counts, rejects, rejectCap);
    options.onProgress?.({ ...counts, importId: run.id });
  };

  const flush = async () => {
    const rows = [...batch.values()].map((b) => b.row);
    const rejects = pendingRejects;
    batch = new Map();
    pendingRejects = [];
    await inFlight;
    inFlight = write(rows, rejects);
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
      counts.rowsRead++;
      if (rec.error || rec.fields.length !== columns.length) {
        reject({ line: rec.line, reason: 'csv_malformed', field: '' });
      } else {
        const raw: Record<string, string> = {};
        for (let i = 0; i < columns.length; i++) raw[columns[i]!] = rec.fields[i]!;
        const parsed = parseRecordRow(raw, { today });
        if (!parsed.ok) {
          reject({ line: rec.line, reason: parsed.reason, field: parsed.field });
        } else {
          const sealed = sealRecordRow(hasher, sealer, parsed.row);
          // The same TIN twice in one batch: the later line wins, as it does across batches.
          const earlier = batch.get(sealed.tin_hash);
          if (earlier) reject({ line: earlier.line, reason: 'duplicate_tin_superseded', field: 'tin' });
          batch.set(sealed.tin_hash, { row: sealed, line: rec.line });
        }
      }
      if (batch.size >= batchSize) await flush();
    }
    const headerChecked = columns !== null;
    if (!headerChecked) throw new ImportFileError('The file is empty: it has no header and no rows.');
    await flush();
    await inFlight;
    await finishImportRun(db, run.id, { status: 'completed' });
    await appendAudit(db, hasher.auditKey, {
      actor,
      action: 'import.completed',
      outcome: 'ok',
      detail: { importId: run.id, ...counts },
    });
    return { ...counts, importId: run.id, status: 'completed' };
  } catch (err) {
    await inFlight.catch(() => {});
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
  }
}
