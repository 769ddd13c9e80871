// The reviewers' statements on claims (issue 17, item 5): assignment, hold, requests for more information,
// their lapse, an appeal, the queue in keyset order and the duplicate signals. Each rule that must hold
// under two reviewers at once (one request per claim, no decision on a held claim, one lapse per request)
// is in the statement or under the claim row's lock, not only in lib/claims.
import { and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import {
  claimDecisions,
  claimEvents,
  claimInformationRequests,
  claims,
  type ClaimDecisionRow,
  type ClaimInformationRequestRow,
} from '../schema';
import { paymentChangedAfterDecisionSql } from './claim-payment-change';
import { move } from './claims';
import { hasOpenAppealRequest, markAppealRequestHandled } from './claim-appeals';

type Status = (typeof claims.$inferSelect)['status'];

/** Assigns a claim to a reviewer unless another has it (assigning one's own claim again changes nothing). */
export async function assignClaim(db: Executor, claimId: number, staffId: string): Promise<'assigned' | 'taken' | 'no_such_claim'> {
  const [row] = await db
    .update(claims)
    .set({ assignedTo: staffId, assignedAt: sql`coalesce(${claims.assignedAt}, now())` })
    .where(and(eq(claims.id, claimId), or(isNull(claims.assignedTo), eq(claims.assignedTo, staffId))))
    .returning({ id: claims.id });
  if (row) return 'assigned';
  const [exists] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
  return exists ? 'taken' : 'no_such_claim';
}

/** Gives back one's own claim (another reviewer's assignment is theirs to give back). */
export async function unassignClaim(db: Executor, claimId: number, staffId: string): Promise<boolean> {
  const rows = await db
    .update(claims)
    .set({ assignedTo: null, assignedAt: null })
    .where(and(eq(claims.id, claimId), eq(claims.assignedTo, staffId)))
    .returning({ id: claims.id });
  return rows.length > 0;
}

/** Holds a claim with a coded reason; false when it is held already (or does not exist). */
export async function holdClaim(db: Executor, claimId: number, reason: string, by: string): Promise<boolean> {
  const rows = await db
    .update(claims)
    .set({ holdReason: reason, heldBy: by, heldAt: sql`now()` })
    .where(and(eq(claims.id, claimId), isNull(claims.holdReason)))
    .returning({ id: claims.id });
  return rows.length > 0;
}

/** Releases a hold; the reason it had, or null when the claim was not held. */
export async function releaseClaimHold(db: Executor, claimId: number): Promise<string | null> {
  const rows = await rowsOf<{ reason: string }>(
    db,
    sql`update claims c set hold_reason = null, held_by = null, held_at = null
        from (select id, hold_reason from claims where id = ${claimId} for update) old
        where c.id = old.id and old.hold_reason is not null
        returning old.hold_reason as reason`,
  );
  return rows[0]?.reason ?? null;
}

export type InformationRequestInput = {
  claimId: number;
  reasonCodes: string[];
  requestedBy: string;
  requestedAt: Date;
  mailed: boolean;
  cureBy: string;
  /** The reviewer who lifts the one-request rule (holding the override permission), or null. */
  overrideBy: string | null;
};

export type InformationRequestOutcome =
  | { state: 'requested'; requestId: number }
  | { state: 'refused'; problem: 'no_such_claim' | 'not_in_review' | 'already_requested' | 'already_pending' };

/**
 * Asks the person for more information: in one transaction under the claim row's lock, the request (with
 * its cure-by date), the claim's move in_review → more_information_needed with the same cure-by date, and
 * its history entry (the reason codes, comma-separated). One request per claim unless `overrideBy` names
 * who lifts the rule; the partial unique index keeps at most one open whatever happens.
 */
export async function createInformationRequest(db: Executor, input: InformationRequestInput): Promise<InformationRequestOutcome> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select({ status: claims.status }).from(claims).where(eq(claims.id, input.claimId)).for('update');
    if (!claim) return { state: 'refused' as const, problem: 'no_such_claim' as const };
    if (claim.status !== 'in_review') return { state: 'refused' as const, problem: 'not_in_review' as const };
    const [pending] = await tx
      .select({ id: claimDecisions.id })
      .from(claimDecisions)
      .where(and(eq(claimDecisions.claimId, input.claimId), eq(claimDecisions.state, 'pending')));
    if (pending) return { state: 'refused' as const, problem: 'already_pending' as const };
    const [earlier] = await tx
      .select({ id: claimInformationRequests.id })
      .from(claimInformationRequests)
      .where(eq(claimInformationRequests.claimId, input.claimId))
      .limit(1);
    if (earlier && !input.overrideBy) return { state: 'refused' as const, problem: 'already_requested' as const };
    const [request] = await tx
      .insert(claimInformationRequests)
      .values({
        claimId: input.claimId,
        reasonCodes: input.reasonCodes,
        requestedBy: input.requestedBy,
        requestedAt: input.requestedAt,
        mailed: input.mailed,
        cureBy: input.cureBy,
        overrideBy: earlier ? input.overrideBy : null,
      })
      .returning({ id: claimInformationRequests.id });
    await move(tx, input.claimId, 'in_review', 'more_information_needed', input.requestedBy, input.reasonCodes.join(','), {
      cureBy: input.cureBy,
    });
    return { state: 'requested' as const, requestId: request!.id };
  });
}

