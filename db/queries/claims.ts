import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { claimDecisions, claimEvents, claims, type ClaimDecisionRow, type ClaimEventRow, type ClaimRow } from '../schema';

export type NewClaim = Omit<typeof claims.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export type ClaimInsertOutcome = { created: true; claim: ClaimRow } | { created: false; claim: ClaimRow } | { created: false; claim: null };

/**
 * Files a claim unless its record has one: the unique index on record_id decides, so two tabs, a double
 * submit or two processes at once end with one claim, and every caller gets it back. The first history entry
 * (null → submitted, by the claimant) is written in the same transaction. `claim: null` means the fresh
 * claim number collided with another claim's (about 1 in 10^16): the caller draws another and tries again.
 */
export async function insertClaimOnce(db: Executor, claim: NewClaim): Promise<ClaimInsertOutcome> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(claims).values(claim).onConflictDoNothing().returning();
    if (inserted) {
      await tx.insert(claimEvents).values({ claimId: inserted.id, fromStatus: null, toStatus: 'submitted', actor: 'claimant' });
      return { created: true as const, claim: inserted };
    }
    const [existing] = await tx.select().from(claims).where(eq(claims.recordId, claim.recordId));
    return { created: false as const, claim: existing ?? null };
  });
}

export async function findClaimByRecord(db: Executor, recordId: number): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.recordId, recordId));
  return row;
}

export async function findClaimById(db: Executor, id: number): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.id, id));
  return row;
}

export async function findClaimByNumber(db: Executor, claimNumber: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.claimNumber, claimNumber));
  return row;
}

/** A claim's history, oldest first. */
export async function listClaimEvents(db: Executor, claimId: number): Promise<ClaimEventRow[]> {
  return db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(asc(claimEvents.id));
}

/** How many claims share each signal hash with at least one other claim (the duplicate signals). */
export async function countSharedSignals(db: Executor): Promise<{ payment: number; address: number }> {
  const [row] = await rowsOf<{ payment: number | string; address: number | string }>(
    db,
    sql`
    select
      (select count(*) from claims c where c.payment_signal is not null
        and exists (select 1 from claims o where o.payment_signal = c.payment_signal and o.id <> c.id)) as payment,
      (select count(*) from claims c where c.address_signal is not null
        and exists (select 1 from claims o where o.address_signal = c.address_signal and o.id <> c.id)) as address`,
  );
  return { payment: Number(row!.payment), address: Number(row!.address) };
}

type Status = ClaimRow['status'];

/** What a move may set besides the status: a decision's appeal date, and clearing a spent cure date. */
export type MoveExtras = { appealBy?: string | null; cureBy?: string | null; unlessHeld?: boolean };

export async function move(
  tx: Executor,
  claimId: number,
  from: Status,
  to: Status,
  actor: string,
  reasonCode: string | null,
  extras: MoveExtras = {},
): Promise<boolean> {
  const { unlessHeld, ...dates } = extras;
  const moved = await tx
    .update(claims)
    .set({ status: to, updatedAt: sql`now()`, ...dates })
    // A decision's move names "not on hold" in the statement itself: a hold set a moment earlier wins.
    .where(and(eq(claims.id, claimId), eq(claims.status, from), unlessHeld ? isNull(claims.holdReason) : undefined))
    .returning({ id: claims.id });
  if (moved.length === 0) return false;
  await tx.insert(claimEvents).values({ claimId, fromStatus: from, toStatus: to, actor, reasonCode });
  return true;
}

/**
 * Moves a claim from the status the caller saw to another, with its history entry, in one transaction.
 * False when the claim is no longer in `from` (someone else moved it first): nothing is written.
 */
export async function moveClaimStatus(
  db: Executor,
  claimId: number,
  from: Status,
  to: Status,
  actor: string,
  reasonCode: string | null = null,
): Promise<boolean> {
  return db.transaction((tx) => move(tx, claimId, from, to, actor, reasonCode));
}

export type DecisionInput = {
  claimId: number;
  outcome: ClaimDecisionRow['outcome'];
  amountCents: number;
  reasonCode: string | null;
  proposedBy: string;
};

export type ProposeOutcome =
  { state: 'pending'; decisionId: number } | { state: 'refused'; problem: 'not_in_review' | 'already_pending' | 'on_hold' };

/**
 * Records a reviewer's proposed decision on a claim in review. Every decision waits for a second person
 * (four eyes: it changes what the person is told, and an approval moves money); the claim moves only when
 * another reviewer confirms it (confirmClaimDecision). A check constraint refuses an applied decision
 * without a confirmer, so no caller can skip the second person.
 */
export async function proposeClaimDecision(db: Executor, input: DecisionInput): Promise<ProposeOutcome> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({ status: claims.status, holdReason: claims.holdReason })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for('update');
    if (claim?.status !== 'in_review') return { state: 'refused' as const, problem: 'not_in_review' as const };
    // A held claim is not decided, not even proposed for a second reviewer: the hold is released first.
    if (claim.holdReason !== null) return { state: 'refused' as const, problem: 'on_hold' as const };
    const [pending] = await tx
      .select({ id: claimDecisions.id })
      .from(claimDecisions)
      .where(and(eq(claimDecisions.claimId, input.claimId), eq(claimDecisions.state, 'pending')));
    if (pending) return { state: 'refused' as const, problem: 'already_pending' as const };
    const [decision] = await tx
      .insert(claimDecisions)
      .values({ ...input, state: 'pending' })
      .returning({ id: claimDecisions.id });
    return { state: 'pending' as const, decisionId: decision!.id };
  });
}

