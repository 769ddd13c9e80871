'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { appealMaxLength } from '@/lib/claims/appeal-limit';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { Alert } from '../../../check/_components/form-notices';
import { SubmitButton } from '../../../check/_components/submit-button';
import { useFocusOnAnswer } from '../../../check/_components/use-focus';
import { askAppealAction } from '../actions';
import { initialAppealState } from '../form-state';

// As the answer form: problems with what was written are the field's; the others (the date passed, already
// asked, the page closed, our failure) are about the request, so they are a notice above the form.
const fieldProblems = new Set(['appeal_missing', 'appeal_too_long']);

export function AppealForm() {
  const t = useTranslations('ClaimStatus');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(askAppealAction, initialAppealState, undefined);
  const fieldError = state.error && fieldProblems.has(state.error) ? t(`error.${state.error}`) : undefined;
  const notice = state.error && !fieldProblems.has(state.error) ? t(`error.${state.error}`, { errorId: state.errorId ?? '' }) : undefined;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, notice !== undefined);
  return (
    <>
      <ErrorSummary attempt={state.attempt} items={fieldError ? [{ targetId: 'explanation', text: fieldError }] : []} />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notice && (
          <Alert kind="error" heading={t('appealHeading')} testId="appeal-refused">
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
          <label className={`usa-label${fieldError ? ' usa-label--error' : ''}`} htmlFor="explanation">
            {t('appealLabel')}
          </label>
          <div className="usa-hint" id="explanation-hint">
            {t('appealHint')}
          </div>
          {fieldError && (
            <span className="usa-error-message" id="explanation-error">
              {fieldError}
            </span>
          )}
          <textarea
            className={`usa-textarea${fieldError ? ' usa-input--error' : ''}`}
            id="explanation"
            name="explanation"
            rows={8}
            maxLength={appealMaxLength * 2}
            defaultValue={state.explanation}
            aria-describedby={fieldError ? 'explanation-hint explanation-error' : 'explanation-hint'}
            aria-invalid={fieldError ? true : undefined}
          />
        </div>
        <SubmitButton label={t('appealSubmit')} pending={pending} />
      </form>
    </>
  );
}