export type LapsedClaim = { claimId: number; recordId: number; requestId: number; decisionId: number };

/**
 * Lapses up to `limit` open requests that ran out unanswered (the cure-by day is before `today`), in one
 * statement: each request marked lapsed and a denial with reason 'no_answer' proposed by 'system' for its
 * claim. The denial waits, like every decision, for a person to confirm it (never the reviewer who made the
 * request: confirmClaimDecision); until then the claim stays "more information needed". Rows another run
 * holds are skipped (SKIP LOCKED) and each update re-checks what it needs, so two runs at once lapse each
 * request once, and a second run finds nothing. A held claim waits for its release; an answer that came
 * first wins (the claim is in review again, the request answered).
 */
export async function lapseOverdueInformationRequests(db: Executor, today: string, limit: number): Promise<LapsedClaim[]> {
  const rows = await rowsOf<{
    claim_id: number | string;
    record_id: number | string;
    request_id: number | string;
    decision_id: number | string;
  }>(
    db,
    sql`
    with due as (
      select r.id as request_id, c.id as claim_id
      from claim_information_requests r join claims c on c.id = r.claim_id
      where r.answered_at is null and r.lapsed_at is null and r.cure_by < ${today}::date
        and c.status = 'more_information_needed' and c.hold_reason is null
      order by r.id
      limit ${limit}
      for update of r, c skip locked
    ), lapsed as (
      update claim_information_requests r set lapsed_at = now()
      from due where r.id = due.request_id and r.answered_at is null and r.lapsed_at is null
      returning r.id as request_id, r.claim_id
    ), proposed as (
      insert into claim_decisions (claim_id, outcome, amount_cents, reason_code, state, proposed_by)
      select lapsed.claim_id, 'denied', 0, 'no_answer', 'pending', 'system' from lapsed
      on conflict do nothing
      returning claim_id, id as decision_id
    ), moved as (
      select p.claim_id, c.record_id, l.request_id, p.decision_id
      from proposed p join lapsed l on l.claim_id = p.claim_id join claims c on c.id = p.claim_id
    )
    select claim_id, record_id, request_id, decision_id from moved`,
  );
  return rows.map((r) => ({
    claimId: Number(r.claim_id),
    recordId: Number(r.record_id),
    requestId: Number(r.request_id),
    decisionId: Number(r.decision_id),
  }));
}

/** Reopens a denied claim on appeal while its appeal-by day has not passed (`today` is New York's day). */
export async function reopenClaimOnAppeal(
  db: Executor,
  claimId: number,
  actor: string,
  today: string,
): Promise<'reopened' | 'not_denied' | 'appeal_closed'> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({ status: claims.status, appealBy: claims.appealBy })
      .from(claims)
      .where(eq(claims.id, claimId))
      .for('update');
    if (claim?.status !== 'denied') return 'not_denied' as const;
    // An open appeal request was asked in time (the person's form takes one until the day has ended in the
    // last time zone, hours after New York's), so it can still be reopened on after New York's day is over.
    if (!claim.appealBy || (claim.appealBy < today && !(await hasOpenAppealRequest(tx, claimId)))) return 'appeal_closed' as const;
    await move(tx, claimId, 'denied', 'in_review', actor, 'appeal', { appealBy: null });
    await markAppealRequestHandled(tx, claimId, actor);
    return 'reopened' as const;
  });
}

