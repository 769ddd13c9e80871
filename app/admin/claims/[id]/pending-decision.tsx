// A decision waiting for its second person, on a claim's page: who proposed what, and for this viewer either
// the buttons or, before any button is pressed, why they cannot confirm it (the confirming statement in
// db/queries/claims.ts refuses the same cases whatever the page shows).
import { systemProposer } from '@/db/queries/claims';
import type { ClaimDecisionRow } from '@/db/schema';
import { allows } from '@/lib/admin/permissions';
import { reasonLabel } from '@/lib/claims/reasons';
import { needsAdministratorToConfirm } from '@/lib/claims/status';
import type { StaffPrincipal } from '@/lib/staff/principal';
import { formatDateTime } from '../../_components/labels';
import { usd } from '../labels';
import { SecondReviewButtons } from './claim-commands';

const proposalVerb = { approved: 'approve', partly_approved: 'partly approve', denied: 'deny the claim' } as const;

export function PendingDecision({
  claimId,
  decision,
  proposer,
  viewer,
  held,
  thresholdCents,
  askedForIt: viewerAsked,
}: {
  claimId: number;
  decision: ClaimDecisionRow;
  /** The proposer's name as the page shows staff. */
  proposer: string;
  viewer: StaffPrincipal;
  held: boolean;
  thresholdCents: number;
  /** The viewer made a request for information on this claim that lapsed. */
  askedForIt: boolean;
}) {
  const byTheSystem = decision.proposedBy === systemProposer;
  const largeForViewer =
    needsAdministratorToConfirm(decision.outcome, decision.amountCents, thresholdCents) && !allows(viewer, 'confirmLargeClaimDecisions');
  const askedForIt = byTheSystem && viewerAsked;
  const when = formatDateTime(decision.proposedAt);
  return (
    <>
      <p data-testid="pending-decision">
        {byTheSystem
          ? `The request for information went unanswered by its date, so the system proposed to deny the claim (${reasonLabel('no_answer')}) on ${when}.`
          : `${proposer} proposed to ${proposalVerb[decision.outcome]}${decision.outcome === 'denied' ? '' : ` ${usd(decision.amountCents)}`}${decision.reasonCode ? ` (${reasonLabel(decision.reasonCode)})` : ''} on ${when}.`}{' '}
        It counts, and the person is told, only once another reviewer confirms it; rejecting it puts the claim back in review.
      </p>
      {decision.proposedBy === viewer.staffId ? (
        <p data-testid="own-proposal">
          <strong>You proposed this decision,</strong> so you cannot confirm or reject it: another reviewer must.
        </p>
      ) : !allows(viewer, 'confirmClaimDecision') ? (
        <p>Your role cannot confirm decisions.</p>
      ) : held ? (
        <p>Release the hold before confirming.</p>
      ) : (
        <>
          {largeForViewer && (
            <p data-testid="needs-administrator">
              The amount is above {usd(thresholdCents)}: only an administrator can confirm it. You can reject it.
            </p>
          )}
          {askedForIt && (
            <p data-testid="asked-for-it">
              You made the request that went unanswered, so another reviewer must confirm this denial. You can reject it to put the claim
              back in review.
            </p>
          )}
          <SecondReviewButtons claimId={claimId} decisionId={decision.id} canConfirm={!largeForViewer && !askedForIt} />
        </>
      )}
    </>
  );
}
