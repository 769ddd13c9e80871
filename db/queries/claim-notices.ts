// What the claim notices read (lib/claims/notify.ts, the compose step, the reminder job). In a file of its
// own, beside claims.ts, so the parts of the claims programme built in parallel do not edit one file.
import { and, asc, between, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, claimDecisions, claimInformationRequests, claimPayments, claims, notices, paymentExports } from '../schema';
import type { ClaimDecisionRow, ClaimInformationRequestRow } from '../schema';

export type ClaimNoticeTarget = {
  id: number;
  recordId: number;
  claimNumber: string;
  /** The language the person chose on the claim form: their claim notices are in it. */
  language: string;
  status: (typeof claims.$inferSelect)['status'];
  paymentMethod: 'check' | 'direct_deposit';
  cureBy: string | null;
  appealBy: string | null;
  /** Whether the claim's record has an email address (the letter goes to every record). */
  hasEmail: boolean;
};

/** A claim with what its notices need, or undefined. No personal data: the compose step opens the record. */
export async function findClaimNoticeTarget(db: Executor, claimId: number): Promise<ClaimNoticeTarget | undefined> {
  const [row] = await db
    .select({
      id: claims.id,
      recordId: claims.recordId,
      claimNumber: claims.claimNumber,
      language: claims.language,
      status: claims.status,
      paymentMethod: claims.paymentMethod,
      cureBy: claims.cureBy,
      appealBy: claims.appealBy,
      hasEmail: sql<boolean>`${affectedRecords.emailHash} is not null`,
    })
    .from(claims)
    .innerJoin(affectedRecords, eq(affectedRecords.id, claims.recordId))
    .where(eq(claims.id, claimId));
  return row;
}

/** The claim number a notice prints, only when the claim belongs to the notice's record. */
export async function findClaimNumberForRecord(db: Executor, claimId: number, recordId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ claimNumber: claims.claimNumber })
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.recordId, recordId)));
  return row?.claimNumber;
}

export async function findInformationRequest(db: Executor, requestId: number): Promise<ClaimInformationRequestRow | undefined> {
  const [row] = await db.select().from(claimInformationRequests).where(eq(claimInformationRequests.id, requestId));
  return row;
}

export async function findClaimDecision(db: Executor, decisionId: number): Promise<ClaimDecisionRow | undefined> {
  const [row] = await db.select().from(claimDecisions).where(eq(claimDecisions.id, decisionId));
  return row;
}

export type PaymentForNotice = {
  id: number;
  claimId: number;
  amountCents: number;
  returnedAt: Date | null;
  /** How this payment travelled: the export's kind. */
  method: 'check' | 'direct_deposit';
  exportState: (typeof paymentExports.$inferSelect)['state'];
};

export async function findPaymentForNotice(db: Executor, paymentId: number): Promise<PaymentForNotice | undefined> {
  const [row] = await db
    .select({
      id: claimPayments.id,
      claimId: claimPayments.claimId,
      amountCents: claimPayments.amountCents,
      returnedAt: claimPayments.returnedAt,
      kind: paymentExports.kind,
      exportState: paymentExports.state,
    })
    .from(claimPayments)
    .innerJoin(paymentExports, eq(paymentExports.id, claimPayments.exportId))
    .where(eq(claimPayments.id, paymentId));
  if (!row) return undefined;
  const { kind, ...rest } = row;
  return { ...rest, method: kind === 'ach' ? 'direct_deposit' : 'check' };
}

/** The ids of an export's payments, in claim order. */
export async function listExportPaymentIds(db: Executor, exportId: number): Promise<number[]> {
  const rows = await db
    .select({ id: claimPayments.id })
    .from(claimPayments)
    .where(eq(claimPayments.exportId, exportId))
    .orderBy(asc(claimPayments.claimId));
  return rows.map((r) => r.id);
}

export type DeadlineKind = 'cure' | 'appeal';
export type DueDeadline = { claimId: number; kind: DeadlineKind; date: string };

/**
 * Claims whose cure-by date (while more information is needed) or appeal-by date (while denied) falls
 * between `from` and `to` (YYYY-MM-DD, both included) and that have no reminder with this lead for that date
 * yet, after claim `afterId`, in id order, at most `limit`: the reminder job walks them in keyset pages, and
 * an hourly run after the first finds nothing to do. The outbox's unique dedupe key still decides what is
 * sent (two runs at once); the key built here is lib/claims/notify.ts's claimNoticeKey(claim, event,
 * `${date}-${lead}d`), which the reminder test holds to (a second run would otherwise find every claim again).
 */
export async function findClaimsWithDeadlineBetween(
  db: Executor,
  kind: DeadlineKind,
  range: { from: string; to: string },
  lead: number,
  afterId: number,
  limit: number,
): Promise<DueDeadline[]> {
  const column = kind === 'cure' ? claims.cureBy : claims.appealBy;
  const status = kind === 'cure' ? 'more_information_needed' : 'denied';
  const event = kind === 'cure' ? 'cure_reminder' : 'appeal_reminder';
  const rows = await db
    .select({ claimId: claims.id, date: column })
    .from(claims)
    .where(
      and(
        eq(claims.status, status),
        isNotNull(column),
        between(column, range.from, range.to),
        gt(claims.id, afterId),
        sql`not exists (
          select 1 from ${notices}
          where ${notices.recordId} = ${claims.recordId} and ${notices.type} = 'claim_status'
            and ${notices.dedupeKey} = 'claim:' || ${claims.id}::text || ${`:${event}:`} || to_char(${column}, 'YYYY-MM-DD') || ${`-${lead}d`}
        )`,
      ),
    )
    .orderBy(asc(claims.id))
    .limit(limit);
  return rows.map((r) => ({ claimId: r.claimId, kind, date: r.date! }));
}