export async function listInformationRequests(db: Executor, claimId: number): Promise<ClaimInformationRequestRow[]> {
  return db
    .select()
    .from(claimInformationRequests)
    .where(eq(claimInformationRequests.claimId, claimId))
    .orderBy(asc(claimInformationRequests.id));
}

export async function findPendingDecision(db: Executor, claimId: number): Promise<ClaimDecisionRow | undefined> {
  const [row] = await db
    .select()
    .from(claimDecisions)
    .where(and(eq(claimDecisions.claimId, claimId), eq(claimDecisions.state, 'pending')))
    .orderBy(desc(claimDecisions.id));
  return row;
}

/** How many claims from one client address make a signal (a household may file two or three). */
export const manyFromOneClient = 5;

export type QueueFilters = {
  status?: Status;
  paymentMethod?: 'check' | 'direct_deposit';
  /** 'me': assigned to `staffId`; 'unassigned': to nobody. */
  assigned?: 'me' | 'unassigned';
  staffId?: string;
  held?: boolean;
  signals?: boolean;
  /** A decision waits for its second reviewer (or a lapse denial for its confirmation). */
  pendingDecision?: boolean;
  language?: string;
  /** Claims whose person asked for an appeal that no reviewer has handled yet. */
  appealAsked?: boolean;
};

export type QueueRow = {
  id: number;
  claimNumber: string;
  status: Status;
  paymentMethod: 'check' | 'direct_deposit';
  language: string;
  statutoryCents: number;
  actualCents: number | null;
  assignedTo: string | null;
  holdReason: string | null;
  cureBy: string | null;
  appealBy: string | null;
  declaredAt: Date;
  sharedPayment: boolean;
  sharedAddress: boolean;
  manyFromClient: boolean;
  pendingDecision: boolean;
  /** The person asked for an appeal that no reviewer has handled yet. */
  appealAsked: boolean;
  /** The person changed the payment details after a decision to pay. */
  paymentChanged: boolean;
};

const sharedPaymentSql = sql`(c.payment_signal is not null and exists (select 1 from claims o where o.payment_signal = c.payment_signal and o.id <> c.id))`;
const sharedAddressSql = sql`(c.address_signal is not null and exists (select 1 from claims o where o.address_signal = c.address_signal and o.id <> c.id))`;
// An appeal request of the claim's person that no reviewer has handled (claim_appeal_requests).
const openAppealSql = sql`exists (select 1 from claim_appeal_requests a where a.claim_id = c.id and a.handled_at is null)`;
// Counts at most `manyFromOneClient` rows, however many one address filed.
const manyFromClientSql = sql`(c.client_signal is not null and (select count(*) from (select 1 from claims o where o.client_signal = c.client_signal limit ${manyFromOneClient}) x) >= ${manyFromOneClient})`;

// The partial unique index claim_decisions_one_pending answers this with one probe.
const pendingDecisionSql = sql`exists (select 1 from claim_decisions d where d.claim_id = c.id and d.state = 'pending')`;

/**
 * One page of the review queue, oldest claim first, after the claim id `afterId` (keyset paging: the page
 * costs the same at the end of the queue as at its start; never OFFSET). `limit + 1` rows are read so the
 * caller knows whether another page follows.
 */
