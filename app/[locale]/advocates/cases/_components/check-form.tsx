'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '../../../(public)/check/_components/error-summary';
import { DateOfBirthField, dobFirstInputId, TextField } from '../../../(public)/check/_components/fields';
import { SubmitButton } from '../../../(public)/check/_components/submit-button';
import { fieldNames } from '@/lib/self-check/form-values';
import { checkCaseAction } from '../actions';
import { initialCaseCheckState } from '../form-state';

// The check with the letter, run by an advocate for the client of one case: the public check's fields and
// messages (namespace Errors), with this page's own notices for what the organization's check may answer.
export function CaseCheckForm({ caseId }: { caseId: number }) {
  const t = useTranslations('OrgCases');
  const te = useTranslations('Errors');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(checkCaseAction, initialCaseCheckState);
  const codeError = state.fieldErrors.code ? te(state.fieldErrors.code as 'code_missing') : undefined;
  const dobError = state.fieldErrors.dob ? te(state.fieldErrors.dob as 'date_missing') : undefined;
  const items = [
    ...(codeError ? [{ targetId: 'code', text: codeError }] : []),
    ...(dobError ? [{ targetId: dobFirstInputId, text: dobError }] : []),
  ];
  const n = state.notice;
  return (
    <form action={formAction} className="usa-form usa-form--large" noValidate>
      {n && (
        <div className="usa-alert usa-alert--error" role="alert" data-testid="case-check-notice">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {n.kind === 'no_match' ? t('checkNotice.no_match', { triesLeft: n.triesLeft }) : t(`checkNotice.${n.kind}`)}
            </p>
          </div>
        </div>
      )}
      <ErrorSummary items={items} attempt={state.attempt} />
      <input type="hidden" name={fieldNames.locale} value={locale} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextField
        id="code"
        name={fieldNames.code}
        label={t('codeLabel')}
        hint={t('codeHint')}
        error={codeError}
        defaultValue={state.values.code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <DateOfBirthField values={state.values} error={dobError} />
      <SubmitButton label={t('checkSubmit')} pending={pending} />
    </form>
  );
}
