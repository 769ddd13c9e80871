'use client';
// What a reviewer can do with a claim now: each command its own small form with its own answer, shown
// above it (a success as a status, a refusal as an alert, a field's problem at the field and in an error
// summary that links to it). Which commands appear is decided by the page (role, status, hold, who
// proposed a pending decision); a command that is absent says why in a sentence, never silently.
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary, FieldError } from '../../_components/error-summary';
import type { ActionResult } from '../../_lib/action-result';
import { denialReasons, holdReasons, informationReasons, partialReasons } from '@/lib/claims/reasons';
import {
  assignClaimAction,
  confirmDecisionAction,
  decideClaimAction,
  holdClaimAction,
  rejectDecisionAction,
  releaseHoldAction,
  reopenOnAppealAction,
  requestInformationAction,
  startReviewAction,
  unassignClaimAction,
  type ClaimCommandData,
} from '../actions';

type Action = (previous: unknown, form: FormData) => Promise<ActionResult<ClaimCommandData>>;

function Answer({ result }: { result: ActionResult<ClaimCommandData> | null }) {
  if (!result) return null;
  if (!result.ok)
    return result.error.fields ? null : (
      <div className="usa-alert usa-alert--error usa-alert--slim margin-bottom-2" role="alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{result.error.message}</p>
        </div>
      </div>
    );
  return (
    <div className="usa-alert usa-alert--success usa-alert--slim margin-bottom-2" role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{result.data.message}</p>
      </div>
    </div>
  );
}

/** A one-button command (assign, start review, release, confirm, reject, reopen). */
function Button({
  action,
  claimId,
  label,
  hidden = {},
  variant = '',
  hint,
}: {
  action: Action;
  claimId: number;
  label: string;
  hidden?: Record<string, string>;
  variant?: string;
  hint?: string;
}) {
  const [result, run, pending] = useActionState(action, null);
  return (
    <div className="margin-bottom-2">
      <div aria-live="polite">
        <Answer result={result} />
      </div>
      <form action={run}>
        <input type="hidden" name="claimId" value={claimId} />
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button type="submit" className={`usa-button ${variant}`} disabled={pending}>
          {label}
        </button>
        {hint && <p className="usa-hint margin-top-1">{hint}</p>}
      </form>
    </div>
  );
}

function FieldSet({
  name,
  legend,
  error,
  hint,
  children,
}: {
  name: string;
  legend: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" id={`field-${name}`} tabIndex={-1} aria-describedby={error ? `field-${name}-error` : undefined}>
        <legend className="usa-legend">{legend}</legend>
        {hint && <span className="usa-hint">{hint}</span>}
        <FieldError name={name} message={error} />
        {children}
      </fieldset>
    </div>
  );
}

