// What the admin records page reads: one record, the notice codes that exist among typo candidates,
// its notices and the disposal certification that covers it.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, disposalCertifications, notices, type AffectedRecord } from '../schema';

export async function findRecordById(db: Executor, id: number): Promise<AffectedRecord | undefined> {
  const [row] = await db.select().from(affectedRecords).where(eq(affectedRecords.id, id));
  return row;
}

/** Which of these codes belong to a record (for "did you mean" after a typo). */
export async function existingNoticeCodes(db: Executor, codes: string[]): Promise<{ id: number; noticeCode: string }[]> {
  if (codes.length === 0) return [];
  return db
    .select({ id: affectedRecords.id, noticeCode: affectedRecords.noticeCode })
    .from(affectedRecords)
    .where(inArray(affectedRecords.noticeCode, codes))
    .orderBy(asc(affectedRecords.noticeCode));
}

export type RecordNotice = {
  id: number;
  type: string;
  channel: string;
  status: string;
  batchId: number | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
};

export async function listRecordNotices(db: Executor, recordId: number): Promise<RecordNotice[]> {
  return db
    .select({
      id: notices.id,
      type: notices.type,
      channel: notices.channel,
      status: notices.status,
      batchId: notices.batchId,
      createdAt: notices.createdAt,
      sentAt: notices.sentAt,
      deliveredAt: notices.deliveredAt,
    })
    .from(notices)
    .where(eq(notices.recordId, recordId))
    .orderBy(asc(notices.id));
}

export async function findCertificationSummary(db: Executor, id: number) {
  const [row] = await db
    .select({ id: disposalCertifications.id, certifiedOn: disposalCertifications.certifiedOn, reference: disposalCertifications.reference })
    .from(disposalCertifications)
    .where(eq(disposalCertifications.id, id));
  return row;
}
