'use client';
// Approve, withdraw (discard a draft, or ask for an approved certification's withdrawal), and confirm or
// cancel a pending withdrawal request, as this staff member may use them on the certification now, with one
// message area that stays mounted when the button that produced it goes away (the action revalidates the
// page). The one who asked for a withdrawal sees that it waits for a second person, not a confirm button.
import { useActionState } from 'react';
import { FieldError } from '../../_components/error-summary';
import type { ActionResult } from '../../_lib/action-result';
import {
  approveCertification,
  cancelWithdrawal,
  confirmWithdrawal,
  withdrawCertification,
  type CertificationCommandData,
} from '../actions';

/** The action's result as this area shows it: one message, a field's message, the reason as typed. */
function shown(r: ActionResult<CertificationCommandData> | null) {
  if (!r) return { ok: undefined, message: undefined, fieldErrors: undefined, reason: undefined };
  return r.ok
    ? { ok: true, message: r.data.message, fieldErrors: undefined, reason: undefined }
    : { ok: false, message: r.error.message, fieldErrors: r.error.fields, reason: r.keep?.reason };
}

type Props = {
  certificationId: number;
  approved: boolean;
  canApprove: boolean;
  canWithdraw: boolean;
  canConfirmWithdrawal: boolean;
  canCancelWithdrawal: boolean;
  ownRequest: boolean;
};

export function CertificationCommands({
  certificationId,
  approved,
  canApprove,
  canWithdraw,
  canConfirmWithdrawal,
  canCancelWithdrawal,
  ownRequest,
}: Props) {
  const [approvalResult, approve, approving] = useActionState(approveCertification, null);
  const approval = shown(approvalResult);
  const [withdrawalResult, withdraw, withdrawing] = useActionState(withdrawCertification, null);
  const withdrawal = shown(withdrawalResult);
  const [confirmationResult, confirm, confirming] = useActionState(confirmWithdrawal, null);
  const confirmation = shown(confirmationResult);
  const [cancellationResult, cancel, cancelling] = useActionState(cancelWithdrawal, null);
  const cancellation = shown(cancellationResult);
  const pending = approving || withdrawing || confirming || cancelling;
  const reasonError = withdrawal.fieldErrors?.reason;
  const nothing = !canApprove && !canWithdraw && !canConfirmWithdrawal && !canCancelWithdrawal && !ownRequest;
  return (
    <section aria-labelledby="commands-heading" className="margin-y-3">
      <h2 id="commands-heading">Actions</h2>
      <div aria-live="polite">
        {[approval, withdrawal, confirmation, cancellation].map(
          (s, i) =>
            s.message && (
              <div
                key={i}
                className={`usa-alert usa-alert--slim ${s.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-bottom-2`}
                role={s.ok ? 'status' : 'alert'}
              >
                <div className="usa-alert__body">
                  <p className="usa-alert__text">
                    {s.message}
                    {s === withdrawal && reasonError ? (
                      <>
                        {' '}
                        <a href="#field-reason">Go to the reason</a>
                      </>
                    ) : null}
                  </p>
                </div>
              </div>
            ),
        )}
      </div>
      {nothing && <p>There is nothing you can do with this certification now.</p>}
      {canApprove && (
        <form action={approve}>
          <input type="hidden" name="certificationId" value={certificationId} />
          <button type="submit" className="usa-button" disabled={pending}>
            Approve certification
          </button>
        </form>
      )}
      {ownRequest && (
        <p data-testid="withdrawal-waiting">
          <strong>Waiting for a second person.</strong> You asked for this withdrawal, so another staff member must confirm it. You can
          still cancel your request.
        </p>
      )}
      {(canConfirmWithdrawal || canCancelWithdrawal) && (
        <div className="usa-button-group margin-top-1">
          {canConfirmWithdrawal && (
            <form action={confirm} className="usa-button-group__item">
              <input type="hidden" name="certificationId" value={certificationId} />
              <button
                type="submit"
                className="usa-button usa-button--secondary"
                disabled={pending}
                aria-describedby="confirm-withdrawal-hint"
              >
                Confirm withdrawal
              </button>
            </form>
          )}
          {canCancelWithdrawal && (
            <form action={cancel} className="usa-button-group__item">
              <input type="hidden" name="certificationId" value={certificationId} />
              <button type="submit" className="usa-button usa-button--outline" disabled={pending}>
                Cancel withdrawal request
              </button>
            </form>
          )}
        </div>
      )}
      {canConfirmWithdrawal && (
        <p className="usa-hint" id="confirm-withdrawal-hint">
          Confirming reverses its marks: the records it alone covers show no disposal again on their result pages, and an unfinished
          confirmation batch is cancelled. Its history is kept. Cancelling the request changes nothing.
        </p>
      )}
      {canWithdraw && (
        <form action={withdraw} className="usa-form margin-top-3" noValidate>
          <input type="hidden" name="certificationId" value={certificationId} />
          <div className={`usa-form-group${reasonError ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="field-reason">
              {approved ? 'Reason for withdrawing (staff only)' : 'Reason for discarding (staff only)'}
            </label>
            <span className="usa-hint" id="field-reason-hint">
              {approved
                ? 'This asks for the withdrawal; nothing changes until a second staff member confirms it. Then its marks are reversed and an unfinished confirmation batch is cancelled. Its history is kept.'
                : 'A draft changed nothing; discarding it keeps its history.'}
            </span>
            <FieldError name="reason" message={reasonError} />
            <textarea
              className={`usa-textarea${reasonError ? ' usa-input--error' : ''}`}
              id="field-reason"
              name="reason"
              rows={2}
              maxLength={500}
              defaultValue={withdrawal.ok ? '' : withdrawal.reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`field-reason-hint${reasonError ? ' field-reason-error' : ''}`}
            />
          </div>
          <button type="submit" className="usa-button usa-button--secondary margin-top-2" disabled={pending}>
            {approved ? 'Request withdrawal' : 'Discard draft'}
          </button>
        </form>
      )}
    </section>
  );
}
