// A person changes where their payment goes, from their claim status page (issue 17, item 6: a payment
// destination changed just before payout is a fraud signal). One transaction under the claim row's lock:
// the sealed answers and the payment signals replaced, a history entry (reason code `payment_changed`, the
// status unchanged), the hold when payout is near, and the audit entry. The row lock is the one a payment
// export takes (`for update of c skip locked`), so a change and an export preparing at the same moment never
// both win: the export skips the locked claim, or the change waits and then finds the claim in the file.
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { claimEvents, claims, type ClaimRow } from '../schema';

type Status = ClaimRow['status'];

/** The history entry's reason code (lib/claims/reasons.ts holdReasons has the same code for the hold). */
export const paymentChangedCode = 'payment_changed';

export type PaymentChangeRefusal = 'no_such_claim' | 'paid_out' | 'in_live_export';

export type NewPaymentDetails = {
  sealed: Buffer;
  keyVersion: number;
  paymentMethod: ClaimRow['paymentMethod'];
  paymentSignal: Buffer | null;
  addressSignal: Buffer | null;
};

export type PaymentChangeWrite =
  | { ok: true; eventId: number; at: Date; held: boolean; claim: Pick<ClaimRow, 'id' | 'recordId' | 'status'> }
  | { ok: false; problem: PaymentChangeRefusal };

export type ClaimToChange = Pick<ClaimRow, 'id' | 'recordId' | 'claimNumber' | 'status' | 'sealed' | 'holdReason'>;

/**
 * Records a payment change. `changeable` and `holdsOnChange` decide from the status (lib/claims/
 * payment-change.ts); `reseal` builds the new sealed answers from the locked row's; `audit` writes the audit
 * entry in the same transaction. A claim with a payment in an export that is prepared but not released is
 * refused: that file already carries the old destination.
 */
export async function recordPaymentChange(
  db: Executor,
  input: {
    claimId: number;
    changeable: (status: Status) => boolean;
    holdsOnChange: (status: Status) => boolean;
    reseal: (claim: ClaimToChange) => NewPaymentDetails;
    audit: (tx: Executor, claim: ClaimToChange, eventId: number, held: boolean) => Promise<void>;
  },
): Promise<PaymentChangeWrite> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({
        id: claims.id,
        recordId: claims.recordId,
        claimNumber: claims.claimNumber,
        status: claims.status,
        sealed: claims.sealed,
        holdReason: claims.holdReason,
      })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for('update');
    if (!claim) return { ok: false as const, problem: 'no_such_claim' as const };
    if (!input.changeable(claim.status)) return { ok: false as const, problem: 'paid_out' as const };
    const [live] = await rowsOf<{ id: number }>(
      tx,
      sql`select p.id from claim_payments p join payment_exports e on e.id = p.export_id
          where p.claim_id = ${claim.id} and p.returned_at is null and e.state = 'prepared' limit 1`,
    );
    if (live) return { ok: false as const, problem: 'in_live_export' as const };
    const next = input.reseal(claim);
    // A claim already held (a reviewer's reason) keeps that hold: it is not exported either way.
    const held = input.holdsOnChange(claim.status);
    const holdNow = held && claim.holdReason === null;
    const updated = await tx
      .update(claims)
      .set({
        sealed: next.sealed,
        keyVersion: next.keyVersion,
        paymentMethod: next.paymentMethod,
        paymentSignal: next.paymentSignal,
        addressSignal: next.addressSignal,
        updatedAt: sql`now()`,
        ...(holdNow ? { holdReason: paymentChangedCode, heldBy: 'claimant', heldAt: sql`now()` } : {}),
      })
      .where(and(eq(claims.id, claim.id), eq(claims.status, claim.status)))
      .returning({ id: claims.id });
    if (updated.length === 0) throw new Error(`Claim ${claim.id} changed status while locked`);
    const [event] = await tx
      .insert(claimEvents)
      .values({ claimId: claim.id, fromStatus: claim.status, toStatus: claim.status, actor: 'claimant', reasonCode: paymentChangedCode })
      .returning({ id: claimEvents.id, at: claimEvents.at });
    await input.audit(tx, claim, event!.id, held);
    return {
      ok: true as const,
      eventId: event!.id,
      at: event!.at,
      held,
      claim: { id: claim.id, recordId: claim.recordId, status: claim.status },
    };
  });
}

/** A claim's history entry of a payment change, by its id (the notice reads what was stored). */
export async function findPaymentChangeEvent(
  db: Executor,
  eventId: number,
): Promise<{ id: number; claimId: number; at: Date; fromStatus: Status | null } | undefined> {
  const [row] = await db
    .select({ id: claimEvents.id, claimId: claimEvents.claimId, at: claimEvents.at, fromStatus: claimEvents.fromStatus })
    .from(claimEvents)
    .where(and(eq(claimEvents.id, eventId), eq(claimEvents.reasonCode, paymentChangedCode)));
  return row;
}

/** The statuses after a decision that pays something: a change made then is the signal reviewers look at. */
const decidedToPay = sql`('approved', 'partly_approved', 'payment_returned')`;

/**
 * For the review queue's and the dashboard's signals (`c` is the claims alias): the person changed the payment
 * destination after a decision to pay.
 */
export const paymentChangedAfterDecisionSql = sql`exists (select 1 from claim_events pc where pc.claim_id = c.id
  and pc.reason_code = 'payment_changed' and pc.from_status in ${decidedToPay})`;

/** When the person last changed the payment details, or null when they never did (the staff claim page). */
export async function findLastPaymentChange(db: Executor, claimId: number): Promise<{ at: Date; afterDecision: boolean } | null> {
  const [row] = await rowsOf<{ at: Date | string; after: boolean | string }>(
    db,
    sql`select at, from_status in ${decidedToPay} as after from claim_events
        where claim_id = ${claimId} and reason_code = 'payment_changed' order by id desc limit 1`,
  );
  if (!row) return null;
  return { at: row.at instanceof Date ? row.at : new Date(String(row.at)), afterDecision: row.after === true || row.after === 't' };
}

/** How many claims had their payment details changed after a decision to pay (the dashboard's signal). */
export async function countPaymentChangedAfterDecision(db: Executor): Promise<number> {
  const [row] = await rowsOf<{ n: number | string }>(db, sql`select count(*) as n from claims c where ${paymentChangedAfterDecisionSql}`);
  return Number(row?.n ?? 0);
}

/** Where a claim stands for a change of payment: its status, and whether a prepared export carries it. */
export async function findPaymentChangeStanding(db: Executor, claimId: number): Promise<{ status: Status; inLiveExport: boolean } | null> {
  const [row] = await rowsOf<{ status: Status; live: boolean | string }>(
    db,
    sql`select c.status, exists (select 1 from claim_payments p join payment_exports e on e.id = p.export_id
          where p.claim_id = c.id and p.returned_at is null and e.state = 'prepared') as live
        from claims c where c.id = ${claimId}`,
  );
  if (!row) return null;
  return { status: row.status, inLiveExport: row.live === true || row.live === 't' };
}
