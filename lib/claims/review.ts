// Reviewers' work on claims (issue 17, item 5): assignment, hold and release, start a review, request more
// information (coded reasons, a cure-by date, one request per claim unless an override), approve an amount
// or deny with a reason code (a denial carries an appeal-by date), a second person for every decision (never
// the first; an approval above the configured threshold needs an administrator), and reopening a denial on
// appeal. The rules that must hold under
// two reviewers at once live in the statements (db/queries/claims.ts, claim-review.ts); this layer checks
// the inputs, computes the dates (./deadlines.ts), writes the audit and says where a notice goes (`notify`).
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  assignClaim,
  createInformationRequest,
  holdClaim,
  releaseClaimHold,
  reopenClaimOnAppeal,
  unassignClaim,
} from '../../db/queries/claim-review';
import { confirmClaimDecision, findClaimById, moveClaimStatus, proposeClaimDecision, rejectClaimDecision } from '../../db/queries/claims';
import { appealByDate, cureByDate, newYorkDay } from './deadlines';
import { isDenialReason, isHoldReason, isInformationReason, isPartialReason } from './reasons';
import { needsAdministratorToConfirm, type ClaimOutcome } from './status';

/**
 * What a claim notice is about. THE SEAM for claim notices: every review step a person must hear of calls
 * `deps.notify` after it is written (a request for information, a decision once confirmed); the
 * notices part (claim notices in every language and channel) is wired in there by the composition root.
 * Without `notify`, nothing is sent and the step still stands.
 */
export type ClaimNoticeEvent =
  | { kind: 'information_requested'; claimId: number; requestId: number; cureBy: string; mailed: boolean; reasonCodes: string[] }
  | { kind: 'decided'; claimId: number; decisionId: number; outcome: ClaimOutcome; appealBy: string | null };

export type ClaimNotify = (event: ClaimNoticeEvent) => Promise<void>;

export type ReviewDeps = {
  db: Executor;
  auditKey: Buffer;
  /** CLAIM_SECOND_REVIEW_ABOVE_DOLLARS in cents: an approval above it is confirmed by an administrator only. */
  secondReviewAboveCents: number;
  /** CLAIMS_DEADLINE (YYYY-MM-DD): no cure date falls before it. Needed to request information. */
  claimsDeadline?: string;
  now?: () => Date;
  notify?: ClaimNotify;
};

export type Decision = { outcome: ClaimOutcome; amountCents: number; reasonCode: string | null };

export type DecisionProblem =
  | 'no_such_claim'
  | 'not_in_review'
  | 'already_pending'
  | 'amount_required'
  | 'amount_over_claim'
  | 'partly_needs_less'
  | 'denial_has_amount'
  | 'reason_required'
  | 'unknown_reason'
  | 'same_person'
  | 'needs_administrator'
  | 'asked_for_it'
  | 'not_pending'
  | 'on_hold'
  | 'not_held'
  | 'already_held'
  | 'assigned_to_other'
  | 'not_assigned_to_you'
  | 'already_requested'
  | 'override_not_allowed'
  | 'not_denied'
  | 'appeal_closed';

export type ReviewResult<T = object> = ({ ok: true } & T) | { ok: false; problem: DecisionProblem };

const nowOf = (deps: ReviewDeps) => (deps.now ?? (() => new Date()))();

/** What the person claims: the greater of the statutory damages and the actual damages they stated (7431(c)). */
export function claimedCents(claim: { statutoryCents: number; actualCents: number | null }): number {
  return Math.max(claim.statutoryCents, claim.actualCents ?? 0);
}

async function audit(
  deps: ReviewDeps,
  actor: string,
  action: string,
  claimId: number,
  outcome: string,
  detail: Record<string, unknown> = {},
) {
  await appendAudit(deps.db, deps.auditKey, { actor, action, outcome, detail: { claim: claimId, ...detail } });
}

export async function assignToMe(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  const outcome = await assignClaim(deps.db, claimId, reviewer);
  if (outcome === 'no_such_claim') return { ok: false, problem: 'no_such_claim' };
  if (outcome === 'taken') return { ok: false, problem: 'assigned_to_other' };
  await audit(deps, reviewer, 'claim.assigned', claimId, 'ok');
  return { ok: true };
}

