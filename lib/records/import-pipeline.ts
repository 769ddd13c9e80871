// The import's batches after they are read: key them (validate, TIN hash, fingerprint), look up which rows are
// new or changed, seal only those, write them. A re-import of an unchanged file thus costs reading,
// validating and two HMACs a row; nothing is sealed or sent. Up to `maxInFlight` batches are between these
// stages at once (the reader waits for a free slot, so memory stays flat), keyed and sealed in parallel by
// the batch processor's workers, and written strictly in file order, so a TIN that appears again in a later
// batch ends as the later line says.
//
// Into an empty table (a first import) nothing is looked up: every row is new, unless its TIN came earlier
// in the same file, and then the COPY of its batch is refused and the batch takes the upsert, which lets the
// later line win all the same (records.ts). Such a batch is keyed and sealed in one step. After a refusal the
// batches read from then on are looked up again.
import type { Database } from '../../db/index';
import { inImportBatchTransaction, recordImportProgress, type ImportCounts } from '../../db/queries/imports';
import { findRecordsToWrite, writeSealedRecords } from '../../db/queries/records';
import type { ImportReject } from '../../db/schema';
import { generateNoticeCode } from '../identifiers/notice-code';
import type { BatchProcessor } from './batch-processor';
import { rowRoute, type RawBatch } from './import-batch';

const HASH_BYTES = 32;

function hexes(hashes: Uint8Array, count: number): string[] {
  const bytes = Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength);
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = bytes.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES);
  return out;
}

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
  /** The table held no record when the import began: skip the lookups (see above). */
  startsEmpty?: boolean;
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
  let lookUp = !options.startsEmpty;
  // Batches sent without a lookup and not yet written: their TINs are unknown, so while any is pending a
  // lookup cannot tell that a row is unchanged (an earlier line might still change it), only that it is new.
  let unlookedUnwritten = 0;
  // TIN hashes (hex) of the batches keyed but not yet written.
  const unwritten = new Set<Set<string>>();

  const release = () => {
    inFlight--;
    const wake = waiting;
    waiting = undefined;
    wake?.();
  };

  const handle = async (
    id: number,
    raw: RawBatch,
    unlooked: boolean,
    earlierKeyed: Promise<void>,
    known: () => void,
    previous: Promise<void>,
  ) => {
    let tins: Set<string> | undefined;
    try {
      const keying = unlooked
        ? processor.keyAndSeal(id, raw, importId)
        : processor.key(id, raw).then((keyed) => ({ keyed, sealed: undefined }));
      // Awaited below, after the batches before it; until then a failure must not count as unhandled.
      keying.catch(() => {});
      await earlierKeyed;
      const { keyed, sealed: sealedAlready } = await keying;
      counts.rejected += keyed.rejects.length;
      if (options.onReject) for (const r of keyed.rejects) options.onReject(r);
      const routes = new Uint8Array(keyed.count);
      if (unlooked) {
        known();
        routes.fill(rowRoute.insert);
      } else {
        const tinHashes = hexes(keyed.tinHashes, keyed.count);
        // A TIN also in an earlier batch that is not written yet may be looked up before that write: send it
        // anyway. The upsert compares fingerprints itself, so sending an unchanged row changes nothing.
        const mustSend = new Set<string>();
        for (const earlier of unwritten) for (const t of tinHashes) if (earlier.has(t)) mustSend.add(t);
        tins = new Set(tinHashes);
        unwritten.add(tins);
        if (unlookedUnwritten > 0) routes.fill(rowRoute.upsert);
        known();
        const toWrite = await findRecordsToWrite(db, { tinHashes, fingerprints: hexes(keyed.fingerprints, keyed.count) });
        for (const r of toWrite) routes[r.index] = r.stored ? rowRoute.upsert : rowRoute.insert;
        if (mustSend.size > 0) for (let i = 0; i < keyed.count; i++) if (mustSend.has(tinHashes[i]!)) routes[i] = rowRoute.upsert;
      }
      const sealed =
        sealedAlready ??
        (routes.some((r) => r !== rowRoute.skip) ? await processor.seal(id, routes, importId) : (processor.drop(id), undefined));
      await previous;
      // The batch's records and its progress commit together; the counts move on once they have.
      const written = await inImportBatchTransaction(db, async (tx) => {
        const outcome = sealed
          ? await writeSealedRecords(tx, importId, sealed, generateNoticeCode)
          : { inserted: 0, updated: 0, copyRefused: false };
        const after = {
          ...counts,
          inserted: counts.inserted + outcome.inserted,
          updated: counts.updated + outcome.updated,
          unchanged: counts.unchanged + keyed.count - outcome.inserted - outcome.updated,
        };
        await recordImportProgress(tx, importId, after, keyed.rejects, options.rejectCap);
        return { outcome, after };
      });
      counts.inserted = written.after.inserted;
      counts.updated = written.after.updated;
      counts.unchanged = written.after.unchanged;
      if (written.outcome.copyRefused) lookUp = true;
      options.onProgress?.({ ...counts, importId });
    } finally {
      if (tins) unwritten.delete(tins);
      if (unlooked) unlookedUnwritten--;
      known();
    }
  };

  return {
    async push(raw) {
      while (inFlight >= maxInFlight && failure === undefined) await new Promise<void>((resolve) => (waiting = resolve));
      if (failure !== undefined) throw failure;
      inFlight++;
      const id = nextId++;
      // Decided as the batch is read: a batch sent without a lookup counts as such for every later one.
      const unlooked = !lookUp;
      if (unlooked) unlookedUnwritten++;
      let known!: () => void;
      const earlierKeyed = keyedInOrder;
      keyedInOrder = new Promise<void>((resolve) => (known = resolve));
      written = handle(id, raw, unlooked, earlierKeyed, known, written)
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
