// What the claim notices read (lib/claims/notify.ts, the compose step, the reminder job). In a file of its
// own, beside claims.ts, so the parts of the claims programme built in parallel do not edit one file.
import { and, asc, between, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
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

export type UnnotifiedStep =
  | { kind: 'filed'; claimId: number }
  | { kind: 'information_needed'; requestId: number }
  | { kind: 'decided'; decisionId: number }
  | { kind: 'payment_issued'; paymentId: number }
  | { kind: 'payment_returned'; paymentId: number }
  | { kind: 'payment_changed'; eventId: number };

/**
 * The claim steps older than `before` whose notice is missing from the outbox: a filing, a request for
 * information, a confirmed decision, a released payment, a returned one. Each step queues its notice after
 * its own transaction has committed, so a process that dies in between leaves the step without one; the
 * claim-notice reconciler (lib/claims/notice-reconcile.ts) finds them here and queues them through the same
 * seams. The keys built here are lib/claims/notify.ts's claimNoticeKey(claim, event, occurrence), which its
 * test holds to. Decisions applied before every decision needed a confirmer (confirmed_by null) were told
 * under the keys of that time and are left alone. At most `limit` of each kind.
 */
export async function findUnnotifiedClaimSteps(db: Executor, before: Date, limit: number): Promise<UnnotifiedStep[]> {
  const at = before.toISOString();
  const missing = (recordId: SQL, key: SQL) =>
    sql`not exists (select 1 from notices n where n.record_id = ${recordId} and n.type = 'claim_status' and n.dedupe_key = ${key})`;
  const rows = await rowsOf<{ kind: UnnotifiedStep['kind']; id: number | string }>(
    db,
    sql`
    (select 'filed' as kind, c.id from claims c
      where c.created_at < ${at}::timestamptz and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':filed:once'`)}
      order by c.id limit ${limit})
    union all
    (select 'information_needed', r.id from claim_information_requests r join claims c on c.id = r.claim_id
      where r.requested_at < ${at}::timestamptz
        and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':information_needed:request-' || r.id`)}
      order by r.id limit ${limit})
    union all
    (select 'decided', d.id from claim_decisions d join claims c on c.id = d.claim_id
      where d.state = 'applied' and d.confirmed_by is not null and d.confirmed_at < ${at}::timestamptz
        and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':' || d.outcome::text || ':decision-' || d.id`)}
      order by d.id limit ${limit})
    union all
    (select 'payment_issued', p.id from claim_payments p join payment_exports e on e.id = p.export_id join claims c on c.id = p.claim_id
      where e.state = 'released' and e.released_at < ${at}::timestamptz
        and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':payment_issued:payment-' || p.id`)}
      order by p.id limit ${limit})
    union all
    (select 'payment_returned', p.id from claim_payments p join claims c on c.id = p.claim_id
      where p.returned_at < ${at}::timestamptz
        and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':payment_returned:payment-' || p.id`)}
      order by p.id limit ${limit})
    union all
    (select 'payment_changed', e.id from claim_events e join claims c on c.id = e.claim_id
      where e.reason_code = 'payment_changed' and e.at < ${at}::timestamptz
        and ${missing(sql`c.record_id`, sql`'claim:' || c.id || ':payment_changed:change-' || e.id`)}
      order by e.id limit ${limit})`,
  );
  return rows.map((r): UnnotifiedStep => {
    const id = Number(r.id);
    if (r.kind === 'filed') return { kind: 'filed', claimId: id };
    if (r.kind === 'information_needed') return { kind: 'information_needed', requestId: id };
    if (r.kind === 'decided') return { kind: 'decided', decisionId: id };
    if (r.kind === 'payment_changed') return { kind: 'payment_changed', eventId: id };
    return { kind: r.kind, paymentId: id };
  });
}
