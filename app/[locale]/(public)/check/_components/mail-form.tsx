'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { mailFields, orderedFieldErrors, type MailField } from '@/lib/self-check/feedback';
import { fieldNames } from '@/lib/self-check/form-values';
import { requestByMailAction } from '../actions';
import { initialMailState } from '../form-state';
import { ErrorSummary } from './error-summary';
import { DateOfBirthField, dobFirstInputId, TextField } from './fields';
import { SharedNotice } from './form-notices';
import { ProofOfWork } from './proof-of-work';
import { SubmitButton } from './submit-button';
import { useFocusOnAnswer } from './use-focus';

const targetOf: Record<MailField, string> = { tin: 'tin', dob: dobFirstInputId, lastName: 'last-name', zip: 'zip' };

// The no-letter path. An accepted request always goes to the same confirmation page, so this form only
// ever shows what is wrong with the fields, a limit, or a proof of work: never anything about a record.
export function MailForm() {
  const t = useTranslations('CheckByMail');
  const te = useTranslations('Errors');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(requestByMailAction, initialMailState, undefined);
  const errors = orderedFieldErrors(mailFields, state.fieldErrors);
  const notice = state.notice;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, errors.length === 0 && notice !== null && notice.kind !== 'challenge');
  const message = (field: MailField) => (state.fieldErrors[field] ? te(state.fieldErrors[field]) : undefined);

  return (
    <>
      <ErrorSummary attempt={state.attempt} items={errors.map(([field, key]) => ({ targetId: targetOf[field], text: te(key) }))} />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        <SharedNotice notice={notice} />
      </div>
      <form key={state.attempt} data-attempt={state.attempt} action={formAction} noValidate className="usa-form usa-form--large dc-check-form">
        <input type="hidden" name={fieldNames.locale} value={locale} />
        <TextField
          id="tin"
          name={fieldNames.tin}
          label={t('tinLabel')}
          hint={t('tinHint')}
          error={message('tin')}
          defaultValue={state.values.tin}
          autoComplete="off"
          inputMode="numeric"
          width="md"
        />
        <DateOfBirthField values={state.values} error={message('dob')} />
        <TextField
          id="last-name"
          name={fieldNames.lastName}
          label={t('lastNameLabel')}
          hint={t('lastNameHint')}
          error={message('lastName')}
          defaultValue={state.values.lastName}
          autoComplete="family-name"
          spellCheck={false}
        />
        <TextField
          id="zip"
          name={fieldNames.zip}
          label={t('zipLabel')}
          hint={t('zipHint')}
          error={message('zip')}
          defaultValue={state.values.zip}
          autoComplete="postal-code"
          inputMode="numeric"
          width="md"
        />
        {notice?.kind === 'challenge' && <ProofOfWork challenge={notice.challenge} waitMs={notice.waitMs} />}
        <SubmitButton label={t('submit')} pending={pending} />
      </form>
    </>
  );
}
