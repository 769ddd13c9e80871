// Claims under test: a synthetic claim form, and a request for more information made the way a reviewer's
// would leave it (the claim moved to review and on to more_information_needed, one open request with its
// cure-by date; the reviewers' own request function is built elsewhere, this is only the rows it writes); and
// an approval by two reviewers.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/index';
import { moveClaimStatus } from '../db/queries/claims';
import { claimInformationRequests, claims } from '../db/schema';
import type { InformationReason } from '../lib/claims/reasons';
import { confirmDecision, decideClaim, type Decision, type ReviewDeps } from '../lib/claims/review';
import { parseClaimForm, type ClaimForm } from '../lib/validation/claims';

/** A claim paid by check to a synthetic address, signed by a synthetic name, in `language`. */
export function syntheticClaimForm(language = 'es', over: Record<string, string> = {}): ClaimForm {
  const parsed = parseClaimForm({
    language,
    street: '1200 Synthetic Ave Apt 3',
    city: 'Los Angeles',
    state: 'CA',
    zip: '90011',
    signed_name: 'Persona Sintética',
    declaration: 'yes',
    ...over,
  });
  if (!parsed.ok) throw new Error(`Synthetic claim form refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

/** Moves a submitted claim to review and asks for more information, as a reviewer would. Returns the request id. */
export async function requestInformationForTest(
  db: Executor,
  claimId: number,
  options: { reasonCodes: InformationReason[]; cureBy: string; reviewer?: string; mailed?: boolean },
): Promise<number> {
  const reviewer = options.reviewer ?? 'reviewer-test';
  const [claim] = await db.select({ status: claims.status }).from(claims).where(eq(claims.id, claimId));
  if (claim?.status === 'submitted' && !(await moveClaimStatus(db, claimId, 'submitted', 'in_review', reviewer)))
    throw new Error('Claim did not move to review');
  if (!(await moveClaimStatus(db, claimId, 'in_review', 'more_information_needed', reviewer))) throw new Error('Claim was not in review');
  const [row] = await db
    .insert(claimInformationRequests)
    .values({ claimId, reasonCodes: options.reasonCodes, requestedBy: reviewer, cureBy: options.cureBy, mailed: options.mailed ?? false })
    .returning({ id: claimInformationRequests.id });
  await db.update(claims).set({ cureBy: options.cureBy }).where(eq(claims.id, claimId));
  return row!.id;
}

/**
 * Decides a claim in review as two people do: `proposer` proposes the decision and `confirmer` (who may
 * confirm any amount) confirms it, through the reviewers' own rules. For tests of what comes after a
 * decision. Answers what the confirmation answers (a denial's appeal-by date is then on the claim).
 */
export async function decideForTest(
  deps: ReviewDeps,
  claimId: number,
  decision: Decision,
  who: { proposer: string; confirmer: string } = { proposer: 'reviewer-a', confirmer: 'reviewer-b' },
): Promise<{ claimId: number; outcome: Decision['outcome'] }> {
  const proposed = await decideClaim(deps, who.proposer, claimId, decision);
  if (!proposed.ok) throw new Error(`Claim ${claimId} not proposed for ${decision.outcome}: ${proposed.problem}`);
  const confirmed = await confirmDecision(deps, { staffId: who.confirmer, anyAmount: true }, proposed.decisionId);
  if (!confirmed.ok) throw new Error(`Claim ${claimId} ${decision.outcome} not confirmed: ${confirmed.problem}`);
  return confirmed;
}

/** Approves `amountCents` on a claim in review, proposed and confirmed by two people (decideForTest). */
export async function approveForTest(
  deps: ReviewDeps,
  claimId: number,
  amountCents: number,
  who?: { proposer: string; confirmer: string },
): Promise<void> {
  await decideForTest(deps, claimId, { outcome: 'approved', amountCents, reasonCode: null }, who);
}
