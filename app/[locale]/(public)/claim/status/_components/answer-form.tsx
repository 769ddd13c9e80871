'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { answerMaxLength } from '@/lib/claims/answer-limit';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { Alert } from '../../../check/_components/form-notices';
import { SubmitButton } from '../../../check/_components/submit-button';
import { useFocusOnAnswer } from '../../../check/_components/use-focus';
import { answerRequestAction } from '../actions';
import { initialAnswerState } from '../form-state';

// Problems with what was written are the field's; the others (date passed, already answered, page closed,
// our failure) are about the request, so they are a notice above the form.
const fieldProblems = new Set(['answer_missing', 'answer_too_long']);

export function AnswerForm() {
  const t = useTranslations('ClaimStatus');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(answerRequestAction, initialAnswerState, undefined);
  const fieldError = state.error && fieldProblems.has(state.error) ? t(`error.${state.error}`) : undefined;
  const notice = state.error && !fieldProblems.has(state.error) ? t(`error.${state.error}`, { errorId: state.errorId ?? '' }) : undefined;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, notice !== undefined);
  return (
    <>
      <ErrorSummary attempt={state.attempt} items={fieldError ? [{ targetId: 'answer', text: fieldError }] : []} />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notice && (
          <Alert kind="error" heading={t('requestHeading')} testId="answer-refused">
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
          <label className={`usa-label${fieldError ? ' usa-label--error' : ''}`} htmlFor="answer">
            {t('answerLabel')}
          </label>
          <div className="usa-hint" id="answer-hint">
            {t('answerHint')}
          </div>
          {fieldError && (
            <span className="usa-error-message" id="answer-error">
              {fieldError}
            </span>
          )}
          <textarea
            className={`usa-textarea${fieldError ? ' usa-input--error' : ''}`}
            id="answer"
            name="answer"
            rows={8}
            maxLength={answerMaxLength * 2}
            defaultValue={state.answer}
            aria-describedby={fieldError ? 'answer-hint answer-error' : 'answer-hint'}
            aria-invalid={fieldError ? true : undefined}
          />
        </div>
        <SubmitButton label={t('answerSubmit')} pending={pending} />
      </form>
    </>
  );
}
