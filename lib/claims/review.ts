// Reviewers' decisions on claims (issue 17, item 5): start a review, approve an amount or deny with a reason
// code, and for an amount above the configured threshold a second reviewer who is never the first. The rule
// lives in the database statements (db/queries/claims.ts); this layer checks the amounts and writes the audit.
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { confirmClaimDecision, findClaimById, moveClaimStatus, proposeClaimDecision } from '../../db/queries/claims';
import { needsSecondReviewer, type ClaimOutcome } from './status';

export type ReviewDeps = { db: Executor; auditKey: Buffer; secondReviewAboveCents: number };

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
  | 'same_person'
  | 'not_pending';

export type ReviewResult<T = object> = ({ ok: true } & T) | { ok: false; problem: DecisionProblem };

/** What the person claims: the greater of the statutory damages and the actual damages they stated (7431(c)). */
export function claimedCents(claim: { statutoryCents: number; actualCents: number | null }): number {
  return Math.max(claim.statutoryCents, claim.actualCents ?? 0);
}

export async function startReview(deps: ReviewDeps, reviewer: string, claimId: number): Promise<ReviewResult> {
  const moved = await moveClaimStatus(deps.db, claimId, 'submitted', 'in_review', reviewer);
  if (!moved) return { ok: false, problem: 'not_in_review' };
  await appendAudit(deps.db, deps.auditKey, { actor: reviewer, action: 'claim.review_started', outcome: 'ok', detail: { claim: claimId } });
  return { ok: true };
}

export async function decideClaim(
  deps: ReviewDeps,
  reviewer: string,
  claimId: number,
  decision: Decision,
): Promise<ReviewResult<{ state: 'applied' | 'pending'; decisionId: number }>> {
  const claim = await findClaimById(deps.db, claimId);
  if (!claim) return { ok: false, problem: 'no_such_claim' };
  const claimed = claimedCents(claim);
  const { outcome, amountCents } = decision;
  if (outcome === 'denied') {
    if (amountCents !== 0) return { ok: false, problem: 'denial_has_amount' };
    if (!decision.reasonCode) return { ok: false, problem: 'reason_required' };
  } else {
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, problem: 'amount_required' };
    if (amountCents > claimed) return { ok: false, problem: 'amount_over_claim' };
    if (outcome === 'partly_approved' && amountCents === claimed) return { ok: false, problem: 'partly_needs_less' };
    if (outcome === 'partly_approved' && !decision.reasonCode) return { ok: false, problem: 'reason_required' };
  }
  const second = needsSecondReviewer(outcome, amountCents, deps.secondReviewAboveCents);
  const result = await proposeClaimDecision(deps.db, { claimId, ...decision, proposedBy: reviewer }, second);
  if (result.state === 'refused') return { ok: false, problem: result.problem };
  await appendAudit(deps.db, deps.auditKey, {
    actor: reviewer,
    action: result.state === 'pending' ? 'claim.decision_proposed' : 'claim.decided',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: { claim: claimId, decision: result.decisionId, outcome, amountCents },
  });
  return { ok: true, state: result.state, decisionId: result.decisionId };
}

export async function confirmDecision(deps: ReviewDeps, reviewer: string, decisionId: number): Promise<ReviewResult<{ claimId: number }>> {
  const result = await confirmClaimDecision(deps.db, decisionId, reviewer);
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
    detail: { decision: decisionId, claim: result.claimId },
  });
  return { ok: true, claimId: result.claimId };
}