export async function listClaimQueue(
  db: Executor,
  filters: QueueFilters,
  page: { afterId: number | null; limit: number },
): Promise<{ rows: QueueRow[]; nextAfterId: number | null }> {
  const where: SQL[] = [];
  if (page.afterId !== null) where.push(sql`c.id > ${page.afterId}`);
  if (filters.status) where.push(sql`c.status = ${filters.status}`);
  if (filters.paymentMethod) where.push(sql`c.payment_method = ${filters.paymentMethod}`);
  if (filters.assigned === 'me') where.push(sql`c.assigned_to = ${filters.staffId ?? ''}`);
  if (filters.assigned === 'unassigned') where.push(sql`c.assigned_to is null`);
  if (filters.held === true) where.push(sql`c.hold_reason is not null`);
  if (filters.held === false) where.push(sql`c.hold_reason is null`);
  if (filters.language) where.push(sql`c.language = ${filters.language}`);
  if (filters.signals)
    where.push(sql`(${sharedPaymentSql} or ${sharedAddressSql} or ${manyFromClientSql} or ${paymentChangedAfterDecisionSql})`);
  if (filters.pendingDecision) where.push(pendingDecisionSql);
  if (filters.appealAsked) where.push(openAppealSql);
  const condition = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`
    select c.id, c.claim_number, c.status, c.payment_method, c.language, c.statutory_cents, c.actual_cents,
      c.assigned_to, c.hold_reason, c.cure_by::text as cure_by, c.appeal_by::text as appeal_by, c.declared_at,
      ${sharedPaymentSql} as shared_payment, ${sharedAddressSql} as shared_address, ${manyFromClientSql} as many_from_client,
      ${pendingDecisionSql} as pending_decision,
      ${openAppealSql} as appeal_asked,
      ${paymentChangedAfterDecisionSql} as payment_changed
    from claims c ${condition}
    order by c.id
    limit ${page.limit + 1}`,
  );
  const mapped: QueueRow[] = rows.slice(0, page.limit).map((r) => ({
    id: Number(r.id),
    claimNumber: String(r.claim_number),
    status: r.status as Status,
    paymentMethod: r.payment_method as QueueRow['paymentMethod'],
    language: String(r.language),
    statutoryCents: Number(r.statutory_cents),
    actualCents: r.actual_cents === null ? null : Number(r.actual_cents),
    assignedTo: (r.assigned_to as string | null) ?? null,
    holdReason: (r.hold_reason as string | null) ?? null,
    cureBy: (r.cure_by as string | null) ?? null,
    appealBy: (r.appeal_by as string | null) ?? null,
    declaredAt: r.declared_at instanceof Date ? r.declared_at : new Date(String(r.declared_at)),
    sharedPayment: r.shared_payment === true || r.shared_payment === 't',
    sharedAddress: r.shared_address === true || r.shared_address === 't',
    manyFromClient: r.many_from_client === true || r.many_from_client === 't',
    pendingDecision: r.pending_decision === true || r.pending_decision === 't',
    appealAsked: r.appeal_asked === true || r.appeal_asked === 't',
    paymentChanged: r.payment_changed === true || r.payment_changed === 't',
  }));
  return { rows: mapped, nextAfterId: rows.length > page.limit ? mapped[mapped.length - 1]!.id : null };
}

export type SignalMatch = { id: number; claimNumber: string; status: Status };

/** The other claims that share this claim's bank account, mailing address or client address (at most 20 each). */
export async function findClaimSignals(
  db: Executor,
  claim: { id: number; paymentSignal: Buffer | null; addressSignal: Buffer | null; clientSignal: Buffer | null },
): Promise<{ payment: SignalMatch[]; address: SignalMatch[]; client: SignalMatch[]; clientCount: number }> {
  const others = async (
    column: typeof claims.paymentSignal | typeof claims.addressSignal | typeof claims.clientSignal,
    value: Buffer | null,
  ) =>
    value === null
      ? []
      : db
          .select({ id: claims.id, claimNumber: claims.claimNumber, status: claims.status })
          .from(claims)
          .where(and(eq(column, value), sql`${claims.id} <> ${claim.id}`))
          .orderBy(asc(claims.id))
          .limit(20);
  const [payment, address, client] = await Promise.all([
    others(claims.paymentSignal, claim.paymentSignal),
    others(claims.addressSignal, claim.addressSignal),
    others(claims.clientSignal, claim.clientSignal),
  ]);
  let clientCount = 0;
  if (claim.clientSignal !== null) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(claims)
      .where(eq(claims.clientSignal, claim.clientSignal));
    clientCount = Number(row?.n ?? 0);
  }
  return { payment, address, client, clientCount };
}

/** A claim's history entries, newest first (the detail page). */
export async function listClaimHistory(db: Executor, claimId: number) {
  return db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(desc(claimEvents.id));
}
