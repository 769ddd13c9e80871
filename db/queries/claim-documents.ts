import { and, asc, count, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { claimDocuments, claims, type ClaimDocumentRow } from '../schema';

export type NewClaimDocument = {
  claimId: number;
  mediaType: ClaimDocumentRow['mediaType'];
  byteSize: number;
  sha256: Buffer;
  sealed: Buffer;
  keyVersion: number;
  informationRequestId?: number | null;
};

export type ClaimDocumentInsert = { inserted: true; id: number; uploadedAt: Date } | { inserted: false; reason: 'limit' | 'no_claim' };

/**
 * Stores one checked, sealed document unless its claim already holds `limit` of them. The count is taken in
 * the inserting statement itself, after the claim's row is locked by the statement before it: two uploads at
 * once queue on that lock, and the second one's statement (a fresh snapshot under READ COMMITTED) counts the
 * first one's row. A count in the same statement as the lock would not: its snapshot predates the wait.
 */
export async function insertClaimDocumentWithinLimit(db: Executor, doc: NewClaimDocument, limit: number): Promise<ClaimDocumentInsert> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, doc.claimId)).for('update');
    if (!claim) return { inserted: false as const, reason: 'no_claim' as const };
    const [row] = await rowsOf<{ id: number | string; uploaded_at: Date | string }>(
      tx,
      sql`
      insert into claim_documents (claim_id, information_request_id, media_type, byte_size, sha256, sealed, key_version)
      select ${doc.claimId}::bigint, ${doc.informationRequestId ?? null}::bigint, ${doc.mediaType}::claim_document_type,
             ${doc.byteSize}::integer, ${doc.sha256}::bytea, ${doc.sealed}::bytea, ${doc.keyVersion}::smallint
      where (select count(*) from claim_documents d where d.claim_id = ${doc.claimId}::bigint) < ${limit}::integer
      returning id, uploaded_at`,
    );
    if (!row) return { inserted: false as const, reason: 'limit' as const };
    return { inserted: true as const, id: Number(row.id), uploadedAt: new Date(row.uploaded_at) };
  });
}

/** What a claim's list of documents shows: no bytes, and no file name (none is stored). */
export type ClaimDocumentListing = Pick<ClaimDocumentRow, 'id' | 'mediaType' | 'byteSize' | 'uploadedAt'>;

export async function listClaimDocuments(db: Executor, claimId: number): Promise<ClaimDocumentListing[]> {
  return db
    .select({
      id: claimDocuments.id,
      mediaType: claimDocuments.mediaType,
      byteSize: claimDocuments.byteSize,
      uploadedAt: claimDocuments.uploadedAt,
    })
    .from(claimDocuments)
    .where(eq(claimDocuments.claimId, claimId))
    .orderBy(asc(claimDocuments.id));
}

export async function countClaimDocuments(db: Executor, claimId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(claimDocuments).where(eq(claimDocuments.claimId, claimId));
  return Number(row?.n ?? 0);
}

/** One document of one claim, with the claim number its sealed bytes are bound to; undefined when the pair does not exist. */
export async function findClaimDocument(
  db: Executor,
  claimId: number,
  documentId: number,
): Promise<(ClaimDocumentRow & { claimNumber: string; recordId: number }) | undefined> {
  const [row] = await db
    .select({ doc: claimDocuments, claimNumber: claims.claimNumber, recordId: claims.recordId })
    .from(claimDocuments)
    .innerJoin(claims, eq(claims.id, claimDocuments.claimId))
    .where(and(eq(claimDocuments.id, documentId), eq(claimDocuments.claimId, claimId)));
  return row ? { ...row.doc, claimNumber: row.claimNumber, recordId: row.recordId } : undefined;
}
