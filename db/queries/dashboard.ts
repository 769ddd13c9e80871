// Counts for the admin dashboard and the batch and disposal pages: aggregates only, never a row of
// personal data.
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { countPaymentChangedAfterDecision } from './claim-payment-change';
import { countSharedSignals } from './claims';
import { affectedRecords, disposalCertifications, noticeBatches, notices } from '../schema';

export type RecordDimension = 'category' | 'language' | 'state';
export type Tally = { key: string; count: number };

const dimensionColumn = {
  category: affectedRecords.category,
  language: affectedRecords.language,
  state: affectedRecords.state,
} as const;

/** Records per category, language or state, largest first; optionally only those one certification covers. */
export async function countRecordsBy(
  db: Executor,
  dimension: RecordDimension,
  filter: { disposalCertificationId?: number } = {},
): Promise<Tally[]> {
  const column = dimensionColumn[dimension];
  const rows = await db
    .select({ key: sql<string>`${column}::text`, n: count() })
    .from(affectedRecords)
    .where(
      filter.disposalCertificationId !== undefined
        ? eq(affectedRecords.disposalCertificationId, filter.disposalCertificationId)
        : undefined,
    )
    .groupBy(column)
    .orderBy(sql`count(*) desc`, column);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

/** Notices per status for each of the given batches. */
export async function noticeCountsByBatch(db: Executor, batchIds: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>(batchIds.map((id) => [id, {}]));
  if (batchIds.length === 0) return out;
  const rows = await db
    .select({ batchId: notices.batchId, status: notices.status, n: count() })
    .from(notices)
    .where(inArray(notices.batchId, batchIds))
    .groupBy(notices.batchId, notices.status);
  for (const r of rows) out.get(r.batchId!)![r.status] = Number(r.n);
  return out;
}

export async function anyBatchRunning(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: noticeBatches.id }).from(noticeBatches).where(eq(noticeBatches.status, 'running')).limit(1);
  return row !== undefined;
}

export type DisposalCoverage = {
  totalRecords: number;
  covered: number;
  certifications: { id: number; reference: string; certifiedOn: string; recordsMarked: number; batchId: number | null }[];
};

/** How many records a disposal certification covers, overall and per certification (newest first). */
export async function disposalCoverage(db: Executor, limit = 20): Promise<DisposalCoverage> {
  const [totals] = await db.select({ total: count(), covered: count(affectedRecords.disposalCertificationId) }).from(affectedRecords);
  const certifications = await db
    .select({
      id: disposalCertifications.id,
      reference: disposalCertifications.reference,
      certifiedOn: disposalCertifications.certifiedOn,
      recordsMarked: disposalCertifications.recordsMarked,
      batchId: disposalCertifications.batchId,
    })
    .from(disposalCertifications)
    // Only certifications that count: a draft or a withdrawn one marks nobody.
    .where(eq(disposalCertifications.status, 'approved'))
    .orderBy(desc(disposalCertifications.id))
    .limit(limit);
  return { totalRecords: Number(totals?.total ?? 0), covered: Number(totals?.covered ?? 0), certifications };
}

/** Records that have an email address on file among those a certification covers. */
export async function countCoveredWithEmail(db: Executor, certificationId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(affectedRecords)
    .where(and(eq(affectedRecords.disposalCertificationId, certificationId), isNotNull(affectedRecords.emailHash)));
  return Number(row?.n ?? 0);
}

/** Notices needing a person (idempotency conflicts), per batch, every batch (not only the recent ones). */
export async function batchesNeedingAttention(db: Executor): Promise<{ id: number; notices: number }[]> {
  const rows = await db
    .select({ batchId: notices.batchId, n: count() })
    .from(notices)
    .where(and(eq(notices.status, 'needs_attention'), isNotNull(notices.batchId)))
    .groupBy(notices.batchId)
    .orderBy(notices.batchId);
  return rows.map((r) => ({ id: r.batchId!, notices: Number(r.n) }));
}

