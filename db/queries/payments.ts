// The payments area's queries (issue 17, item 7): preparing, releasing and cancelling an export, what waits
// to be paid, the list of exports, and a bank's returns applied to the payments they name. A claim's review
// (filing, decisions, history) is ./claims.ts's.
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { claimPayments, paymentExports, type ClaimPaymentRow, type ClaimRow, type PaymentExportRow } from '../schema';

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

export type PaymentCandidate = {
  claimId: number;
  claimNumber: string;
  recordId: number;
  sealed: Buffer;
  amountCents: number;
  status: ClaimRow['status'];
  paymentMethod: ClaimRow['paymentMethod'];
  /** A returned direct deposit reissued by check is mailed to the record's address: its sealed PII, with the associated data. */
  record: { pii: Buffer; tinHash: Buffer } | null;
};

export type PreparedFile = {
  file: Buffer;
  fileSha256: Buffer;
  keyVersion: number;
  traceNumbers?: ReadonlyMap<number, string>;
  /** Claims the file could not carry (a reissue with no mailing address that passes the checks): not paid now. */
  excluded?: ReadonlySet<number>;
};

const toBuffer = (v: Buffer | Uint8Array) => (Buffer.isBuffer(v) ? v : Buffer.from(v));

/** Payment rows per insert statement of an export (4 parameters each). */
export const paymentInsertChunk = 2000;

/**
 * Prepares one payment export in one transaction: takes every claim this kind of file pays that has no live
 * payment and no reviewer's hold (locking them, skipping any another export is taking at the same moment),
 * lets `build` write and seal the file for them, and records each claim's payment. An ACH file pays approved
 * direct-deposit claims; a check file pays approved check claims and reissues every returned payment, by
 * check whatever the claim asked for (a bank account that returned a credit is not tried again). The partial
 * unique index on claim_payments is the last word: a claim is never in two exports that are not returned.
 * Null when there is nothing to pay.
 */
export async function prepareExport(
  db: Executor,
  kind: 'ach' | 'check',
  preparedBy: string,
  build: (candidates: PaymentCandidate[]) => PreparedFile,
): Promise<{ exportId: number; claimCount: number; totalCents: number; excluded: number } | null> {
  return db.transaction(async (tx) => {
    const which =
      kind === 'ach'
        ? sql`c.status in ('approved', 'partly_approved') and c.payment_method = 'direct_deposit'`
        : sql`((c.status in ('approved', 'partly_approved') and c.payment_method = 'check') or c.status = 'payment_returned')`;
    const rows = await rowsOf<{
      id: number | string;
      claim_number: string;
      record_id: number | string;
      sealed: Buffer | Uint8Array;
      status: ClaimRow['status'];
      payment_method: ClaimRow['paymentMethod'];
      pii: Buffer | Uint8Array | null;
      tin_hash: Buffer | Uint8Array | null;
      amount: number | string;
    }>(
      tx,
      sql`
      select c.id, c.claim_number, c.record_id, c.sealed, c.status, c.payment_method,
        r.pii, r.tin_hash,
        (select d.amount_cents from claim_decisions d where d.claim_id = c.id and d.state = 'applied' order by d.id desc limit 1) as amount
      from claims c
      left join affected_records r on r.id = c.record_id and c.status = 'payment_returned' and c.payment_method = 'direct_deposit'
      where ${which} and c.hold_reason is null
        and not exists (select 1 from claim_payments p where p.claim_id = c.id and p.returned_at is null)
      order by c.id
      for update of c skip locked`,
    );
    const candidates: PaymentCandidate[] = rows
      .map((r) => ({
        claimId: Number(r.id),
        claimNumber: r.claim_number,
        recordId: Number(r.record_id),
        sealed: toBuffer(r.sealed),
        amountCents: Number(r.amount),
        status: r.status,
        paymentMethod: r.payment_method,
        record: r.pii && r.tin_hash ? { pii: toBuffer(r.pii), tinHash: toBuffer(r.tin_hash) } : null,
      }))
      .filter((c) => c.amountCents > 0);
    if (candidates.length === 0) return null;
    const built = build(candidates);
    const paid = candidates.filter((c) => !built.excluded?.has(c.claimId));
    if (paid.length === 0) return null;
    const totalCents = paid.reduce((sum, c) => sum + c.amountCents, 0);
    const [created] = await tx
      .insert(paymentExports)
      .values({
        kind,
        preparedBy,
        claimCount: paid.length,
        totalCents,
        file: built.file,
        fileSha256: built.fileSha256,
        keyVersion: built.keyVersion,
      })
      .returning({ id: paymentExports.id });
    // In chunks: one statement for 47,000 payments would pass PostgreSQL's 65,535 bind parameters (and
    // overflowed drizzle's query builder's stack first; bench/claims-export.ts found it).
    for (let at = 0; at < paid.length; at += paymentInsertChunk) {
      await tx.insert(claimPayments).values(
        paid.slice(at, at + paymentInsertChunk).map((c) => ({
          claimId: c.claimId,
          exportId: created!.id,
          amountCents: c.amountCents,
          traceNumber: built.traceNumbers?.get(c.claimId) ?? null,
        })),
      );
    }
    return { exportId: created!.id, claimCount: paid.length, totalCents, excluded: candidates.length - paid.length };
  });
}