export async function unassign(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  if (!(await unassignClaim(deps.db, claimId, reviewer))) return { ok: false, problem: 'not_assigned_to_you' };
  await audit(deps, reviewer, 'claim.unassigned', claimId, 'ok');
  return { ok: true };
}

/** Holds a claim with a coded reason (./reasons.ts holdReasons): no decision counts while it is held. */
export async function holdForReview(deps: ReviewDeps, reviewer: string, claimId: number, reason: string): Promise<ReviewResult> {
  if (!isHoldReason(reason)) return { ok: false, problem: 'unknown_reason' };
  if (!(await findClaimById(deps.db, claimId))) return { ok: false, problem: 'no_such_claim' };
  if (!(await holdClaim(deps.db, claimId, reason, reviewer))) return { ok: false, problem: 'already_held' };
  await audit(deps, reviewer, 'claim.held', claimId, 'ok', { reason });
  return { ok: true };
}

export async function releaseHold(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  const reason = await releaseClaimHold(deps.db, claimId);
  if (reason === null) return { ok: false, problem: 'not_held' };
  await audit(deps, reviewer, 'claim.hold_released', claimId, 'ok', { reason });
  return { ok: true };
}

export async function startReview(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  const moved = await moveClaimStatus(deps.db, claimId, 'submitted', 'in_review', reviewer);
  if (!moved) return { ok: false, problem: 'not_in_review' };
  await audit(deps, reviewer, 'claim.review_started', claimId, 'ok');
  return { ok: true };
}

export type InformationRequest = {
  reasonCodes: string[];
  /** The request also goes by first-class mail: three more days to answer. */
  mailed: boolean;
  /** Set only by a reviewer who holds the override permission (the caller checks the permission). */
  override: boolean;
};

/**
 * Asks the person for more information. The cure-by date is the later of 30 days (33 when mailed) from
 * today in New York and the claims deadline; the claim and the request carry the same date.
 */
export async function requestInformation(
  deps: ReviewDeps,
  reviewer: string,
  claimId: number,
  request: InformationRequest,
): Promise<ReviewResult<{ requestId: number; cureBy: string }>> {
  const codes = [...new Set(request.reasonCodes)];
  if (codes.length === 0) return { ok: false, problem: 'reason_required' };
  if (!codes.every(isInformationReason)) return { ok: false, problem: 'unknown_reason' };
  if (!deps.claimsDeadline) throw new Error('Requesting information needs the claims deadline (CLAIMS_DEADLINE) in ReviewDeps.');
  const requestedAt = nowOf(deps);
  const cureBy = cureByDate(requestedAt, request.mailed, deps.claimsDeadline);
  const result = await createInformationRequest(deps.db, {
    claimId,
    reasonCodes: codes,
    requestedBy: reviewer,
    requestedAt,
    mailed: request.mailed,
    cureBy,
    overrideBy: request.override ? reviewer : null,
  });
  if (result.state === 'refused') {
    if (result.problem === 'already_requested')
      await audit(deps, reviewer, 'claim.information_requested', claimId, 'refused', { problem: result.problem });
    return { ok: false, problem: result.problem };
  }
  await audit(deps, reviewer, 'claim.information_requested', claimId, 'ok', {
    request: result.requestId,
    reasons: codes,
    mailed: request.mailed,
    cureBy,
    override: request.override,
  });
  await deps.notify?.({
    kind: 'information_requested',
    claimId,
    requestId: result.requestId,
    cureBy,
    mailed: request.mailed,
    reasonCodes: codes,
  });
  return { ok: true, requestId: result.requestId, cureBy };
}

