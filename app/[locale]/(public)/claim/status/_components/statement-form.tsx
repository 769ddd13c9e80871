'use client';
// One form for what a person writes to us on the status page (an answer to a request for information, an
// appeal request): one textarea, its problems at the field, the other refusals (a date passed, already sent,
// the page closed, our failure) as a notice above the form, focused when they come.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { Alert } from '../../../check/_components/form-notices';
import { SubmitButton } from '../../../check/_components/submit-button';
import { useFocusOnAnswer } from '../../../check/_components/use-focus';
import type { AnswerError, AppealError, StatementFormState } from '../form-state';

type StatementError = AnswerError | AppealError;
type StatementState = StatementFormState<StatementError>;
/** An answer's or an appeal's action: each returns states of its own kind only, so the form holds either. */
export type StatementAction = (state: StatementState, form: FormData) => Promise<StatementState>;

export type StatementFormProps = {
  action: StatementAction;
  initial: StatementState;
  /** The textarea's name and id: the name the action reads. */
  field: string;
  maxLength: number;
  /** The error codes that are about what was written (shown at the field). */
  fieldProblems: readonly StatementError[];
  /** ClaimStatus message keys. */
  keys: {
    noticeHeading: 'requestHeading' | 'appealHeading';
    label: 'answerLabel' | 'appealLabel';
    hint: 'answerHint' | 'appealHint';
    submit: 'answerSubmit' | 'appealSubmit';
  };
  noticeTestId: string;
};

export function StatementForm({ action, initial, field, maxLength, fieldProblems, keys, noticeTestId }: StatementFormProps) {
  const t = useTranslations('ClaimStatus');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initial, undefined);
  const error = state.error;
  const atField = error !== null && fieldProblems.includes(error);
  const fieldError = error && atField ? t(`error.${error}`) : undefined;
  const notice = error && !atField ? t(`error.${error}`, { errorId: state.errorId ?? '' }) : undefined;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, notice !== undefined);
  return (
    <>
      <ErrorSummary attempt={state.attempt} items={fieldError ? [{ targetId: field, text: fieldError }] : []} />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notice && (
          <Alert kind="error" heading={t(keys.noticeHeading)} testId={noticeTestId}>
            <p className="usa-alert__text">{notice}</p>
          </Alert>
        )}
      </div>
      <form
        key={state.attempt}
        data-attempt={state.attempt}
        action={formAction}
        noValidate
        className="usa-form usa-form--large dc-check-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <div className={`usa-form-group${fieldError ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${fieldError ? ' usa-label--error' : ''}`} htmlFor={field}>
            {t(keys.label)}
          </label>
          <div className="usa-hint" id={`${field}-hint`}>
            {t(keys.hint)}
          </div>
          {fieldError && (
            <span className="usa-error-message" id={`${field}-error`}>
              {fieldError}
            </span>
          )}
          <textarea
            className={`usa-textarea${fieldError ? ' usa-input--error' : ''}`}
            id={field}
            name={field}
            rows={8}
            maxLength={maxLength * 2}
            defaultValue={state.text}
            aria-describedby={fieldError ? `${field}-hint ${field}-error` : `${field}-hint`}
            aria-invalid={fieldError ? true : undefined}
          />
        </div>
        <SubmitButton label={t(keys.submit)} pending={pending} />
      </form>
    </>
  );
}