export type ReleaseOutcome =
  | { state: 'released'; claims: number }
  | { state: 'refused'; problem: 'same_person' | 'not_prepared' }
  /** A reviewer put a hold on some of its claims after it was prepared: cancel it and prepare again. */
  | { state: 'refused'; problem: 'held_claims'; held: number };

/**
 * A second staff member releases a prepared export: the statement names `prepared_by <> releaser` (and a
 * check constraint holds it too), and every claim in it moves with its history entry: an approved one to
 * payment_issued, a returned one being paid again to reissued.
 */
export async function releaseExport(db: Executor, exportId: number, releasedBy: string): Promise<ReleaseOutcome> {
  return db.transaction(async (tx) => {
    // The export's claims are locked first, so a hold placed now waits for this release or sees it; a hold
    // placed since the file was written keeps the whole file back (a file is paid whole or not at all).
    const locked = await rowsOf<{ held: boolean }>(
      tx,
      sql`
      select c.hold_reason is not null as held
      from claims c join claim_payments p on p.claim_id = c.id
      join payment_exports e on e.id = p.export_id
      where p.export_id = ${exportId} and e.state = 'prepared' and e.prepared_by <> ${releasedBy}
      order by c.id
      for update of c`,
    );
    const held = locked.filter((r) => r.held).length;
    if (held > 0) return { state: 'refused' as const, problem: 'held_claims' as const, held };
    const [released] = await tx
      .update(paymentExports)
      .set({ state: 'released', releasedBy, releasedAt: sql`now()` })
      .where(and(eq(paymentExports.id, exportId), eq(paymentExports.state, 'prepared'), ne(paymentExports.preparedBy, releasedBy)))
      .returning({ id: paymentExports.id });
    if (!released) {
      const [row] = await tx.select({ state: paymentExports.state }).from(paymentExports).where(eq(paymentExports.id, exportId));
      return { state: 'refused' as const, problem: row?.state === 'prepared' ? ('same_person' as const) : ('not_prepared' as const) };
    }
    const moved = await rowsOf<{ id: number }>(
      tx,
      sql`
      with target as (
        select c.id, c.status from claims c join claim_payments p on p.claim_id = c.id
        where p.export_id = ${exportId} and p.returned_at is null
          and c.status in ('approved', 'partly_approved', 'payment_returned')
        for update of c
      ), moved as (
        update claims c
        set status = case when t.status = 'payment_returned' then 'reissued'::claim_status else 'payment_issued'::claim_status end,
          updated_at = now()
        from target t where c.id = t.id
        returning c.id, t.status as from_status, c.status as to_status
      )
      insert into claim_events (claim_id, from_status, to_status, actor)
      select id, from_status, to_status, ${releasedBy} from moved
      returning claim_id as id`,
    );
    return { state: 'released' as const, claims: moved.length };
  });
}

/** Cancels an export that was never released: its claims can be exported again. */
export async function cancelExport(db: Executor, exportId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(paymentExports)
      .set({ state: 'cancelled' })
      .where(and(eq(paymentExports.id, exportId), eq(paymentExports.state, 'prepared')))
      .returning({ id: paymentExports.id });
    if (!cancelled) return false;
    await tx.delete(claimPayments).where(eq(claimPayments.exportId, exportId));
    return true;
  });
}

export async function findPaymentExport(db: Executor, exportId: number): Promise<PaymentExportRow | undefined> {
  const [row] = await db.select().from(paymentExports).where(eq(paymentExports.id, exportId));
  return row;
}

export async function listExportPayments(db: Executor, exportId: number): Promise<ClaimPaymentRow[]> {
  return db.select().from(claimPayments).where(eq(claimPayments.exportId, exportId)).orderBy(asc(claimPayments.claimId));
}