/** Who proposes the denial of a claim whose request for information lapsed unanswered (lapseOverdueInformationRequests). */
export const systemProposer = 'system';

export type ConfirmProblem = 'same_person' | 'not_pending' | 'on_hold' | 'needs_administrator' | 'asked_for_it';

export type ConfirmOutcome =
  | { state: 'applied'; claimId: number; outcome: ClaimDecisionRow['outcome']; reasonCode: string | null }
  | { state: 'refused'; problem: ConfirmProblem };

/**
 * A second reviewer confirms a pending decision. The update names every rule itself, so no caller can skip
 * one: the proposer never confirms (and a check constraint holds the same rule); an approval above
 * `limitCents` needs a confirmer without a limit (null: an administrator); the denial the system proposes
 * for an unanswered request is never confirmed by the reviewer who made that request, so two people stand
 * behind it as behind every other decision. A lapse denial moves the claim from "more information needed",
 * every other decision from "in review".
 */
export async function confirmClaimDecision(
  db: Executor,
  decisionId: number,
  confirmer: string,
  appealBy: string | null,
  limitCents: number | null,
): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    // The claim row is locked first, so a hold being set at this moment is either seen here or waits for us.
    await tx.execute(sql`select 1 from claims where id = (select claim_id from claim_decisions where id = ${decisionId}) for update`);
    const [applied] = await tx
      .update(claimDecisions)
      .set({ state: 'applied', confirmedBy: confirmer, confirmedAt: sql`now()` })
      .where(
        and(
          eq(claimDecisions.id, decisionId),
          eq(claimDecisions.state, 'pending'),
          ne(claimDecisions.proposedBy, confirmer),
          sql`not exists (select 1 from claims c where c.id = ${claimDecisions.claimId} and c.hold_reason is not null)`,
          limitCents === null ? undefined : sql`(${claimDecisions.outcome} = 'denied' or ${claimDecisions.amountCents} <= ${limitCents})`,
          sql`not (${claimDecisions.proposedBy} = ${systemProposer} and exists (
            select 1 from claim_information_requests r
            where r.claim_id = ${claimDecisions.claimId} and r.lapsed_at is not null and r.requested_by = ${confirmer}))`,
        ),
      )
      .returning();
    if (!applied) {
      const [row] = await tx.select().from(claimDecisions).where(eq(claimDecisions.id, decisionId));
      if (row?.state !== 'pending') return { state: 'refused' as const, problem: 'not_pending' as const };
      if (row.proposedBy === confirmer) return { state: 'refused' as const, problem: 'same_person' as const };
      if (limitCents !== null && row.outcome !== 'denied' && row.amountCents > limitCents)
        return { state: 'refused' as const, problem: 'needs_administrator' as const };
      const [held] = await tx.select({ holdReason: claims.holdReason }).from(claims).where(eq(claims.id, row.claimId));
      if (held?.holdReason != null) return { state: 'refused' as const, problem: 'on_hold' as const };
      return { state: 'refused' as const, problem: 'asked_for_it' as const };
    }
    const lapse = applied.proposedBy === systemProposer;
    const appeal = applied.outcome === 'denied' ? { appealBy } : {};
    const moved = await move(
      tx,
      applied.claimId,
      lapse ? 'more_information_needed' : 'in_review',
      applied.outcome,
      confirmer,
      applied.reasonCode,
      {
        ...appeal,
        ...(lapse ? { cureBy: null } : {}),
        unlessHeld: true,
      },
    );
    if (!moved) throw new Error(`Claim ${applied.claimId} moved while its decision waited: nothing confirmed.`);
    return { state: 'applied' as const, claimId: applied.claimId, outcome: applied.outcome, reasonCode: applied.reasonCode };
  });
}

/**
 * A second reviewer rejects a pending decision: it is withdrawn with `confirmed_by` naming who rejected it
 * (a withdrawal with no `confirmed_by` is its proposer's own), and the claim stays in review for a new
 * decision. The statement refuses the proposer, as confirming does.
 */
export async function rejectClaimDecision(
  db: Executor,
  decisionId: number,
  rejecter: string,
): Promise<{ state: 'rejected'; claimId: number } | { state: 'refused'; problem: 'same_person' | 'not_pending' }> {
  return db.transaction(async (tx) => {
    const [rejected] = await tx
      .update(claimDecisions)
      .set({ state: 'withdrawn', confirmedBy: rejecter, confirmedAt: sql`now()` })
      .where(and(eq(claimDecisions.id, decisionId), eq(claimDecisions.state, 'pending'), ne(claimDecisions.proposedBy, rejecter)))
      .returning({ claimId: claimDecisions.claimId, proposedBy: claimDecisions.proposedBy });
    if (rejected) {
      // A rejected lapse denial (the person answered another way, say) puts the claim back in review.
      if (rejected.proposedBy === systemProposer)
        await move(tx, rejected.claimId, 'more_information_needed', 'in_review', rejecter, null, { cureBy: null });
      return { state: 'rejected' as const, claimId: rejected.claimId };
    }
    const [row] = await tx.select().from(claimDecisions).where(eq(claimDecisions.id, decisionId));
    return { state: 'refused' as const, problem: row?.state === 'pending' ? ('same_person' as const) : ('not_pending' as const) };
  });
}

export async function listClaimDecisions(db: Executor, claimId: number): Promise<ClaimDecisionRow[]> {
  return db.select().from(claimDecisions).where(eq(claimDecisions.claimId, claimId)).orderBy(asc(claimDecisions.id));
}
