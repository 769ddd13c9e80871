'use client';
// Approve and withdraw, as this staff member may use them on the certification now, with one message area
// that stays mounted when the button that produced it goes away (the action revalidates the page).
import { useActionState } from 'react';
import { FieldError } from '../../_components/error-summary';
import type { ActionResult } from '../../_lib/action-result';
import { approveCertification, withdrawCertification, type CertificationCommandData } from '../actions';

/** The action's result as this area shows it: one message, a field's message, the reason as typed. */
function shown(r: ActionResult<CertificationCommandData> | null) {
  if (!r) return { ok: undefined, message: undefined, fieldErrors: undefined, reason: undefined };
  return r.ok ? { ok: true, message: r.data.message, fieldErrors: undefined, reason: undefined } : { ok: false, message: r.error.message, fieldErrors: r.error.fields, reason: r.keep?.reason };
}

export function CertificationCommands({ certificationId, canApprove, canWithdraw, approved }: { certificationId: number; canApprove: boolean; canWithdraw: boolean; approved: boolean }) {
  const [approvalResult, approve, approving] = useActionState(approveCertification, null);
  const [withdrawalResult, withdraw, withdrawing] = useActionState(withdrawCertification, null);
  const approval = shown(approvalResult);
  const withdrawal = shown(withdrawalResult);
  const pending = approving || withdrawing;
  const reasonError = withdrawal.fieldErrors?.reason;
  return (
    <section aria-labelledby="commands-heading" className="margin-y-3">
      <h2 id="commands-heading">Actions</h2>
      <div aria-live="polite">
        {[approval, withdrawal].map(
          (s, i) =>
            s.message && (
              <div key={i} className={`usa-alert usa-alert--slim ${s.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-bottom-2`} role={s.ok ? 'status' : 'alert'}>
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{s.message}</p>
                </div>
              </div>
            ),
        )}
      </div>
      {!canApprove && !canWithdraw && <p>There is nothing you can do with this certification now.</p>}
      {canApprove && (
        <form action={approve}>
          <input type="hidden" name="certificationId" value={certificationId} />
          <button type="submit" className="usa-button" disabled={pending}>
            Approve certification
          </button>
        </form>
      )}
      {canWithdraw && (
        <form action={withdraw} className="usa-form margin-top-3" noValidate>
          <input type="hidden" name="certificationId" value={certificationId} />
          <div className={`usa-form-group${reasonError ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="field-reason">
              Reason for withdrawing (staff only)
            </label>
            <span className="usa-hint" id="field-reason-hint">
              {approved
                ? 'Withdrawing reverses its marks: the records it alone covers show no disposal again, and an unfinished confirmation batch is cancelled. Its history is kept.'
                : 'A draft changed nothing; withdrawing it discards it and keeps its history.'}
            </span>
            <FieldError name="reason" message={reasonError} />
            <textarea
              className="usa-textarea"
              id="field-reason"
              name="reason"
              rows={2}
              maxLength={500}
              defaultValue={withdrawal.ok ? '' : withdrawal.reason}
              aria-describedby={`field-reason-hint${reasonError ? ' field-reason-error' : ''}`}
            />
          </div>
          <button type="submit" className="usa-button usa-button--secondary margin-top-2" disabled={pending}>
            Withdraw certification
          </button>
        </form>
      )}
    </section>
  );
}
