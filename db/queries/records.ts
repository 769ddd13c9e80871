import { count, eq, sql } from 'drizzle-orm';
import { copyBinaryInto, rowsOf, withStatementRollback, type Executor } from '../index';
import { affectedRecords, type AffectedRecord } from '../schema';
import { readRecordTuples, recordCopyColumns, type RecordTuples } from './record-copy';

/** A row ready to store: hashes hex-encoded, sealed data base64. */
export type SealedRecordRow = {
  notice_code: string;
  tin_hash: string;
  tin_kind: 'ssn' | 'itin';
  identity_hashes: string[];
  email_hash: string | null;
  pii: string;
  key_version: number;
  language: string;
  state: string;
  category: string;
  disclosed_elements: string[];
  disclosed_on: string;
  /** null when the file did not say */
  disclosure_acts: number | null;
  ruled_unlawful: boolean | null;
  fingerprint: string;
};

/**
 * Sealed rows as the one text parameter they are sent in: a line per row, fields separated by tabs, in the
 * order of SealedRecordRow. PostgreSQL splits it with string_to_table/string_to_array in about a third of
 * the time it took to parse the same rows as JSON (its JSON parse was 28% of its work in the import). No
 * field can hold a tab, newline or comma: each is hex, base64, a date, a code or a validated enum value.
 * It is made where the rows are sealed, so a worker thread hands over one string.
 */
export type SealedRecordBatch = { text: string; count: number };

function sealedRecordLine(r: SealedRecordRow): string {
  // An array literal of bytea in text form: {\\x…,\\x…} (the backslash escaped for the array parser).
  const identity = `{${r.identity_hashes.map((h) => `\\\\x${h}`).join(',')}}`;
  return [
    r.notice_code,
    r.tin_hash,
    r.tin_kind,
    identity,
    r.email_hash ?? '',
    r.pii,
    r.key_version,
    r.language,
    r.state,
    r.category,
    r.disclosed_elements.join(','),
    r.disclosed_on,
    r.disclosure_acts ?? '',
    r.ruled_unlawful === null ? '' : r.ruled_unlawful ? 't' : 'f',
    r.fingerprint,
  ].join('\t');
}

export function toSealedRecordBatch(rows: SealedRecordRow[]): SealedRecordBatch {
  return { text: rows.map(sealedRecordLine).join('\n'), count: rows.length };
}

/** The same batch with each row's notice code replaced (after a collision with a stored code). */
export function withNewNoticeCodes(batch: SealedRecordBatch, nextCode: () => string): SealedRecordBatch {
  const lines = batch.text.split('\n').map((line) => nextCode() + line.slice(line.indexOf('\t')));
  return { text: lines.join('\n'), count: batch.count };
}

export type UpsertOutcome = { inserted: number; updated: number };

/** A row of a batch that must be written: its position in the batch, and whether a record has its TIN. */
export type RecordToWrite = { index: number; stored: boolean };

/**
 * Of these rows (TIN hash and fingerprint, hex, in the same order), those whose TIN has no record or whose
 * record has another fingerprint. The import asks first, so an unchanged row is neither sealed nor sent;
 * only the rows to write come back (none at all for an unchanged batch).
 */
export async function findRecordsToWrite(db: Executor, rows: { tinHashes: string[]; fingerprints: string[] }): Promise<RecordToWrite[]> {
  if (rows.tinHashes.length === 0) return [];
  const found = await rowsOf<{ i: number | string; stored: boolean }>(
    db,
    sql`
    select k.i, a.fingerprint is not null as stored
    from unnest(string_to_array(${rows.tinHashes.join(',')}, ','), string_to_array(${rows.fingerprints.join(',')}, ','))
      with ordinality as k(tin_hash, fingerprint, i)
    left join affected_records a on a.tin_hash = decode(k.tin_hash, 'hex')
    where a.fingerprint is distinct from decode(k.fingerprint, 'hex')`,
  );
  return found.map((r) => ({ index: Number(r.i) - 1, stored: r.stored }));
}

/** Whether no record is stored yet: a first import need not look up its rows (see import-pipeline.ts). */
export async function hasNoRecords(db: Executor): Promise<boolean> {
  const [row] = await rowsOf<{ empty: boolean }>(db, sql`select not exists (select 1 from affected_records) as empty`);
  return row!.empty;
}

/**
 * Inserts new records and updates changed ones in one statement. Both drivers pass the batch's one text
 * parameter the same way. An unchanged row (same fingerprint) is left alone, so it is safe to send one.
 * The notice code of an existing record never changes.
 */
export async function upsertSealedRecords(db: Executor, importId: number, batch: SealedRecordBatch): Promise<UpsertOutcome> {
  if (batch.count === 0) return { inserted: 0, updated: 0 };
  const result = await rowsOf<{ inserted: boolean }>(
    db,
    sql`
    insert into affected_records (notice_code, tin_hash, tin_kind, identity_hashes, email_hash, pii, key_version,
      language, state, category, disclosed_elements, disclosed_on, disclosure_acts, ruled_unlawful, fingerprint, last_import_id)
    select f[1], decode(f[2], 'hex'), f[3]::tin_kind, f[4]::bytea[], decode(nullif(f[5], ''), 'hex'),
      decode(f[6], 'base64'), f[7]::smallint, f[8], f[9], f[10]::disclosure_category, string_to_array(f[11], ','),
      f[12]::date, nullif(f[13], '')::smallint, nullif(f[14], '')::boolean, decode(f[15], 'hex'), ${importId}
    from string_to_table(${batch.text}, E'\\n') as line, string_to_array(line, E'\\t') as f
    on conflict (tin_hash) do update set
      tin_kind = excluded.tin_kind, identity_hashes = excluded.identity_hashes, email_hash = excluded.email_hash,
      pii = excluded.pii, key_version = excluded.key_version, language = excluded.language, state = excluded.state,
      category = excluded.category, disclosed_elements = excluded.disclosed_elements,
      disclosed_on = excluded.disclosed_on, disclosure_acts = excluded.disclosure_acts,
      ruled_unlawful = excluded.ruled_unlawful, fingerprint = excluded.fingerprint,
      last_import_id = excluded.last_import_id, updated_at = now()
    where affected_records.fingerprint is distinct from excluded.fingerprint
    returning (xmax = 0) as inserted`,
  );
  let inserted = 0;
  for (const r of result) if (r.inserted) inserted++;
  return { inserted, updated: result.length - inserted };
}

