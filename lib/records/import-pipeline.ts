// The import's batches after they are read: look up the stored fingerprints of their TINs, seal only the rows
// that are new or changed, write them. A re-import of an unchanged file thus costs reading, validating and
// two HMACs a row; nothing is sealed or sent. Up to `maxInFlight` batches are between these stages at once
// (the reader waits for a free slot, so memory stays flat), and they are written strictly in file order, so
// a TIN that appears again in a later batch ends as the later line says.
import type { Database } from '../../db/index';
import { recordImportProgress, type ImportCounts } from '../../db/queries/imports';
import {
  findStoredFingerprints,
  upsertSealedRecords,
  withNewNoticeCodes,
  type SealedRecordBatch,
  type UpsertOutcome,
} from '../../db/queries/records';
import type { ImportReject } from '../../db/schema';
import { generateNoticeCode } from '../identifiers/notice-code';
import type { KeyedRow, RowSealer } from './row-sealer';

export type BatchPipeline = {
  /** Hands a batch on; resolves once there is room for the next one (rejects if an earlier batch failed). */
  push(rows: KeyedRow[], rejects: ImportReject[]): Promise<void>;
  /** Resolves when every batch pushed is written; rejects with the first failure. */
  drain(): Promise<void>;
};

const UNIQUE_VIOLATION = '23505';
const NOTICE_CODE_CONSTRAINT = 'affected_records_notice_code_key';

function isNoticeCodeCollision(err: unknown): boolean {
  const e = err as { code?: string; constraint_name?: string; constraint?: string; message?: string; cause?: unknown };
  if (e?.cause && isNoticeCodeCollision(e.cause)) return true;
  return e?.code === UNIQUE_VIOLATION && (e.constraint_name ?? e.constraint ?? e.message ?? '').includes(NOTICE_CODE_CONSTRAINT);
}

async function upsertWithFreshCodes(db: Database, importId: number, batch: SealedRecordBatch): Promise<UpsertOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await upsertSealedRecords(db, importId, batch);
    } catch (err) {
      // A fresh random code collided with an existing one (about 1 in 10^5 per million rows): draw again.
      if (attempt >= 3 || !isNoticeCodeCollision(err)) throw err;
      batch = withNewNoticeCodes(batch, generateNoticeCode);
    }
  }
}

export function createBatchPipeline(options: {
  db: Database;
  importId: number;
  rowSealer: RowSealer;
  counts: ImportCounts;
  rejectCap: number;
  onProgress?: (progress: ImportCounts & { importId: number }) => void;
  maxInFlight?: number;
}): BatchPipeline {
  const { db, importId, rowSealer, counts } = options;
  const maxInFlight = options.maxInFlight ?? 2;
  let inFlight = 0;
  let waiting: (() => void) | undefined;
  let written: Promise<void> = Promise.resolve();
  let failure: unknown;
  // TIN hashes of the batches handed on but not yet written.
  const unwritten = new Set<Set<string>>();

  const release = () => {
    inFlight--;
    const wake = waiting;
    waiting = undefined;
    wake?.();
  };

  const handle = async (rows: KeyedRow[], rejects: ImportReject[], mustSend: Set<string>, previous: Promise<void>) => {
    const stored = await findStoredFingerprints(db, rows.map((r) => Buffer.from(r.tinHash, 'hex')));
    // A TIN also in an earlier batch that is not written yet may have been looked up before that write: send
    // it anyway. The upsert compares fingerprints itself, so sending an unchanged row changes nothing.
    const changed = rows.filter((r) => mustSend.has(r.tinHash) || stored.get(r.tinHash) !== r.fingerprint);
    const sealed = await rowSealer.seal(changed);
    await previous;
    const outcome = await upsertWithFreshCodes(db, importId, sealed);
    counts.inserted += outcome.inserted;
    counts.updated += outcome.updated;
    counts.unchanged += rows.length - outcome.inserted - outcome.updated;
    await recordImportProgress(db, importId, counts, rejects, options.rejectCap);
    options.onProgress?.({ ...counts, importId });
  };

  return {
    async push(rows, rejects) {
      while (inFlight >= maxInFlight && failure === undefined) await new Promise<void>((resolve) => (waiting = resolve));
      if (failure !== undefined) throw failure;
      inFlight++;
      const tins = new Set(rows.map((r) => r.tinHash));
      const mustSend = new Set<string>();
      for (const earlier of unwritten) for (const t of tins) if (earlier.has(t)) mustSend.add(t);
      unwritten.add(tins);
      written = handle(rows, rejects, mustSend, written)
        .catch((err: unknown) => {
          failure ??= err;
          throw failure;
        })
        .finally(() => {
          unwritten.delete(tins);
          release();
        });
      // Seen through drain() or the next push(); this only keeps it from counting as unhandled.
      written.catch(() => {});
    },
    async drain() {
      await written;
      if (failure !== undefined) throw failure;
    },
  };
}
