'use client';
// Propose a decision; or, on a pending proposal, confirm or reject it (another administrator) or withdraw it
// (its proposer), with one message area that stays mounted when the button that produced it goes away (the
// action revalidates the page). The proposer sees that the proposal waits for a second person.
import { useActionState } from 'react';
import { FieldError } from '../../_components/error-summary';
import type { ActionResult } from '../../_lib/action-result';
import {
  confirmOrganizationDecisionAction,
  proposeOrganizationDecisionAction,
  rejectOrganizationProposalAction,
  withdrawOrganizationDecisionAction,
  type OrganizationCommandData,
} from '../actions';

function shown(r: ActionResult<OrganizationCommandData> | null) {
  if (!r) return { ok: undefined, message: undefined, fieldErrors: undefined, reason: undefined };
  return r.ok
    ? { ok: true, message: r.data.message, fieldErrors: undefined, reason: undefined }
    : { ok: false, message: r.error.message, fieldErrors: r.error.fields, reason: r.keep?.reason };
}

type Pending = { id: number; outcome: 'approve' | 'reject'; reason: string | null; proposer: string; own: boolean };

type Props = { orgId: number; pending: Pending | null; canPropose: boolean; canConfirm: boolean; canWithdraw: boolean };

export function DecisionCommands({ orgId, pending, canPropose, canConfirm, canWithdraw }: Props) {
  const [proposalResult, propose, proposing] = useActionState(proposeOrganizationDecisionAction, null);
  const proposal = shown(proposalResult);
  const [confirmResult, confirm, confirming] = useActionState(confirmOrganizationDecisionAction, null);
  const [rejectResult, reject, rejecting] = useActionState(rejectOrganizationProposalAction, null);
  const [withdrawResult, withdraw, withdrawing] = useActionState(withdrawOrganizationDecisionAction, null);
  const busy = proposing || confirming || rejecting || withdrawing;
  const messages = [proposal, shown(confirmResult), shown(rejectResult), shown(withdrawResult)];
  const reasonError = proposal.fieldErrors?.reason;
  const hidden = (
    <>
      <input type="hidden" name="orgId" value={orgId} />
      {pending && <input type="hidden" name="decisionId" value={pending.id} />}
    </>
  );
  return (
    <section aria-labelledby="commands-heading" className="margin-y-3">
      <h2 id="commands-heading">Decision</h2>
      <div aria-live="polite">
        {messages.map(
          (s, i) =>
            s.message && (
              <div
                key={i}
                className={`usa-alert usa-alert--slim ${s.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-bottom-2`}
                role={s.ok ? 'status' : 'alert'}
              >
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{s.message}</p>
                </div>
              </div>
            ),
        )}
      </div>
      {pending && (
        <div data-testid="pending-proposal">
          <p>
            <strong>Proposed: {pending.outcome === 'approve' ? 'approve' : 'reject'}</strong>, by {pending.proposer}
            {pending.reason ? `. Reason: ${pending.reason}` : '.'}
          </p>
          {pending.own ? (
            <p data-testid="proposal-waiting">
              <strong>Waiting for a second administrator.</strong> You proposed this, so another administrator must confirm it. You can
              withdraw it.
            </p>
          ) : null}
          <div className="usa-button-group margin-top-1">
            {canConfirm && (
              <form action={confirm} className="usa-button-group__item">
                {hidden}
                <button type="submit" className="usa-button" disabled={busy}>
                  Confirm: {pending.outcome === 'approve' ? 'approve the organization' : 'reject the application'}
                </button>
              </form>
            )}
            {canConfirm && !pending.own && (
              <form action={reject} className="usa-button-group__item">
                {hidden}
                <button type="submit" className="usa-button usa-button--outline" disabled={busy}>
                  Reject this proposal
                </button>
              </form>
            )}
            {canWithdraw && pending.own && (
              <form action={withdraw} className="usa-button-group__item">
                {hidden}
                <button type="submit" className="usa-button usa-button--outline" disabled={busy}>
                  Withdraw my proposal
                </button>
              </form>
            )}
          </div>
        </div>
      )}
      {canPropose && (
        <form action={propose} className="usa-form" noValidate>
          {hidden}
          <fieldset className="usa-fieldset">
            <legend className="usa-legend">Propose</legend>
            <div className="usa-radio">
              <input className="usa-radio__input" id="outcome-approve" type="radio" name="outcome" value="approve" defaultChecked />
              <label className="usa-radio__label" htmlFor="outcome-approve">
                Approve: the contact becomes the organization’s first admin
              </label>
            </div>
            <div className="usa-radio">
              <input className="usa-radio__input" id="outcome-reject" type="radio" name="outcome" value="reject" />
              <label className="usa-radio__label" htmlFor="outcome-reject">
                Reject (give the reason)
              </label>
            </div>
          </fieldset>
          <div className={`usa-form-group${reasonError ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="field-reason">
              Reason (staff only; required to reject)
            </label>
            <FieldError name="reason" message={reasonError} />
            <textarea
              className={`usa-textarea${reasonError ? ' usa-input--error' : ''}`}
              id="field-reason"
              name="reason"
              rows={2}
              maxLength={1000}
              defaultValue={proposal.ok ? '' : proposal.reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'field-reason-error' : undefined}
            />
          </div>
          <button type="submit" className="usa-button margin-top-2" disabled={busy}>
            Propose decision
          </button>
        </form>
      )}
      {!pending && !canPropose && <p>There is nothing you can do with this application now.</p>}
    </section>
  );
}