const UNIQUE_VIOLATION = '23505';
const NOTICE_CODE_CONSTRAINT = 'affected_records_notice_code_key';

type DriverError = { code?: string; constraint_name?: string; constraint?: string; message?: string; cause?: unknown };

function isUniqueViolation(err: unknown): boolean {
  const e = err as DriverError;
  if (e?.cause && isUniqueViolation(e.cause)) return true;
  return e?.code === UNIQUE_VIOLATION;
}

function isNoticeCodeCollision(err: unknown): boolean {
  const e = err as DriverError;
  if (e?.cause && isNoticeCodeCollision(e.cause)) return true;
  return e?.code === UNIQUE_VIOLATION && (e.constraint_name ?? e.constraint ?? e.message ?? '').includes(NOTICE_CODE_CONSTRAINT);
}

/** Tuples in COPY format as the text the upsert takes. */
export function recordTuplesToBatch(tuples: RecordTuples): SealedRecordBatch {
  const hex = (v: Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
  return toSealedRecordBatch(
    readRecordTuples(tuples).map((t) => ({
      notice_code: t.noticeCode,
      tin_hash: hex(t.tinHash),
      tin_kind: t.tinKind,
      identity_hashes: t.identityHashes.map(hex),
      email_hash: t.emailHash ? hex(t.emailHash) : null,
      pii: Buffer.from(t.pii.buffer, t.pii.byteOffset, t.pii.byteLength).toString('base64'),
      key_version: t.keyVersion,
      language: t.language,
      state: t.state,
      category: t.category,
      disclosed_elements: [...t.disclosedElements],
      disclosed_on: t.disclosedOn,
      disclosure_acts: t.disclosureActs,
      ruled_unlawful: t.ruledUnlawful,
      fingerprint: hex(t.fingerprint),
    })),
  );
}

async function upsertDrawingCodes(
  db: Executor,
  importId: number,
  batch: SealedRecordBatch,
  drawNoticeCode: () => string,
): Promise<UpsertOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withStatementRollback(db, (d) => upsertSealedRecords(d, importId, batch));
    } catch (err) {
      // A fresh random code collided with an existing one (about 1 in 10^5 per million rows): draw again.
      if (attempt >= 3 || !isNoticeCodeCollision(err)) throw err;
      batch = withNewNoticeCodes(batch, drawNoticeCode);
    }
  }
}

/** A batch of sealed records: those the import found absent, and those it found changed (or could not be sure of). */
export type SealedRecordWrite = { inserts: RecordTuples; upserts: RecordTuples };

/**
 * Writes one batch of the import. Records found absent go in by COPY, without the upsert's conflict check
 * (about a third of PostgreSQL's work per row); changed ones take the upsert. Should the COPY be refused by
 * a unique index (another import wrote one of these TINs since the lookup, or a fresh notice code collided)
 * nothing of it stays, and the same records take the upsert instead, which copes with both. In a
 * transaction each attempt runs in a savepoint, so a refusal does not abort the caller's transaction.
 */
export async function writeSealedRecords(
  db: Executor,
  importId: number,
  batch: SealedRecordWrite,
  drawNoticeCode: () => string,
): Promise<UpsertOutcome & { copyRefused: boolean }> {
  const outcome = { inserted: 0, updated: 0, copyRefused: false };
  const add = (o: UpsertOutcome) => ((outcome.inserted += o.inserted), (outcome.updated += o.updated));
  if (batch.inserts.count > 0) {
    try {
      await withStatementRollback(db, (d) => copyBinaryInto(d, `affected_records (${recordCopyColumns})`, batch.inserts.bytes));
      outcome.inserted += batch.inserts.count;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      outcome.copyRefused = true;
      let text = recordTuplesToBatch(batch.inserts);
      if (isNoticeCodeCollision(err)) text = withNewNoticeCodes(text, drawNoticeCode);
      add(await upsertDrawingCodes(db, importId, text, drawNoticeCode));
    }
  }
  if (batch.upserts.count > 0) add(await upsertDrawingCodes(db, importId, recordTuplesToBatch(batch.upserts), drawNoticeCode));
  return outcome;
}

export async function countRecords(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(affectedRecords);
  return Number(row?.n ?? 0);
}

export async function findRecordByTinHash(db: Executor, tinHash: Buffer): Promise<AffectedRecord | undefined> {
  const [row] = await db.select().from(affectedRecords).where(eq(affectedRecords.tinHash, tinHash));
  return row;
}

export async function findRecordByNoticeCode(db: Executor, noticeCode: string): Promise<AffectedRecord | undefined> {
  const [row] = await db.select().from(affectedRecords).where(eq(affectedRecords.noticeCode, noticeCode));
  return row;
}
