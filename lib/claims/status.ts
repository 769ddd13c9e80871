// Where a claim may go from where it stands (issue 17, item 3). One table, read by the reviewer actions,
// the payment export and the returns import, and by the database query that moves a claim (which also
// checks the status it expects, so two reviewers acting at once cannot both move it).
import type { ClaimRow } from '../../db/schema';

export type ClaimStatus = ClaimRow['status'];

export const claimMoves: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  submitted: ['in_review'],
  in_review: ['more_information_needed', 'approved', 'partly_approved', 'denied'],
  // The person answered (back to review), or the cure date passed unanswered (denied, with an appeal date).
  more_information_needed: ['in_review', 'denied'],
  approved: ['payment_issued'],
  partly_approved: ['payment_issued'],
  // An appeal reopens the review.
  denied: ['in_review'],
  payment_issued: ['paid', 'payment_returned'],
  payment_returned: ['reissued'],
  reissued: ['paid', 'payment_returned'],
  paid: [],
};

export function canMoveClaim(from: ClaimStatus, to: ClaimStatus): boolean {
  return claimMoves[from].includes(to);
}

/** The decisions a reviewer records; approving or partly approving names an amount, denying a reason. */
export type ClaimOutcome = 'approved' | 'partly_approved' | 'denied';

/**
 * Whether only an administrator may confirm a decision: an approval of more than the threshold
 * (CLAIM_SECOND_REVIEW_ABOVE_DOLLARS). Every decision waits for a second person in any case (four eyes);
 * above the threshold that person must also hold the authority for large amounts.
 */
export function needsAdministratorToConfirm(outcome: ClaimOutcome, amountCents: number, thresholdCents: number): boolean {
  return outcome !== 'denied' && amountCents > thresholdCents;
}
