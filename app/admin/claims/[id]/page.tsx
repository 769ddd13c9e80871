import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  findClaimSignals,
  findPendingDecision,
  listClaimHistory,
  listInformationRequests,
  type SignalMatch,
} from '@/db/queries/claim-review';
import { hasOpenAppealRequest } from '@/db/queries/claim-appeals';
import { findClaimById, listClaimDecisions } from '@/db/queries/claims';
import { allows } from '@/lib/admin/permissions';
import { withServiceScope } from '@/db/org-scope';
import { findOrganizationName } from '@/db/queries/org-assisted';
import { languageName } from '@/lib/admin/batch-views';
import { viewRecord } from '@/lib/admin/records';
import { actorNamer } from '@/lib/admin/staff-names';
import { newYorkDay } from '@/lib/claims/deadlines';
import { holdReasons, reasonLabel } from '@/lib/claims/reasons';
import { claimedCents } from '@/lib/claims/review';
import { env } from '@/lib/env';
import { getHasher } from '@/lib/keys';
import { principalOf } from '@/lib/staff/principal';
import { adminContext } from '@/server/admin-context';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../../_components/admin-page';
import { categoryLabel, formatDateTime } from '../../_components/labels';
import { ColumnHeads, KeyValueTable } from '../../_components/tables';
import { claimsAccess } from '../access';
import { doneMessages, isDoneKey } from '../done';
import { claimStatusLabels, formatClaimNumber, paymentMethodLabels, usd } from '../labels';
import {
  AssignCommands,
  DecideForm,
  HoldForm,
  ReleaseHoldButton,
  ReopenButton,
  RequestInformationForm,
  StartReviewButton,
} from './claim-commands';
import { PaymentChangeSignal } from './payment-change-signal';
import { PendingDecision } from './pending-decision';
import { RevealClaim } from './reveal-claim';
import { ClaimDocuments } from '../_components/claim-documents';
import { AppealRequests } from '../_components/appeal-requests';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claim · Disclosure Check staff' };

const words = (s: string) => s.replace(/_/g, ' ');

function SignalList({ label, matches }: { label: string; matches: SignalMatch[] }) {
  if (matches.length === 0) return null;
  return (
    <li>
      {label}:{' '}
      {matches.map((m, i) => (
        <span key={m.id}>
          {i > 0 && ', '}
          <a href={`/admin/claims/${m.id}`}>{formatClaimNumber(m.claimNumber)}</a> ({claimStatusLabels[m.status]})
        </span>
      ))}
    </li>
  );
}

function Command({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="dc-claim-command">
      <h3 className="margin-top-0">{title}</h3>
      {children}
    </div>
  );
}

