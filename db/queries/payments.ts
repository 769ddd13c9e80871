// The payments area's queries (issue 17, item 7): what waits to be paid, the list of exports, and a bank's
// returns applied to the payments they name. Preparing and releasing an export are in ./claims.ts.
import { desc, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { paymentExports, type PaymentExportRow } from '../schema';

export type AwaitingPayment = {
  /** Approved direct-deposit claims with no live payment and no hold: the next ACH file. */
  ach: { claims: number; cents: number };
  /** Approved check claims and returned payments to reissue, with no live payment and no hold: the next check file. */
  check: { claims: number; cents: number; reissues: number };
  /** Claims that would be paid but a reviewer holds them: never exported while held. */
  held: number;
};

/** How many claims the next ACH and check exports would take, and how many a hold keeps back. */
export async function countAwaitingPayment(db: Executor): Promise<AwaitingPayment> {
  const rows = await rowsOf<{ lane: 'ach' | 'check' | 'reissue'; held: boolean; n: number | string; cents: number | string | null }>(
    db,
    sql`
    select
      case when c.status = 'payment_returned' then 'reissue' when c.payment_method = 'direct_deposit' then 'ach' else 'check' end as lane,
      c.hold_reason is not null as held,
      count(*) as n,
      sum((select d.amount_cents from claim_decisions d where d.claim_id = c.id and d.state = 'applied' order by d.id desc limit 1)) as cents
    from claims c
    where c.status in ('approved', 'partly_approved', 'payment_returned')
      and not exists (select 1 from claim_payments p where p.claim_id = c.id and p.returned_at is null)
    group by 1, 2`,
  );
  const out: AwaitingPayment = { ach: { claims: 0, cents: 0 }, check: { claims: 0, cents: 0, reissues: 0 }, held: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.held) {
      out.held += n;
      continue;
    }
    const lane = r.lane === 'ach' ? out.ach : out.check;
    lane.claims += n;
    lane.cents += Number(r.cents ?? 0);
    if (r.lane === 'reissue') out.check.reissues += n;
  }
  return out;
}

export type PaymentExportListing = Omit<PaymentExportRow, 'file'> & { returned: number };

/** The exports, newest first, without their files, with how many of their payments came back. */
export async function listPaymentExports(db: Executor, limit = 50): Promise<PaymentExportListing[]> {
  const rows = await db
    .select({
      id: paymentExports.id,
      kind: paymentExports.kind,
      state: paymentExports.state,
      preparedBy: paymentExports.preparedBy,
      preparedAt: paymentExports.preparedAt,
      releasedBy: paymentExports.releasedBy,
      releasedAt: paymentExports.releasedAt,
      claimCount: paymentExports.claimCount,
      totalCents: paymentExports.totalCents,
      fileSha256: paymentExports.fileSha256,
      keyVersion: paymentExports.keyVersion,
      returned: sql<
        number | string
      >`(select count(*) from claim_payments p where p.export_id = ${paymentExports.id} and p.returned_at is not null)`,
    })
    .from(paymentExports)
    .orderBy(desc(paymentExports.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, fileSha256: r.fileSha256 === null ? null : Buffer.from(r.fileSha256), returned: Number(r.returned) }));
}

export type ReturnOutcome =
  /** The payment is now returned and its claim moved to payment_returned. */
  | { state: 'returned'; claimId: number; paymentId: number }
  /** This return was applied before (the same file again, or the same entry twice): nothing changed. */
  | { state: 'already_returned'; claimId: number; paymentId: number }
  /** No payment of a released ACH file has this trace number. */
  | { state: 'unknown' }
  /** The payment's claim is not where a returned payment can be (neither payment issued nor reissued): nothing changed. */
  | { state: 'conflict'; claimId: number };

/**
 * Applies one returned entry: the payment of a released ACH export with this trace number is marked
 * returned with its R-code, and its claim moves payment_issued (or reissued) → payment_returned with a
 * history entry carrying the code, in one transaction; the claim is then free for a check (the partial
 * unique index on claim_payments counts only payments not returned). A payment already returned is left
 * as it is, so a file applied twice changes nothing.
 */
export async function returnPayment(db: Executor, traceNumber: string, returnCode: string, actor: string): Promise<ReturnOutcome> {
  return db.transaction(async (tx) => {
    const [payment] = await rowsOf<{ id: number | string; claim_id: number | string; returned: boolean; status: string }>(
      tx,
      sql`
      select p.id, p.claim_id, p.returned_at is not null as returned, c.status
      from claim_payments p
      join payment_exports e on e.id = p.export_id
      join claims c on c.id = p.claim_id
      where p.trace_number = ${traceNumber} and e.kind = 'ach' and e.state = 'released'
      order by p.id desc
      limit 1
      for update of p, c`,
    );
    if (!payment) return { state: 'unknown' as const };
    const claimId = Number(payment.claim_id);
    if (payment.returned) return { state: 'already_returned' as const, claimId, paymentId: Number(payment.id) };
    if (payment.status !== 'payment_issued' && payment.status !== 'reissued') return { state: 'conflict' as const, claimId };
    await tx.execute(sql`update claim_payments set returned_at = now(), return_code = ${returnCode} where id = ${payment.id}`);
    await tx.execute(sql`
      with moved as (
        update claims set status = 'payment_returned', updated_at = now()
        where id = ${claimId} and status = ${payment.status}::claim_status
        returning id
      )
      insert into claim_events (claim_id, from_status, to_status, actor, reason_code)
      select id, ${payment.status}::claim_status, 'payment_returned', ${actor}, ${returnCode} from moved`);
    return { state: 'returned' as const, claimId, paymentId: Number(payment.id) };
  });
}
