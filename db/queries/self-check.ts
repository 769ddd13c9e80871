import { and, asc, eq, gt, gte, inArray, isNotNull, min, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { accessCodes, affectedRecords, auditLog, eventCounters, notices } from '../schema';

const toBuffer = (v: Buffer | Uint8Array): Buffer => (Buffer.isBuffer(v) ? v : Buffer.from(v));

export type CheckCandidate = {
  recordId: number;
  tinHash: Buffer;
  pii: Buffer;
  kind: 'notice_code' | 'access_code';
  /** The notice code that matched, for kind notice_code. */
  noticeCode: string | null;
  /** The access code row and its hash (hex), for kind access_code. */
  accessCodeId: number | null;
  accessCodeHashHex: string | null;
  /** False only for an access code past its expiry. */
  valid: boolean;
};

/**
 * The records that the given codes open, as notice codes or as access codes (by keyed hash), in one
 * round trip whatever is found, so an unknown code costs the same query as a known one.
 */
export async function findCheckCandidates(
  db: Executor,
  params: { noticeCodes: string[]; accessCodeHashes: Buffer[]; now: Date },
): Promise<CheckCandidate[]> {
  if (params.noticeCodes.length === 0 && params.accessCodeHashes.length === 0) return [];
  const byNotice = db
    .select({
      recordId: affectedRecords.id,
      tinHash: affectedRecords.tinHash,
      pii: affectedRecords.pii,
      kind: sql<CheckCandidate['kind']>`'notice_code'::text`,
      noticeCode: sql<string | null>`${affectedRecords.noticeCode}`,
      accessCodeId: sql<number | null>`null::bigint`,
      accessCodeHashHex: sql<string | null>`null::text`,
      valid: sql<boolean>`true`,
    })
    .from(affectedRecords)
    .where(inArray(affectedRecords.noticeCode, params.noticeCodes.length ? params.noticeCodes : ['']));
  const byAccess = db
    .select({
      recordId: affectedRecords.id,
      tinHash: affectedRecords.tinHash,
      pii: affectedRecords.pii,
      kind: sql<CheckCandidate['kind']>`'access_code'::text`,
      noticeCode: sql<string | null>`null::text`,
      accessCodeId: sql<number | null>`${accessCodes.id}`,
      accessCodeHashHex: sql<string | null>`encode(${accessCodes.codeHash}, 'hex')`,
      valid: sql<boolean>`${accessCodes.expiresAt} > ${params.now.toISOString()}::timestamptz`,
    })
    .from(accessCodes)
    .innerJoin(affectedRecords, eq(affectedRecords.id, accessCodes.recordId))
    .where(inArray(accessCodes.codeHash, params.accessCodeHashes.length ? params.accessCodeHashes : [Buffer.alloc(0)]));
  const rows = await byNotice.unionAll(byAccess);
  return rows.map((r) => ({
    ...r,
    tinHash: toBuffer(r.tinHash),
    pii: toBuffer(r.pii),
    accessCodeId: r.accessCodeId === null ? null : Number(r.accessCodeId),
  }));
}

export async function markAccessCodeUsed(db: Executor, id: number): Promise<void> {
  await db
    .update(accessCodes)
    .set({ firstUsedAt: sql`coalesce(${accessCodes.firstUsedAt}, now())` })
    .where(eq(accessCodes.id, id));
}

export type MailCheckRecord = { id: number; identityHashes: Buffer[]; hasEmail: boolean; language: string };

export async function findRecordForMailCheck(db: Executor, tinHash: Buffer): Promise<MailCheckRecord | undefined> {
  const [row] = await db
    .select({
      id: affectedRecords.id,
      identityHashes: affectedRecords.identityHashes,
      hasEmail: sql<boolean>`${affectedRecords.emailHash} is not null`,
      language: affectedRecords.language,
    })
    .from(affectedRecords)
    .where(eq(affectedRecords.tinHash, tinHash));
  if (!row) return undefined;
  return { ...row, identityHashes: row.identityHashes.map(toBuffer) };
}

/** Where a notice about the record can go and in which language, for a verified person's request. */
export async function findRecordChannels(
  db: Executor,
  recordId: number,
): Promise<{ id: number; hasEmail: boolean; language: string } | undefined> {
  const [row] = await db
    .select({
      id: affectedRecords.id,
      hasEmail: sql<boolean>`${affectedRecords.emailHash} is not null`,
      language: affectedRecords.language,
    })
    .from(affectedRecords)
    .where(eq(affectedRecords.id, recordId));
  return row;
}

/**
 * Locks the record for the rest of the transaction (so two checks at once cannot both issue a code) and
 * says whether an access code was made for it after `since`. For a record id that does not exist it
 * runs the same statement and answers false.
 */
export async function lockRecordForMailCheck(db: Executor, recordId: number, since: Date): Promise<{ issuedSince: boolean }> {
  await db.select({ id: affectedRecords.id }).from(affectedRecords).where(eq(affectedRecords.id, recordId)).for('update');
  // A statement of its own, after the lock: under READ COMMITTED it sees what a transaction we waited for
  // committed (one statement would keep the snapshot it took before waiting).
  const [row] = await db
    .select({ id: accessCodes.id })
    .from(accessCodes)
    .where(and(eq(accessCodes.recordId, recordId), gt(accessCodes.createdAt, since)))
    .limit(1);
  return { issuedSince: row !== undefined };
}

export async function insertAccessCode(
  db: Executor,
  row: { recordId: number; codeHash: Buffer; sealed: Buffer; expiresAt: Date },
): Promise<number> {
  const [inserted] = await db.insert(accessCodes).values(row).returning({ id: accessCodes.id });
  return inserted!.id;
}

/** What a check_result notice needs to print its code: the sealed code, bound to its hash. */
export async function findAccessCodeSecret(
  db: Executor,
  id: number,
): Promise<{ recordId: number; codeHash: Buffer; sealed: Buffer } | undefined> {
  const [row] = await db
    .select({ recordId: accessCodes.recordId, codeHash: accessCodes.codeHash, sealed: accessCodes.sealed })
    .from(accessCodes)
    .where(eq(accessCodes.id, id));
  return row && { ...row, codeHash: toBuffer(row.codeHash), sealed: toBuffer(row.sealed) };
}

export async function incrementEventCounter(db: Executor, event: string, day: string, shard: number): Promise<void> {
  await db
    .insert(eventCounters)
    .values({ day, event, shard, count: 1 })
    .onConflictDoUpdate({
      target: [eventCounters.day, eventCounters.event, eventCounters.shard],
      set: { count: sql`${eventCounters.count} + 1` },
    });
}

/** Totals per event, summed over shards, for days on or after `sinceDay`. */
export async function readEventCounters(db: Executor, sinceDay: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ event: eventCounters.event, n: sql<number>`sum(${eventCounters.count})::int` })
    .from(eventCounters)
    .where(gte(eventCounters.day, sinceDay))
    .groupBy(eventCounters.event)
    .orderBy(asc(eventCounters.event));
  return Object.fromEntries(rows.map((r) => [r.event, Number(r.n)]));
}