// ---- Claims and the remediation overview (issue 17, item 8) ----------------------------------------------
// Counts only. The overview is one statement: every source marks the records it touches with a stage bit,
// the marks are folded per record, and one hash join counts them (measured in BENCHMARKS.md).

export type RemediationFilter = { language?: string; state?: string };

export type RemediationOverview = {
  records: number;
  notifiedEmail: number;
  notifiedLetter: number;
  /** Notified by either channel. */
  notified: number;
  delivered: number;
  returned: number;
  checked: number;
  disposalCovered: number;
  filedClaim: number;
  paid: number;
};

/**
 * One funnel over every record (or those of one language and/or state): notified (a notice the provider
 * accepted, or a letter mailed), delivered (an email reported delivered, or a letter mailed that did not come
 * back), returned (an email bounced or a letter came back), checked their record (the self-check found it,
 * with the letter or an access code, or a no-letter check by mail matched it: the audit log's own entries),
 * covered by an approved disposal certification, filed a claim, paid (a payment in a released export that
 * did not come back).
 */
export async function remediationOverview(db: Executor, filter: RemediationFilter = {}): Promise<RemediationOverview> {
  const where = sql.join(
    [
      sql`true`,
      ...(filter.language ? [sql`r.language = ${filter.language}`] : []),
      ...(filter.state ? [sql`r.state = ${filter.state}`] : []),
    ],
    sql` and `,
  );
  // Each source gives (record, stage bits); one aggregate per record, one hash join to the records. Bits:
  // 1 email notified, 2 letter notified, 4 delivered, 8 returned, 16 checked, 32 filed a claim, 64 paid.
  const [row] = await rowsOf<Record<keyof RemediationOverview, number | string>>(
    db,
    sql`
    with marks as (
      select record_id, bit_or(mark) as m from (
        select record_id,
          (case when channel = 'email' then 1 else 2 end)
          | (case when channel = 'email' and status = 'delivered' then 4 else 0 end)
          | (case when status = 'bounced' then 8 else 0 end) as mark
        from notices
        where status in ('sent', 'delivered', 'bounced', 'complained') and (channel = 'email' or status in ('sent', 'delivered'))
        union all
        select record_id, case when status = 'mailed' then 2 | 4 else 2 | 8 end from letter_pieces where status in ('mailed', 'returned')
        union all
        select record_id, 16 from audit_log
        where record_id is not null
          and ((action = 'record.checked' and outcome = 'found') or action = 'record.checked_by_mail')
        union all
        select record_id, 32 from claims
        union all
        select c.record_id, 64 from claims c join claim_payments p on p.claim_id = c.id
          join payment_exports e on e.id = p.export_id
        where e.state = 'released' and p.returned_at is null
      ) s
      group by record_id
    )
    select
      count(*) as "records",
      count(*) filter (where k.m & 1 <> 0) as "notifiedEmail",
      count(*) filter (where k.m & 2 <> 0) as "notifiedLetter",
      count(*) filter (where k.m & 3 <> 0) as "notified",
      count(*) filter (where k.m & 4 <> 0) as "delivered",
      count(*) filter (where k.m & 8 <> 0) as "returned",
      count(*) filter (where k.m & 16 <> 0) as "checked",
      count(r.disposal_certification_id) as "disposalCovered",
      count(*) filter (where k.m & 32 <> 0) as "filedClaim",
      count(*) filter (where k.m & 64 <> 0) as "paid"
    from affected_records r left join marks k on k.record_id = r.id
    where ${where}`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as RemediationOverview;
}

export type ClaimFigures = {
  byStatus: Tally[];
  /** Cents: what people claim (the greater of statutory and actual), what reviewers approved, what was paid. */
  requestedCents: number;
  approvedCents: number;
  paidCents: number;
  /** Days from the declaration to the first decision, the median over decided claims; null before any. */
  medianDaysToDecision: number | null;
  decided: number;
  informationRequests: { total: number; open: number; lapsed: number };
  appeals: number;
  signals: {
    /** Claims whose bank account (keyed hash) is on another claim too. */
    sharedPayment: number;
    /** Claims whose mailing address (keyed hash) is on another claim too. */
    sharedAddress: number;
    /** Client addresses that filed at least `manyFromOneClient` claims, and how many claims they filed. */
    busyClients: number;
    busyClientClaims: number;
    held: number;
    /** Claims whose payment details the person changed after a decision to pay. */
    paymentChangedAfterDecision: number;
  };
};

/** Claims from one client address at or above this many are counted as a signal. */
export const manyFromOneClient = 3;

export async function claimFigures(db: Executor): Promise<ClaimFigures> {
  const byStatus = await rowsOf<{ key: string; n: number | string }>(
    db,
    sql`select status::text as key, count(*) as n from claims group by status order by count(*) desc, status`,
  );
  const [m] = await rowsOf<Record<string, number | string | null>>(
    db,
    sql`
    with latest as (
      select distinct on (d.claim_id) d.claim_id, d.amount_cents
      from claim_decisions d where d.state = 'applied' order by d.claim_id, d.id desc
    ), first_decision as (
      select e.claim_id, min(e.at) as at from claim_events e
      where e.to_status in ('approved', 'partly_approved', 'denied') group by e.claim_id
    ), client_counts as (
      select client_signal, count(*) as n from claims where client_signal is not null group by client_signal
    )
    select
      (select coalesce(sum(greatest(statutory_cents, coalesce(actual_cents, 0))), 0) from claims) as requested,
      (select coalesce(sum(l.amount_cents), 0) from latest l join claims c on c.id = l.claim_id
        where c.status not in ('submitted', 'in_review', 'more_information_needed', 'denied')) as approved,
      (select coalesce(sum(p.amount_cents), 0) from claim_payments p join payment_exports e on e.id = p.export_id
        where e.state = 'released' and p.returned_at is null) as paid,
      (select percentile_cont(0.5) within group (order by extract(epoch from f.at - c.declared_at) / 86400)
        from first_decision f join claims c on c.id = f.claim_id) as median_days,
      (select count(*) from first_decision) as decided,
      (select count(*) from claim_information_requests) as requests,
      (select count(*) from claim_information_requests where answered_at is null and lapsed_at is null) as open_requests,
      (select count(*) from claim_information_requests where lapsed_at is not null) as lapsed_requests,
      (select count(*) from claim_events where from_status = 'denied' and to_status = 'in_review') as appeals,
      (select count(*) from client_counts where n >= ${manyFromOneClient}) as busy_clients,
      (select coalesce(sum(n), 0) from client_counts where n >= ${manyFromOneClient}) as busy_client_claims,
      (select count(*) from claims where hold_reason is not null) as held`,
  );
  const shared = await countSharedSignals(db);
  const paymentChanged = await countPaymentChangedAfterDecision(db);
  const n = (k: string) => Number(m![k] ?? 0);
  return {
    byStatus: byStatus.map((r) => ({ key: r.key, count: Number(r.n) })),
    requestedCents: n('requested'),
    approvedCents: n('approved'),
    paidCents: n('paid'),
    medianDaysToDecision: m!.median_days === null ? null : Math.round(Number(m!.median_days) * 10) / 10,
    decided: n('decided'),
    informationRequests: { total: n('requests'), open: n('open_requests'), lapsed: n('lapsed_requests') },
    appeals: n('appeals'),
    signals: {
      sharedPayment: shared.payment,
      sharedAddress: shared.address,
      busyClients: n('busy_clients'),
      busyClientClaims: n('busy_client_claims'),
      held: n('held'),
      paymentChangedAfterDecision: paymentChanged,
    },
  };
}