function Choice({
  type,
  name,
  value,
  label,
  defaultChecked,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
}) {
  const id = `${name}-${value}`;
  return (
    <div className={`usa-${type}`}>
      <input className={`usa-${type}__input`} id={id} type={type} name={name} value={value} defaultChecked={defaultChecked} />
      <label className={`usa-${type}__label`} htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

function ReasonSelect({
  name,
  label,
  options,
  groups,
  error,
}: {
  name: string;
  label: string;
  options?: Record<string, string>;
  /** Reasons in labelled groups (one decision's reasons apart from another's). */
  groups?: [string, Record<string, string>][];
  error?: string;
}) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <FieldError name={name} message={error} />
      <select
        className={`usa-select${error ? ' usa-input--error' : ''}`}
        id={`field-${name}`}
        name={name}
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `field-${name}-error` : undefined}
      >
        <option value="">- Choose a reason -</option>
        {options &&
          Object.entries(options).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        {groups?.map(([groupLabel, reasons]) => (
          <optgroup key={groupLabel} label={groupLabel}>
            {Object.entries(reasons).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function HoldForm({ claimId }: { claimId: number }) {
  const [result, run, pending] = useActionState(holdClaimAction, null);
  const fields = result && !result.ok ? result.error.fields : undefined;
  return (
    <form action={run} className="usa-form maxw-tablet" noValidate>
      <div aria-live="polite">
        <Answer result={result} />
      </div>
      {fields && (
        <ErrorSummary
          message={result && !result.ok ? result.error.message : undefined}
          fields={fields}
          labels={{ holdReason: 'Why hold it' }}
        />
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <ReasonSelect name="holdReason" label="Why hold it" options={holdReasons} error={fields?.holdReason} />
      <button type="submit" className="usa-button usa-button--secondary margin-top-2" disabled={pending}>
        Put on hold
      </button>
    </form>
  );
}

export function RequestInformationForm({
  claimId,
  canOverride,
  hadRequest,
}: {
  claimId: number;
  canOverride: boolean;
  hadRequest: boolean;
}) {
  const [result, run, pending] = useActionState(requestInformationAction, null);
  const fields = result && !result.ok ? result.error.fields : undefined;
  return (
    <form action={run} className="usa-form maxw-tablet" noValidate>
      <div aria-live="polite">
        <Answer result={result} />
      </div>
      {fields && (
        <ErrorSummary
          message={result && !result.ok ? result.error.message : undefined}
          fields={fields}
          labels={{ reasons: 'What the person must send', mailed: 'How it goes', override: 'Second request' }}
        />
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <FieldSet name="reasons" legend="What the person must send" hint="Choose every item the request asks for." error={fields?.reasons}>
        {Object.entries(informationReasons).map(([v, l]) => (
          <Choice key={v} type="checkbox" name="reasons" value={v} label={l} />
        ))}
      </FieldSet>
      <FieldSet
        name="mailed"
        legend="How it goes"
        hint="By letter as well as email gives the person 3 more days. The cure-by date is never before the claims deadline."
        error={fields?.mailed}
      >
        <Choice type="radio" name="mailed" value="yes" label="Email and first-class letter (30 + 3 days)" defaultChecked />
        <Choice type="radio" name="mailed" value="no" label="Email only (30 days)" />
      </FieldSet>
      {hadRequest && canOverride && (
        <FieldSet
          name="override"
          legend="Second request"
          error={fields?.override}
          hint="This claim already had a request. Usually one is all a claim gets."
        >
          <Choice type="checkbox" name="override" value="yes" label="I am overriding the one-request rule for this claim" />
        </FieldSet>
      )}
      <button type="submit" className="usa-button margin-top-2" disabled={pending}>
        Request information
      </button>
    </form>
  );
}

export function DecideForm({ claimId, claimed, threshold }: { claimId: number; claimed: string; threshold: string }) {
  const [result, run, pending] = useActionState(decideClaimAction, null);
  const fields = result && !result.ok ? result.error.fields : undefined;
  return (
    <form action={run} className="usa-form maxw-tablet" noValidate>
      <div aria-live="polite">
        <Answer result={result} />
      </div>
      {fields && (
        <ErrorSummary
          message={result && !result.ok ? result.error.message : undefined}
          fields={fields}
          labels={{ outcome: 'Decision', amount: 'Amount to approve', reason: 'Reason' }}
        />
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <FieldSet
        name="outcome"
        legend="Decision"
        hint={`Every decision waits for a second reviewer before it counts. An approval above ${threshold} needs an administrator to confirm it.`}
        error={fields?.outcome}
      >
        <Choice type="radio" name="outcome" value="approved" label={`Approve the full amount claimed (${claimed})`} />
        <Choice type="radio" name="outcome" value="partly_approved" label="Partly approve: an amount and a reason" />
        <Choice type="radio" name="outcome" value="denied" label="Deny: a reason (the person gets 30 days to appeal)" />
      </FieldSet>
      <div className={`usa-form-group${fields?.amount ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="field-amount">
          Amount to approve, for a partial approval
        </label>
        <span className="usa-hint" id="field-amount-hint">
          In dollars, for example 1,500.00. Less than the amount claimed.
        </span>
        <FieldError name="amount" message={fields?.amount} />
        <input
          className={`usa-input usa-input--medium${fields?.amount ? ' usa-input--error' : ''}`}
          id="field-amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={fields?.amount ? true : undefined}
          aria-describedby={`field-amount-hint${fields?.amount ? ' field-amount-error' : ''}`}
        />
      </div>
      <ReasonSelect
        name="reason"
        label="Reason, for a partial approval or a denial"
        groups={[
          ['For a partial approval', partialReasons],
          ['For a denial', denialReasons],
        ]}
        error={fields?.reason}
      />
      <button type="submit" className="usa-button margin-top-2" disabled={pending}>
        Record the decision
      </button>
    </form>
  );
}

export function AssignCommands({ claimId, mine }: { claimId: number; mine: boolean }) {
  return mine ? (
    <Button action={unassignClaimAction} claimId={claimId} label="Give back (unassign)" variant="usa-button--outline" />
  ) : (
    <Button action={assignClaimAction} claimId={claimId} label="Assign to me" />
  );
}

export const StartReviewButton = ({ claimId }: { claimId: number }) => (
  <Button action={startReviewAction} claimId={claimId} label="Start the review" />
);

export const ReleaseHoldButton = ({ claimId }: { claimId: number }) => (
  <Button action={releaseHoldAction} claimId={claimId} label="Release the hold" variant="usa-button--secondary" />
);

export const ReopenButton = ({ claimId, appealBy }: { claimId: number; appealBy: string }) => (
  <Button
    action={reopenOnAppealAction}
    claimId={claimId}
    label="Reopen on appeal"
    hint={`The person appealed by ${appealBy}: the claim goes back into review.`}
  />
);

export function SecondReviewButtons({ claimId, decisionId, canConfirm }: { claimId: number; decisionId: number; canConfirm: boolean }) {
  return (
    <div className="usa-button-group">
      {canConfirm && (
        <div className="usa-button-group__item">
          <Button
            action={confirmDecisionAction}
            claimId={claimId}
            hidden={{ decisionId: String(decisionId) }}
            label="Confirm the decision"
          />
        </div>
      )}
      <div className="usa-button-group__item">
        <Button
          action={rejectDecisionAction}
          claimId={claimId}
          hidden={{ decisionId: String(decisionId) }}
          label="Reject the decision"
          variant="usa-button--outline"
        />
      </div>
    </div>
  );
}
