import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, disposalCertifications, notices, type DisposalCertification } from '../schema';

export type DisposalInput = {
  certifiedOn: string;
  reference: string;
  method: string;
  scope: DisposalCertification['scope'];
  /** A category, a batch id, or notice codes, according to the scope. */
  scopeValue: string[];
  recordedBy: string;
};

function scopeWhere(db: Executor, input: Pick<DisposalInput, 'scope' | 'scopeValue'>): SQL {
  switch (input.scope) {
    case 'all':
      return sql`true`;
    case 'category':
      return inArray(affectedRecords.category, input.scopeValue as never[]);
    case 'batch': {
      // The records a batch reached.
      const batchIds = input.scopeValue.map(Number).filter(Number.isSafeInteger);
      return inArray(affectedRecords.id, db.select({ id: notices.recordId }).from(notices).where(inArray(notices.batchId, batchIds)));
    }
    case 'notice_codes':
      return inArray(affectedRecords.noticeCode, input.scopeValue);
  }
}

/** Records the certification and marks the records it covers that were not yet covered by another. */
export async function recordDisposalCertification(db: Executor, input: DisposalInput): Promise<DisposalCertification> {
  return db.transaction(async (tx) => {
    const [cert] = await tx.insert(disposalCertifications).values(input).returning();
    const marked = await tx
      .update(affectedRecords)
      .set({ disposalConfirmedAt: sql`${input.certifiedOn}::date`, disposalCertificationId: cert!.id, updatedAt: sql`now()` })
      .where(and(scopeWhere(tx, input), isNull(affectedRecords.disposalCertificationId)))
      .returning({ id: affectedRecords.id });
    const [updated] = await tx
      .update(disposalCertifications)
      .set({ recordsMarked: marked.length })
      .where(eq(disposalCertifications.id, cert!.id))
      .returning();
    return updated!;
  });
}

export async function findDisposalCertification(db: Executor, id: number): Promise<DisposalCertification | undefined> {
  const [row] = await db.select().from(disposalCertifications).where(eq(disposalCertifications.id, id));
  return row;
}

export async function linkCertificationBatch(db: Executor, certificationId: number, batchId: number): Promise<void> {
  await db.update(disposalCertifications).set({ batchId }).where(eq(disposalCertifications.id, certificationId));
}


/** What a certification with this scope would cover: records it names, and how many of them are not yet covered. */
export async function countDisposalScope(
  db: Executor,
  input: Pick<DisposalInput, 'scope' | 'scopeValue'>,
): Promise<{ matching: number; notYetCovered: number }> {
  const [row] = await db
    .select({ matching: count(), notYetCovered: sql<number>`count(*) filter (where ${isNull(affectedRecords.disposalCertificationId)})` })
    .from(affectedRecords)
    .where(scopeWhere(db, input));
  return { matching: Number(row?.matching ?? 0), notYetCovered: Number(row?.notYetCovered ?? 0) };
}

export async function listDisposalCertifications(db: Executor, limit = 50): Promise<DisposalCertification[]> {
  return db.select().from(disposalCertifications).orderBy(desc(disposalCertifications.id)).limit(limit);
}
