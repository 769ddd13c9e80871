// What the claim status page shows the person whose claim it is, and nothing more: where the claim stands,
// its own history (who moved it as "you" or "the review team", never a staff id), the amounts, the coded
// reason of a partial approval or a denial, an open request for more information, and the dates that
// matter. Every build is a read of personal data, so it is written to the audit log.
//
// The 26 U.S.C. 7431(d) date is the result page's (lib/self-check/result-view.ts): two years from
// discovery, less a day, where discovery is the earliest day we can show the person learned of the
// disclosure from us — our first notice about the record was sent, or they first viewed their result.
// A claim is filed from a viewed result, so there is always such a day. Filing here does not stop that
// clock for a court action, and the page says so.
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { listAppealRequests } from '../../db/queries/claim-appeals';
import { paymentChangedCode } from '../../db/queries/claim-payment-change';
import { findLatestInformationRequest } from '../../db/queries/claim-status';
import { findClaimById, listClaimDecisions, listClaimEvents } from '../../db/queries/claims';
import { findFirstAuditAt, findResultRecord } from '../../db/queries/self-check';
import type { Hasher } from '../crypto';
import type { IsoDate } from '../identifiers/dates';
import { claimFileBy, VIEWED_ACTION } from '../self-check/result-view';
import { appealDayOpen } from './appeal';
import { cureDayOpen } from './deadlines';
import { formatClaimNumber } from './filing';
import {
  isDenialReason,
  isInformationReason,
  isPartialReason,
  type DenialReason,
  type InformationReason,
  type PartialReason,
} from './reasons';
import { claimedCents } from './review';
import type { ClaimStatus } from './status';

/** `event` marks what the person did that moved no status: asking for an appeal, changing where the payment goes. */
export type ClaimHistoryEntry = { status: ClaimStatus; at: string; by: 'you' | 'review_team'; event?: 'appeal_asked' | 'payment_changed' };

export type ClaimStatusView = {
  claimId: number;
  /** As printed: C-XXXX-XXXX-XXXX. */
  claimNumber: string;
  status: ClaimStatus;
  filedOn: string;
  history: ClaimHistoryEntry[];
  claimedCents: number;
  /** The approved amount once a decision approved one (also while it is being paid). */
  approvedCents: number | null;
  /** Why part of the claim or all of it was refused; 'other' when a code is not one the page knows. */
  reason: DenialReason | PartialReason | null;
  paymentMethod: 'check' | 'direct_deposit';
  /** The open request for more information, when there is one; `answerable` false once its date has passed. */
  request: { id: number; reasons: InformationReason[]; cureBy: IsoDate; answerable: boolean } | null;
  /** The latest request was answered: when. */
  answeredAt: string | null;
  appealBy: IsoDate | null;
  /**
   * The appeal: `askable` while the claim is denied, its appeal-by day has not ended in the last time zone
   * and no request is open; `askedAt` when the person asked (the open request, or the latest one).
   */
  appeal: { askable: boolean; askedAt: string | null; open: boolean };
  claimsDeadline: IsoDate;
  fileBy: IsoDate;
};

export type ClaimViewDeps = { db: Database; hasher: Pick<Hasher, 'auditKey'>; now(): Date; claimsDeadline: IsoDate };

const decided: readonly ClaimStatus[] = ['approved', 'partly_approved', 'payment_issued', 'paid', 'payment_returned', 'reissued'];
const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/** A decision's code as the page can say it: one of the shared list for its outcome, or 'other'. */
function decisionReasonOf(outcome: 'denied' | 'partly_approved', code: string | null): DenialReason | PartialReason {
  if (code === null) return 'other';
  if (outcome === 'denied') return isDenialReason(code) ? code : 'other';
  return isPartialReason(code) ? code : 'other';
}

export async function buildClaimStatusView(claimId: number, deps: ClaimViewDeps): Promise<ClaimStatusView | null> {
  const claim = await findClaimById(deps.db, claimId);
  if (!claim) return null;
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: 'claimant',
    action: 'claim.status_viewed',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: { claim: claim.id },
  });
  const [events, decisions, request, record, firstViewed, appeals] = await Promise.all([
    listClaimEvents(deps.db, claimId),
    listClaimDecisions(deps.db, claimId),
    findLatestInformationRequest(deps.db, claimId),
    findResultRecord(deps.db, claim.recordId),
    findFirstAuditAt(deps.db, claim.recordId, VIEWED_ACTION),
    listAppealRequests(deps.db, claimId),
  ]);
  const openAppeal = appeals.find((a) => a.handledAt === null);
  const latestAppeal = appeals.at(-1);
  const history: ClaimHistoryEntry[] = [
    ...events.map((e) => ({
      status: e.toStatus,
      at: e.at.toISOString(),
      by: e.actor === 'claimant' ? ('you' as const) : ('review_team' as const),
      ...(e.reasonCode === paymentChangedCode ? { event: 'payment_changed' as const } : {}),
    })),
    ...appeals.map((a) => ({ status: 'denied' as const, at: a.askedAt.toISOString(), by: 'you' as const, event: 'appeal_asked' as const })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const applied = decisions.filter((d) => d.state === 'applied').at(-1);
  const decidedEvent = [...events]
    .filter((e) => e.reasonCode !== paymentChangedCode)
    .reverse()
    .find((e) => e.toStatus === 'partly_approved' || e.toStatus === 'denied' || e.toStatus === 'approved');
  const refusedInPart = claim.status === 'denied' || (claim.status !== 'approved' && decidedEvent?.toStatus === 'partly_approved');
  const reasonCode = decidedEvent?.reasonCode ?? applied?.reasonCode ?? null;
  const firstNotice = [record?.notifiedAt ?? null, record?.firstNoticeSentAt ?? null, firstViewed, claim.declaredAt]
    .filter((d): d is Date => d !== null)
    .reduce((min, d) => (d < min ? d : min));
  const open = request && request.answeredAt === null && request.lapsedAt === null && claim.status === 'more_information_needed';
  return {
    claimId: claim.id,
    claimNumber: formatClaimNumber(claim.claimNumber),
    status: claim.status,
    filedOn: claim.declaredAt.toISOString(),
    history,
    claimedCents: claimedCents(claim),
    approvedCents: decided.includes(claim.status) && applied && applied.outcome !== 'denied' ? applied.amountCents : null,
    reason: refusedInPart ? decisionReasonOf(claim.status === 'denied' ? 'denied' : 'partly_approved', reasonCode) : null,
    paymentMethod: claim.paymentMethod,
    request: open
      ? {
          id: request.id,
          // An unknown code is left out (the page still asks for an answer): every request code names what is needed.
          reasons: request.reasonCodes.filter(isInformationReason),
          cureBy: request.cureBy,
          answerable: cureDayOpen(request.cureBy, deps.now()),
        }
      : null,
    answeredAt: request?.answeredAt ? request.answeredAt.toISOString() : null,
    appealBy: claim.status === 'denied' ? claim.appealBy : null,
    appeal: {
      askable: claim.status === 'denied' && claim.appealBy !== null && !openAppeal && appealDayOpen(claim.appealBy, deps.now()),
      askedAt: (openAppeal ?? latestAppeal)?.askedAt.toISOString() ?? null,
      open: openAppeal !== undefined,
    },
    claimsDeadline: deps.claimsDeadline,
    fileBy: claimFileBy(isoDay(firstNotice)),
  };
}