export default async function ClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff(claimsAccess['/admin/claims/[id]']);
  const who = principalOf(staff);
  const raw = (await params).id;
  const id = /^[0-9]{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const ctx = await adminContext();
  const claim = await findClaimById(ctx.db, id);
  if (!claim) notFound();
  const [record, history, decisions, requests, pending, signals, appealAsked] = await Promise.all([
    viewRecord({ db: ctx.db, hasher: getHasher(), sealer: ctx.sealer }, who, claim.recordId),
    listClaimHistory(ctx.db, id),
    listClaimDecisions(ctx.db, id),
    listInformationRequests(ctx.db, id),
    findPendingDecision(ctx.db, id),
    findClaimSignals(ctx.db, claim),
    hasOpenAppealRequest(ctx.db, id),
  ]);
  const name = await actorNamer(ctx.db, [
    claim.assignedTo,
    claim.heldBy,
    ...history.map((h) => h.actor),
    ...decisions.flatMap((d) => [d.proposedBy, d.confirmedBy]),
    ...requests.flatMap((r) => [r.requestedBy, r.overrideBy]),
  ]);
  // Filed by an advocate for the person (issue 15): the organization's name, read in the service scope.
  const assistingOrg =
    claim.assistedByOrgId === null ? null : await withServiceScope(ctx.db, (tx) => findOrganizationName(tx, claim.assistedByOrgId!));
  const e = env();
  const threshold = usd(e.CLAIM_SECOND_REVIEW_ABOVE_DOLLARS * 100);
  const claimed = claimedCents(claim);
  const canReview = allows(who, 'reviewClaims');
  const canHold = allows(who, 'holdClaims');
  const held = claim.holdReason !== null;
  const mine = claim.assignedTo === who.staffId;
  const today = newYorkDay(new Date());
  // As the reopening statement decides: by the appeal-by day in New York, or later when the person asked in time.
  const appealOpen = claim.status === 'denied' && claim.appealBy !== null && (claim.appealBy >= today || appealAsked);
  const number = formatClaimNumber(claim.claimNumber);
  const doneParam = (await searchParams).done;
  const done = typeof doneParam === 'string' && isDoneKey(doneParam) ? doneMessages[doneParam](claim) : null;

  const facts: [string, string][] = [
    ['Status', claimStatusLabels[claim.status]],
    ['Filed (declaration signed)', formatDateTime(claim.declaredAt)],
    [
      'Filed by',
      claim.assistedByOrgId === null
        ? 'the person'
        : `an advocate of ${assistingOrg ?? 'an organization'} (organization ${claim.assistedByOrgId}, member ${claim.assistedByMemberId})`,
    ],
    ['Language', languageName(claim.language)],
    ['Payment', paymentMethodLabels[claim.paymentMethod]],
    ['Statutory damages', usd(claim.statutoryCents)],
    ['Actual damages claimed', claim.actualCents === null ? 'none claimed' : usd(claim.actualCents)],
    ['Amount claimed (the greater)', usd(claimed)],
    ['Assigned to', claim.assignedTo ? `${mine ? 'you' : name(claim.assignedTo)} since ${formatDateTime(claim.assignedAt)}` : 'nobody'],
    ['Cure by (New York)', claim.cureBy ?? '—'],
    ['Appeal by (New York)', claim.appealBy ?? '—'],
  ];

  const noCommands: string[] = [];
  if (!canReview) noCommands.push(`Your role (${words(who.role)}) can read claims but not review them.`);

  return (
    <AdminPage staff={staff}>
      <div className="padding-top-4">
        <p>
          <a href="/admin/claims">Back to the claims queue</a>
        </p>
        <h1>Claim {number}</h1>
        {done && (
          <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{done}</p>
            </div>
          </div>
        )}
        {held && (
          <div className="usa-alert usa-alert--warning" role="region" aria-label="Hold">
            <div className="usa-alert__body">
              <h2 className="usa-alert__heading">On hold</h2>
              <p className="usa-alert__text">
                {holdReasons[claim.holdReason as keyof typeof holdReasons] ?? claim.holdReason}. Held by {name(claim.heldBy)} since{' '}
                {formatDateTime(claim.heldAt)}. No decision counts, and no second reviewer can confirm one, until the hold is released.
              </p>
            </div>
          </div>
        )}

        <AppealRequests claimId={id} />
        <div className="grid-row grid-gap-lg">
          <div className="tablet-lg:grid-col-6">
            <h2>The claim</h2>
            <KeyValueTable caption={`Claim ${number}`} rows={facts} />
          </div>
          <div className="tablet-lg:grid-col-6">
            <h2>Fraud and duplicate signals</h2>
            {signals.payment.length + signals.address.length === 0 && signals.clientCount < 5 ? (
              <p>No other claim shares this claim’s bank account or mailing address, and its client address filed fewer than 5 claims.</p>
            ) : (
              <ul className="usa-list">
                <SignalList label="Same bank account" matches={signals.payment} />
                <SignalList label="Same mailing address" matches={signals.address} />
                {signals.clientCount >= 5 && (
                  <li>
                    {signals.clientCount} claims came from the same client address
                    {signals.client.length > 0 && ':'}{' '}
                    {signals.client.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ', '}
                        <a href={`/admin/claims/${m.id}`}>{formatClaimNumber(m.claimNumber)}</a>
                      </span>
                    ))}
                  </li>
                )}
              </ul>
            )}
            <PaymentChangeSignal db={ctx.db} claimId={claim.id} />
          </div>
        </div>

        <section aria-labelledby="commands-heading" className="margin-top-3">
          <h2 id="commands-heading">Review</h2>
          {noCommands.map((n) => (
            <p key={n}>{n}</p>
          ))}
          {canReview && claim.status === 'submitted' && (
            <Command title="Start the review">
              <StartReviewButton claimId={id} />
            </Command>
          )}
          {pending && (
            <Command title="Waiting for a second reviewer">
              <PendingDecision
                claimId={id}
                decision={pending}
                proposer={name(pending.proposedBy)}
                viewer={who}
                held={held}
                thresholdCents={e.CLAIM_SECOND_REVIEW_ABOVE_DOLLARS * 100}
                askedForIt={requests.some((r) => r.lapsedAt !== null && r.requestedBy === who.staffId)}
              />
            </Command>
          )}
          {canReview && claim.status === 'in_review' && !pending && (
            <>
              <Command title="Request more information">
                {requests.length > 0 && !allows(who, 'overrideInformationRequest') ? (
                  <p>This claim already had a request for information. Only an administrator can send a second one.</p>
                ) : (
                  <RequestInformationForm
                    claimId={id}
                    canOverride={allows(who, 'overrideInformationRequest')}
                    hadRequest={requests.length > 0}
                  />
                )}
              </Command>
              <Command title="Decide">
                {held ? (
                  <p>The claim is on hold: release the hold to decide it.</p>
                ) : (
                  <DecideForm claimId={id} claimed={usd(claimed)} threshold={threshold} />
                )}
              </Command>
            </>
          )}
          {canReview && claim.status === 'more_information_needed' && (
            <p>
              The claim waits for the person’s answer until {claim.cureBy} (New York); unanswered, a denial is proposed the day after, for a
              reviewer other than the one who asked to confirm.
            </p>
          )}
          {canReview && claim.status === 'denied' && (
            <Command title="Appeal">
              {appealOpen ? (
                <ReopenButton claimId={id} appealBy={claim.appealBy!} />
              ) : (
                <p>The appeal-by date{claim.appealBy ? ` (${claim.appealBy})` : ''} has passed: the claim cannot be reopened.</p>
              )}
            </Command>
          )}
          {canReview && (
            <Command title="Assignment">
              {claim.assignedTo && !mine ? (
                <p>{name(claim.assignedTo)} has this claim. They can give it back from this page.</p>
              ) : (
                <AssignCommands claimId={id} mine={mine} />
              )}
            </Command>
          )}
          {canHold && <Command title="Hold">{held ? <ReleaseHoldButton claimId={id} /> : <HoldForm claimId={id} />}</Command>}
        </section>

        <h2>Contact and payment details</h2>
        {canReview ? <RevealClaim claimId={id} /> : <p>Your role cannot open a claim’s personal details.</p>}

        <ClaimDocuments claimId={id} />

        <h2>The record’s disclosure</h2>
        {record.ok ? (
          <>
            <KeyValueTable
              caption={`Record ${record.data.id}, masked`}
              rows={[
                ['Record', `${record.data.id} (notice code ${record.data.noticeCode})`],
                ['Name (initials)', record.data.masked.initials],
                ['Place', record.data.masked.place],
                ['Category', categoryLabel(record.data.category)],
                ['Disclosed elements', record.data.disclosedElements.map(words).join(', ')],
                ['Disclosed on', record.data.disclosedOn],
                [
                  'Acts of disclosure (7431)',
                  record.data.entitlement.acts === null ? 'not given by the import' : String(record.data.entitlement.acts),
                ],
                [
                  'Court ruling',
                  record.data.entitlement.ruledUnlawful === null
                    ? 'not known'
                    : record.data.entitlement.ruledUnlawful
                      ? 'disclosure found unlawful'
                      : 'no finding of unlawful disclosure',
                ],
                ['Disposal confirmed', record.data.disposal ? formatDateTime(record.data.disposal.confirmedAt) : 'not yet'],
              ]}
            />
            <p>
              <a href={`/admin/records/${record.data.id}`}>Open the record’s page</a>
            </p>
          </>
        ) : (
          <p>{record.error}</p>
        )}

        <h2>Requests for information</h2>
        {requests.length === 0 ? (
          <p>None.</p>
        ) : (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Requests for information">
            <table className="usa-table">
              <caption className="usa-sr-only">Requests for information on claim {number}</caption>
              <ColumnHeads names={['Requested', 'By', 'Asked for', 'Sent', 'Cure by', 'Answered', 'Lapsed']} />
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.requestedAt)}</td>
                    <td>
                      {name(r.requestedBy)}
                      {r.overrideBy ? ' (second request, override)' : ''}
                    </td>
                    <td>{r.reasonCodes.map(reasonLabel).join('; ')}</td>
                    <td>{r.mailed ? 'Email and letter' : 'Email'}</td>
                    <td>{r.cureBy}</td>
                    <td>{formatDateTime(r.answeredAt)}</td>
                    <td>{formatDateTime(r.lapsedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h2>Decisions</h2>
        {decisions.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Decisions">
            <table className="usa-table">
              <caption className="usa-sr-only">Decisions on claim {number}</caption>
              <ColumnHeads names={['Proposed', 'By', 'Decision', 'Amount', 'Reason', 'State', 'Second reviewer']} />
              <tbody>
                {decisions.map((d) => (
                  <tr key={d.id}>
                    <td>{formatDateTime(d.proposedAt)}</td>
                    <td>{name(d.proposedBy)}</td>
                    <td>{claimStatusLabels[d.outcome]}</td>
                    <td className="text-right font-mono-xs">{usd(d.amountCents)}</td>
                    <td>{reasonLabel(d.reasonCode)}</td>
                    <td>{d.state === 'withdrawn' && d.confirmedBy ? 'rejected' : d.state}</td>
                    <td>{d.confirmedBy ? `${name(d.confirmedBy)}, ${formatDateTime(d.confirmedAt)}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h2>History</h2>
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="History">
          <table className="usa-table">
            <caption className="usa-sr-only">History of claim {number}, newest first</caption>
            <ColumnHeads names={['When', 'From', 'To', 'By', 'Reason']} />
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatDateTime(h.at)}</td>
                  <td>{h.fromStatus ? claimStatusLabels[h.fromStatus] : '—'}</td>
                  <td>{claimStatusLabels[h.toStatus]}</td>
                  <td>{name(h.actor)}</td>
                  <td>{h.reasonCode ? h.reasonCode.split(',').map(reasonLabel).join('; ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </AdminPage>
  );
}
