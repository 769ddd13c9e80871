import { count, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { affectedRecords, type AffectedRecord } from '../schema';

/** A row ready to store: hashes hex-encoded, sealed data base64, as they travel in one JSON parameter. */
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

export type UpsertOutcome = { inserted: number; updated: number };

/**
 * Inserts new records and updates changed ones in one statement. The batch travels as one JSON parameter,
 * which both drivers pass the same way and PostgreSQL unpacks quickly. An unchanged row (same fingerprint)
 * is left alone, so re-importing a file writes nothing. The notice code of an existing record never changes.
 */
export async function upsertSealedRecords(db: Executor, importId: number, rows: SealedRecordRow[]): Promise<UpsertOutcome> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const result = await rowsOf<{ inserted: boolean }>(
    db,
    sql`
    with input as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json) as t(
        notice_code text, tin_hash text, tin_kind tin_kind, identity_hashes text[], email_hash text, pii text,
        key_version smallint, language text, state text, category disclosure_category, disclosed_elements text[],
        disclosed_on date, fingerprint text)
    )
    insert into affected_records (notice_code, tin_hash, tin_kind, identity_hashes, email_hash, pii, key_version,
      language, state, category, disclosed_elements, disclosed_on, fingerprint, last_import_id)
    select notice_code, decode(tin_hash, 'hex'), tin_kind,
      array(select decode(h, 'hex') from unnest(identity_hashes) as h), decode(email_hash, 'hex'),
      decode(pii, 'base64'), key_version, language, state, category, disclosed_elements, disclosed_on,
      decode(fingerprint, 'hex'), ${importId}
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
