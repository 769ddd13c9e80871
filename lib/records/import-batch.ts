// The import's work on one batch of CSV records, in two steps, wherever the batch runs (a worker thread or
// the calling thread; batch-processor.ts decides). keyBatch validates the records and computes the two
// keyed hashes that say whether a row is new, changed or unchanged; the caller looks those up, then
// sealBatch seals only the rows it was told to write, straight into COPY tuples.
import { RecordTupleWriter, type RecordTuples } from '../../db/queries/record-copy';
import type { ImportReject } from '../../db/schema';
import type { Hasher, Sealer } from '../crypto';
import type { IsoDate } from '../identifiers/dates';
import { optionalRecordCsvColumns, parseRecordRow, recordCsvColumns, type RecordCsvColumn, type RecordRow } from '../validation/record-row';
import { keyRecordRow, sealRecordRow } from './seal';

const HASH_BYTES = 32;
// A sealed record in COPY form is 400-500 bytes; sized so that a batch seldom regrows its buffer.
const TUPLE_BYTES_GUESS = 560;

/** Records as the CSV reader gave them, with the line each starts on; null where it could not read one. */
export type RawBatch = { lines: number[]; records: (string[] | null)[] };

/** What the caller needs to decide each row's fate: the rejects, and per row its TIN hash and fingerprint. */
export type KeyedBatch = { rejects: ImportReject[]; count: number; tinHashes: Uint8Array; fingerprints: Uint8Array };

/** The validated rows of a batch, kept where they were keyed until they are sealed. */
export type ValidatedBatch = { rows: RecordRow[]; tinHashes: Buffer; fingerprints: Buffer };

/** Per row of a keyed batch: leave it (unchanged), insert it (no record has its TIN), or upsert it. */
export const rowRoute = { skip: 0, insert: 1, upsert: 2 } as const;

export type SealedBatch = { inserts: RecordTuples; upserts: RecordTuples };

export type BatchContext = { hasher: Hasher; sealer: Sealer; columns: readonly string[]; today: IsoDate };

type RawRow = Record<RecordCsvColumn, string | undefined>;

/**
 * A function from a record's fields to the object parseRecordRow reads, for this header. The object always
 * has the same keys in the same order, so building 1.28 million of them stays cheap. Should a column name
 * appear twice, the last one counts, as it always has.
 */
function rawRowReader(columns: readonly string[]): (fields: string[]) => RawRow {
  const at = [...recordCsvColumns, ...optionalRecordCsvColumns].map((c) => columns.lastIndexOf(c));
  // An optional column the file leaves out is at -1, which reads as undefined (unknown) in every row.
  const [tin, first, last, dob, street, city, state, zip, email, phone, language, category, elements, on, acts, ruling] =
    at as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  return (f) => ({
    tin: f[tin],
    first_name: f[first],
    last_name: f[last],
    date_of_birth: f[dob],
    street: f[street],
    city: f[city],
    state: f[state],
    zip: f[zip],
    email: f[email],
    phone: f[phone],
    language: f[language],
    category: f[category],
    disclosed_elements: f[elements],
    disclosed_on: f[on],
    disclosure_acts: f[acts],
    ruled_unlawful: f[ruling],
  });
}

export function createBatchWork(ctx: BatchContext) {
  const { hasher, sealer, columns, today } = ctx;
  const readRaw = rawRowReader(columns);

  /** Validates and keys a batch. The same TIN twice in one batch: the later line wins, the earlier is rejected. */
  function keyBatch(raw: RawBatch): { keyed: KeyedBatch; validated: ValidatedBatch } {
    const rejects: ImportReject[] = [];
    const rows: RecordRow[] = [];
    const lines: number[] = [];
    const tinHashes: Buffer[] = [];
    const fingerprints: Buffer[] = [];
    const slotOf = new Map<string, number>();
    for (let i = 0; i < raw.records.length; i++) {
      const fields = raw.records[i];
      const line = raw.lines[i]!;
      if (!fields || fields.length !== columns.length) {
        rejects.push({ line, reason: 'csv_malformed', field: '' });
        continue;
      }
      const parsed = parseRecordRow(readRaw(fields), { today });
      if (!parsed.ok) {
        rejects.push({ line, reason: parsed.reason, field: parsed.field });
        continue;
      }
      const keys = keyRecordRow(hasher, parsed.row);
      const tin = keys.tinHash.toString('latin1');
      const earlier = slotOf.get(tin);
      if (earlier !== undefined) {
        rejects.push({ line: lines[earlier]!, reason: 'duplicate_tin_superseded', field: 'tin' });
        rows[earlier] = parsed.row;
        lines[earlier] = line;
        fingerprints[earlier] = keys.fingerprint;
        continue;
      }
      slotOf.set(tin, rows.length);
      rows.push(parsed.row);
      lines.push(line);
      tinHashes.push(keys.tinHash);
      fingerprints.push(keys.fingerprint);
    }
    const validated = { rows, tinHashes: Buffer.concat(tinHashes), fingerprints: Buffer.concat(fingerprints) };
    return { keyed: { rejects, count: rows.length, tinHashes: validated.tinHashes, fingerprints: validated.fingerprints }, validated };
  }

  /** Seals the rows `routes` says to write (one route per row of the keyed batch), as COPY tuples. */
  function sealBatch(validated: ValidatedBatch, routes: Uint8Array, importId: number): SealedBatch {
    if (routes.length !== validated.rows.length) throw new Error('A batch was told the fate of a different number of rows than it holds.');
    let insertCount = 0;
    let upsertCount = 0;
    for (const route of routes) {
      if (route === rowRoute.insert) insertCount++;
      else if (route === rowRoute.upsert) upsertCount++;
    }
    const inserts = new RecordTupleWriter(TUPLE_BYTES_GUESS * insertCount);
    const upserts = new RecordTupleWriter(TUPLE_BYTES_GUESS * upsertCount);
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i];
      if (route === rowRoute.skip) continue;
      const keys = {
        tinHash: validated.tinHashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES),
        fingerprint: validated.fingerprints.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES),
      };
      (route === rowRoute.insert ? inserts : upserts).add(sealRecordRow(hasher, sealer, validated.rows[i]!, keys, importId));
    }
    return { inserts: inserts.take(), upserts: upserts.take() };
  }

  return { keyBatch, sealBatch };
}

export type BatchWork = ReturnType<typeof createBatchWork>;