export async function decideClaim(
  deps: ReviewDeps,
  reviewer: string,
  claimId: number,
  decision: Decision,
): Promise<ReviewResult<{ decisionId: number }>> {
  const claim = await findClaimById(deps.db, claimId);
  if (!claim) return { ok: false, problem: 'no_such_claim' };
  const claimed = claimedCents(claim);
  const { outcome, amountCents } = decision;
  if (outcome === 'denied') {
    if (amountCents !== 0) return { ok: false, problem: 'denial_has_amount' };
    if (!decision.reasonCode) return { ok: false, problem: 'reason_required' };
    if (!isDenialReason(decision.reasonCode)) return { ok: false, problem: 'unknown_reason' };
  } else {
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, problem: 'amount_required' };
    if (amountCents > claimed) return { ok: false, problem: 'amount_over_claim' };
    if (outcome === 'partly_approved' && amountCents === claimed) return { ok: false, problem: 'partly_needs_less' };
    if (outcome === 'partly_approved' && !decision.reasonCode) return { ok: false, problem: 'reason_required' };
    if (outcome === 'partly_approved' && !isPartialReason(decision.reasonCode!)) return { ok: false, problem: 'unknown_reason' };
    if (outcome === 'approved' && decision.reasonCode !== null) return { ok: false, problem: 'unknown_reason' };
  }
  const result = await proposeClaimDecision(deps.db, { claimId, ...decision, proposedBy: reviewer });
  if (result.state === 'refused') return { ok: false, problem: result.problem };
  await appendAudit(deps.db, deps.auditKey, {
    actor: reviewer,
    action: 'claim.decision_proposed',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: {
      claim: claimId,
      decision: result.decisionId,
      outcome,
      amountCents,
      reason: decision.reasonCode,
      administratorToConfirm: needsAdministratorToConfirm(outcome, amountCents, deps.secondReviewAboveCents),
    },
  });
  return { ok: true, decisionId: result.decisionId };
}

/** Who may confirm: `anyAmount` for a confirmer who holds confirmLargeClaimDecisions (an administrator). */
export type Confirmer = { staffId: string; anyAmount: boolean };

/**
 * A second person confirms a pending decision: the claim moves, the appeal-by date of a denial counts from
 * today, and the person is told. The statement refuses the proposer, an approval above the threshold for a
 * confirmer without `anyAmount`, and the reviewer whose unanswered request the system's denial follows from.
 */
export async function confirmDecision(
  deps: ReviewDeps,
  confirmer: Confirmer,
  decisionId: number,
): Promise<ReviewResult<{ claimId: number; outcome: ClaimOutcome }>> {
  const reviewer = confirmer.staffId;
  const appealBy = appealByDate(nowOf(deps));
  const limit = confirmer.anyAmount ? null : deps.secondReviewAboveCents;
  const result = await confirmClaimDecision(deps.db, decisionId, reviewer, appealBy, limit);
  if (result.state === 'refused') {
    await appendAudit(deps.db, deps.auditKey, {
      actor: reviewer,
      action: 'claim.decision_confirmed',
      outcome: 'refused',
      detail: { decision: decisionId, problem: result.problem },
    });
    return { ok: false, problem: result.problem };
  }
  await appendAudit(deps.db, deps.auditKey, {
    actor: reviewer,
    action: 'claim.decision_confirmed',
    outcome: 'ok',
    detail: {
      decision: decisionId,
      claim: result.claimId,
      outcome: result.outcome,
      appealBy: result.outcome === 'denied' ? appealBy : null,
    },
  });
  await deps.notify?.({
    kind: 'decided',
    claimId: result.claimId,
    decisionId,
    outcome: result.outcome,
    appealBy: result.outcome === 'denied' ? appealBy : null,
  });
  return { ok: true, claimId: result.claimId, outcome: result.outcome };
}

/** A second reviewer rejects a pending decision: the claim stays in review for a new one. */
export async function rejectDecision(deps: ReviewDeps, reviewer: string, decisionId: number): Promise<ReviewResult<{ claimId: number }>> {
  const result = await rejectClaimDecision(deps.db, decisionId, reviewer);
  await appendAudit(deps.db, deps.auditKey, {
    actor: reviewer,
    action: 'claim.decision_rejected',
    outcome: result.state === 'rejected' ? 'ok' : 'refused',
    detail:
      result.state === 'rejected' ? { decision: decisionId, claim: result.claimId } : { decision: decisionId, problem: result.problem },
  });
  return result.state === 'rejected' ? { ok: true, claimId: result.claimId } : { ok: false, problem: result.problem };
}

/** An appeal reopens a denied claim (denied → in_review) while its appeal-by day, in New York, has not passed. */
export async function reopenOnAppeal(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  const outcome = await reopenClaimOnAppeal(deps.db, claimId, reviewer, newYorkDay(nowOf(deps)));
  if (outcome !== 'reopened') return { ok: false, problem: outcome };
  await audit(deps, reviewer, 'claim.reopened_on_appeal', claimId, 'ok');
  return { ok: true };
}
