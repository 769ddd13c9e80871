// Composition root of the reviewers' claim work: lib/claims/review.ts's dependencies from the process's
// configuration (the second-review threshold, the claims deadline) and the database of the admin context.
import type { Executor } from '../db/index';
import type { ClaimNotify, ReviewDeps } from '../lib/claims/review';
import { env } from '../lib/env';

/**
 * THE SEAM for claim notices from review (a request for information, a decision that counts, a lapse):
 * lib/claims/review.ts calls it after each step is written, with ids and dates only (ClaimNoticeEvent).
 * The claim-notices part is not on this branch; until it is wired in here, no notice is sent and the review
 * steps stand on their own. The worker's lapse job takes the same function
 * (workers/jobs/lapse-claim-requests.handler.ts, `notify`).
 */
export const sendClaimNotice: ClaimNotify | undefined = undefined;

export function claimReviewDeps(db: Executor, auditKey: Buffer): ReviewDeps {
  const e = env();
  return {
    db,
    auditKey,
    secondReviewAboveCents: e.CLAIM_SECOND_REVIEW_ABOVE_DOLLARS * 100,
    claimsDeadline: e.CLAIMS_DEADLINE,
    notify: sendClaimNotice,
  };
}
