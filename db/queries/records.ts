import { count, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { affectedRecords, type AffectedRecord } from '../schema';

/** PostgreSQL's text form of a bytea (`\x` and hex), which a typed JSON column reads without a decode() call. */
export function byteaText(bytes: Buffer): string {
  return `\\x${bytes.toString('hex')}`;
}

/** A row ready to store, as it travels in one JSON parameter: hashes in bytea text form, sealed data base64. */
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
  fingerprint: string;
};

/**
 * Sealed rows as the JSON text they are sent in. It is made where the rows are sealed: a worker thread hands a
 * string over for the price of a copy, where an array of objects costs a structured clone on both sides.
 */
export type SealedRecordsJson = { json: string; count: number };

export function toSealedRecordsJson(rows: SealedRecordRow[]): SealedRecordsJson {
  return { json: JSON.stringify(rows), count: rows.length };
}

export type UpsertOutcome = { inserted: number; updated: number };

/**
 * The stored fingerprint of each of these TIN hashes that has a record, keyed and valued by hex. The import
 * asks first, so an unchanged row is neither sealed nor sent.
 */
export async function findStoredFingerprints(db: Executor, tinHashes: Buffer[]): Promise<Map<string, string>> {
  if (tinHashes.length === 0) return new Map();
  const rows = await rowsOf<{ tin_hash: string; fingerprint: string }>(
    db,
    sql`
    select encode(a.tin_hash, 'hex') as tin_hash, encode(a.fingerprint, 'hex') as fingerprint
    from affected_records a
    where a.tin_hash in (select decode(h, 'hex') from json_array_elements_text(${JSON.stringify(tinHashes.map((h) => h.toString('hex')))}::json) as h)`,
  );
  return new Map(rows.map((r) => [r.tin_hash, r.fingerprint]));
}

/**
 * Inserts new records and updates changed ones in one statement. The batch travels as one JSON parameter,
 * which both drivers pass the same way; its columns are typed so PostgreSQL reads bytea and arrays straight
 * from their text form (decode() and an array subquery per row cost it about a fifth more). An unchanged row
 * (same fingerprint) is left alone, so it is safe to send one. The notice code of an existing record never changes.
 */
export async function upsertSealedRecords(db: Executor, importId: number, rows: SealedRecordsJson): Promise<UpsertOutcome> {
  if (rows.count === 0) return { inserted: 0, updated: 0 };
  const result = await rowsOf<{ inserted: boolean }>(
    db,
    sql`
    with input as (
      select * from json_to_recordset(${rows.json}::json) as t(
        notice_code text, tin_hash bytea, tin_kind tin_kind, identity_hashes bytea[], email_hash bytea, pii text,
        key_version smallint, language text, state text, category disclosure_category, disclosed_elements text[],
        disclosed_on date, fingerprint bytea)
    )
    insert into affected_records (notice_code, tin_hash, tin_kind, identity_hashes, email_hash, pii, key_version,
      language, state, category, disclosed_elements, disclosed_on, fingerprint, last_import_id)
    select notice_code, tin_hash, tin_kind, identity_hashes, email_hash, decode(pii, 'base64'), key_version,
      language, state, category, disclosed_elements, disclosed_on, fingerprint, ${importId}
    from input
    on conflict (tin_hash) do update set
      tin_kind = excluded.tin_kind, identity_hashes = excluded.identity_hashes, email_hash = excluded.email_hash,
      pii = excluded.pii, key_version = excluded.key_version, language = excluded.language, state = excluded.state,
      category = excluded.category, disclosed_elements = excluded.disclosed_elements,
      disclosed_on = excluded.disclosed_on, fingerprint = excluded.fingerprint,
      last_import_id = excluded.last_import_id, updated_at = now()
    where affected_records.fingerprint is distinct from excluded.fingerprint
    returning (xmax = 0) as inserted`,
  );
  let inserted = 0;
  for (const r of result) if (r.inserted) inserted++;
  return { inserted, updated: result.length - inserted };
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
