// Composition root of the reviewers' claim work: lib/claims/review.ts's dependencies from the process's
// configuration (the second-review threshold, the claims deadline) and the database of the admin context.
import type { Executor } from '../db/index';
import { reviewNotifier } from '../lib/claims/notify';
import type { ReviewDeps } from '../lib/claims/review';
import { enqueueSendGroups } from '../workers/enqueue';
import { env } from '../lib/env';

export function claimReviewDeps(db: Executor, auditKey: Buffer): ReviewDeps {
  const e = env();
  return {
    db,
    auditKey,
    secondReviewAboveCents: e.CLAIM_SECOND_REVIEW_ABOVE_DOLLARS * 100,
    claimsDeadline: e.CLAIMS_DEADLINE,
    // The person hears of each step through the notice pipeline (lib/claims/notify.ts), after it is written.
    notify: reviewNotifier({ db, auditKey, enqueueGroups: (keys) => enqueueSendGroups(keys) }, (line) => console.error(line)),
  };
}