export type ResultRecord = {
  id: number;
  tinHash: Buffer;
  pii: Buffer;
  tinKind: 'ssn' | 'itin';
  /** The language the record's notices use (lib/languages.ts). */
  language: string;
  category: string;
  disclosedElements: string[];
  disclosedOn: string;
  notifiedAt: Date | null;
  /** When the first notice of any kind about this record was handed to the post or the email provider. */
  firstNoticeSentAt: Date | null;
};

export async function findResultRecord(db: Executor, recordId: number): Promise<ResultRecord | undefined> {
  const [row] = await db
    .select({
      id: affectedRecords.id,
      tinHash: affectedRecords.tinHash,
      pii: affectedRecords.pii,
      tinKind: affectedRecords.tinKind,
      language: affectedRecords.language,
      category: affectedRecords.category,
      disclosedElements: affectedRecords.disclosedElements,
      disclosedOn: affectedRecords.disclosedOn,
      notifiedAt: affectedRecords.notifiedAt,
    })
    .from(affectedRecords)
    .where(eq(affectedRecords.id, recordId));
  if (!row) return undefined;
  const [first] = await db
    .select({ at: min(notices.sentAt) })
    .from(notices)
    .where(and(eq(notices.recordId, recordId), isNotNull(notices.sentAt)));
  // Disposal is not here: the result reads it from the approved certifications covering the record
  // (findRecordDisposal in db/queries/disposal.ts).
  return {
    ...row,
    tinHash: toBuffer(row.tinHash),
    pii: toBuffer(row.pii),
    firstNoticeSentAt: first?.at ? new Date(first.at) : null,
  };
}

/** The first time the audit log shows `action` for the record (e.g. its first view), or null. */
export async function findFirstAuditAt(db: Executor, recordId: number, action: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: min(auditLog.at) })
    .from(auditLog)
    .where(and(eq(auditLog.recordId, recordId), eq(auditLog.action, action)));
  return row?.at ? new Date(row.at) : null;
}
