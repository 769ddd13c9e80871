'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { mailFields, type MailField } from '@/lib/self-check/feedback';
import { fieldNames } from '@/lib/self-check/form-values';
import { requestByMailAction } from '../actions';
import { initialMailState } from '../form-state';
import { CheckFormFrame } from './check-form-frame';
import { DateOfBirthField, dobFirstInputId, TextField } from './fields';

const targetOf: Record<MailField, string> = { tin: 'tin', dob: dobFirstInputId, lastName: 'last-name', zip: 'zip' };

// The no-letter path. An accepted request always goes to the same confirmation page, so this form only
// ever shows what is wrong with the fields, a limit, or a proof of work: never anything about a record.
export function MailForm() {
  const t = useTranslations('CheckByMail');
  const te = useTranslations('Errors');
  const [state, formAction, pending] = useActionState(requestByMailAction, initialMailState, undefined);
  const message = (field: MailField) => (state.fieldErrors[field] ? te(state.fieldErrors[field]) : undefined);
  const field = (name: 'tin' | 'lastName' | 'zip', more: Partial<Parameters<typeof TextField>[0]>) => (
    <TextField
      id={targetOf[name]}
      name={fieldNames[name]}
      label={t(`${name}Label`)}
      hint={t(`${name}Hint`)}
      error={message(name)}
      defaultValue={state.values[name]}
      {...more}
    />
  );
  return (
    <CheckFormFrame state={state} action={formAction} pending={pending} order={mailFields} targetOf={targetOf} submitLabel={t('submit')}>
      {field('tin', { autoComplete: 'off', inputMode: 'numeric', width: 'md' })}
      <DateOfBirthField values={state.values} error={message('dob')} />
      {field('lastName', { autoComplete: 'family-name', spellCheck: false })}
      {field('zip', { autoComplete: 'postal-code', inputMode: 'numeric', width: 'md' })}
    </CheckFormFrame>
  );
}
