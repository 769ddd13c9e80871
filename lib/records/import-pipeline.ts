// The import's batches after they are read: key them (validate, TIN hash, fingerprint), look up the stored
// fingerprints of their TINs, seal only the rows that are new or changed, write them. A re-import of an
// unchanged file thus costs reading, validating and two HMACs a row; nothing is sealed or sent. Up to
// `maxInFlight` batches are between these stages at once (the reader waits for a free slot, so memory stays
// flat), keyed and sealed in parallel by the batch processor's workers, and written strictly in file order,
// so a TIN that appears again in a later batch ends as the later line says.
import type { Database } from '../../db/index';
import { recordImportProgress, type ImportCounts } from '../../db/queries/imports';
import { findStoredFingerprints, writeSealedRecords } from '../../db/queries/records';
import type { ImportReject } from '../../db/schema';
import { generateNoticeCode } from '../identifiers/notice-code';
import type { BatchProcessor } from './batch-processor';
import { rowRoute, type RawBatch } from './import-batch';

const HASH_BYTES = 32;

export type BatchPipeline = {
  /** Hands a batch on; resolves once there is room for the next one (rejects if an earlier batch failed). */
  push(raw: RawBatch): Promise<void>;
  /** Resolves when every batch pushed is written; rejects with the first failure. */
  drain(): Promise<void>;
};

export function createBatchPipeline(options: {
  db: Database;
  importId: number;
  processor: BatchProcessor;
  counts: ImportCounts;
  rejectCap: number;
  onProgress?: (progress: ImportCounts & { importId: number }) => void;
  onReject?: (reject: ImportReject) => void;
  maxInFlight?: number;
}): BatchPipeline {
  const { db, importId, processor, counts } = options;
  const maxInFlight = options.maxInFlight ?? 3;
  let nextId = 0;
  let inFlight = 0;
  let waiting: (() => void) | undefined;
  // Each batch's TINs become known (and its rejects are reported) in file order, after the batch before it.
  let keyedInOrder: Promise<void> = Promise.resolve();
  let written: Promise<void> = Promise.resolve();
  let failure: unknown;
  // TIN hashes (hex) of the batches keyed but not yet written.
  const unwritten = new Set<Set<string>>();

  const release = () => {
    inFlight--;
    const wake = waiting;
    waiting = undefined;
    wake?.();
  };

  const handle = async (id: number, raw: RawBatch, earlierKeyed: Promise<void>, known: () => void, previous: Promise<void>) => {
    let tins: Set<string> | undefined;
    try {
      const keying = processor.key(id, raw);
      await earlierKeyed;
      const keyed = await keying;
      const hex: string[] = new Array(keyed.count);
      const tinBytes = Buffer.from(keyed.tinHashes.buffer, keyed.tinHashes.byteOffset, keyed.tinHashes.byteLength);
      for (let i = 0; i < keyed.count; i++) hex[i] = tinBytes.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES);
      // A TIN also in an earlier batch that is not written yet may be looked up before that write: send it
      // anyway. The upsert compares fingerprints itself, so sending an unchanged row changes nothing.
      const mustSend = new Set<string>();
      for (const earlier of unwritten) for (const t of hex) if (earlier.has(t)) mustSend.add(t);
      tins = new Set(hex);
      unwritten.add(tins);
      counts.rejected += keyed.rejects.length;
      if (options.onReject) for (const r of keyed.rejects) options.onReject(r);
      known();

      const stored = await findStoredFingerprints(db, hex);
      const fingerprints = Buffer.from(keyed.fingerprints.buffer, keyed.fingerprints.byteOffset, keyed.fingerprints.byteLength);
      const routes = new Uint8Array(keyed.count);
      let toWrite = 0;
      for (let i = 0; i < keyed.count; i++) {
        const t = hex[i]!;
        const storedFingerprint = stored.get(t);
        if (mustSend.has(t)) routes[i] = rowRoute.upsert;
        else if (storedFingerprint === undefined) routes[i] = rowRoute.insert;
        else if (storedFingerprint !== fingerprints.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES)) routes[i] = rowRoute.upsert;
        else routes[i] = rowRoute.skip;
        if (routes[i] !== rowRoute.skip) toWrite++;
      }
      let outcome = { inserted: 0, updated: 0 };
      if (toWrite === 0) {
        processor.drop(id);
        await previous;
      } else {
        const sealed = await processor.seal(id, routes, importId);
        await previous;
        outcome = await writeSealedRecords(db, importId, sealed, generateNoticeCode);
      }
      counts.inserted += outcome.inserted;
      counts.updated += outcome.updated;
      counts.unchanged += keyed.count - outcome.inserted - outcome.updated;
      await recordImportProgress(db, importId, counts, keyed.rejects, options.rejectCap);
      options.onProgress?.({ ...counts, importId });
    } finally {
      if (tins) unwritten.delete(tins);
      known();
    }
  };

  return {
    async push(raw) {
      while (inFlight >= maxInFlight && failure === undefined) await new Promise<void>((resolve) => (waiting = resolve));
      if (failure !== undefined) throw failure;
      inFlight++;
      const id = nextId++;
      let known!: () => void;
      const earlierKeyed = keyedInOrder;
      keyedInOrder = new Promise<void>((resolve) => (known = resolve));
      written = handle(id, raw, earlierKeyed, known, written)
        .catch((err: unknown) => {
          failure ??= err;
          throw failure;
        })
        .finally(release);
      // Seen through drain() or the next push(); this only keeps it from counting as unhandled.
      written.catch(() => {});
    },
    async drain() {
      await written;
      if (failure !== undefined) throw failure;
    },
  };
}
