'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { languageCodes, languages } from '@/lib/languages';
import { claimDetailsFields, type ClaimDetailsField } from '@/lib/validation/claims';
import type { DraftValues } from '@/lib/claims/draft';
import { ErrorSummary } from '../../check/_components/error-summary';
import { TextField } from '../../check/_components/fields';
import { Alert } from '../../check/_components/form-notices';
import { SubmitButton } from '../../check/_components/submit-button';
import { saveClaimDetailsAction } from '../actions';
import type { ClaimDetailsState } from '../form-state';
import { RadioGroup } from './choice';
import { PaymentFields } from './payment-fields';
import { useProblemText } from './problem-text';

/** The input each field's error summary link goes to (an address problem goes to the part it is about). */
export function detailsTarget(field: ClaimDetailsField, problem?: string): string {
  if (field === 'address') {
    if (problem === 'address_missing_city') return 'city';
    if (problem === 'address_invalid_state') return 'state';
    if (problem === 'address_invalid_zip') return 'zip';
    return 'street';
  }
  return (
    {
      actual: 'actual-no',
      actualAmount: 'actual-amount',
      actualDescription: 'actual-description',
      email: 'email',
      phone: 'phone',
      language: 'language',
      paymentMethod: 'pay-check',
      routingNumber: 'routing-number',
      accountNumber: 'account-number',
      accountNumberAgain: 'account-number-again',
      accountType: 'account-checking',
      accountHolder: 'account-holder',
    } as const
  )[field];
}

// The claim's details on one page, in three groups (what you claim, contact, payment). The parts that
// depend on a choice (actual costs, check or bank) are hidden by CSS alone (:has), so the page needs no
// JavaScript; a browser without :has shows all of them, each under its own heading.
export function ClaimDetailsForm({ initial }: { initial: DraftValues }) {
  const t = useTranslations('Claim');
  const locale = useLocale();
  const problemText = useProblemText();
  const [state, formAction, pending] = useActionState(saveClaimDetailsAction, {
    values: initial,
    attempt: 0,
    fieldErrors: {},
  } satisfies ClaimDetailsState);
  const v = state.values;
  const errors = state.fieldErrors;
  const message = (field: ClaimDetailsField) => {
    const problem = errors[field];
    return problem ? problemText(field, problem) : undefined;
  };
  const addressError = (part: string) => (detailsTarget('address', errors.address) === part ? message('address') : undefined);
  const items = claimDetailsFields.filter((f) => errors[f]).map((f) => ({ targetId: detailsTarget(f, errors[f]), text: message(f)! }));
  return (
    <>
      <ErrorSummary items={items} attempt={state.attempt} />
      {state.errorId && (
        <Alert kind="error" heading={t('formTitle')} testId="unavailable">
          <p className="usa-alert__text">{t('unavailable', { errorId: state.errorId })}</p>
        </Alert>
      )}
      <form
        key={state.attempt}
        data-attempt={state.attempt}
        action={formAction}
        noValidate
        className="usa-form usa-form--large dc-claim-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <RadioGroup
          name="actual"
          legend={t('actualLegend')}
          hint={t('actualHint')}
          error={message('actual')}
          value={v.actual ?? 'no'}
          options={[
            { value: 'no', label: t('actualNo'), id: 'actual-no' },
            { value: 'yes', label: t('actualYes'), id: 'actual-yes' },
          ]}
        />
        <div className="dc-reveal dc-reveal--actual">
          <TextField
            id="actual-amount"
            name="actual_amount"
            label={t('actualAmountLabel')}
            hint={t('actualAmountHint')}
            error={message('actualAmount')}
            defaultValue={v.actual_amount ?? ''}
            inputMode="decimal"
            autoComplete="off"
            width="md"
          />
          <TextArea
            id="actual-description"
            name="actual_description"
            label={t('actualDescriptionLabel')}
            hint={t('actualDescriptionHint')}
            error={message('actualDescription')}
            defaultValue={v.actual_description ?? ''}
          />
        </div>

        <h2 className="dc-form-heading">{t('contactHeading')}</h2>
        <p className="usa-hint">{t('contactHint')}</p>
        <TextField
          id="email"
          name="email"
          label={t('emailLabel')}
          error={message('email')}
          defaultValue={v.email ?? ''}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
        />
        <TextField
          id="phone"
          name="phone"
          label={t('phoneLabel')}
          hint={t('phoneHint')}
          error={message('phone')}
          defaultValue={v.phone ?? ''}
          autoComplete="tel-national"
          inputMode="tel"
          width="lg"
        />
        <div className={`usa-form-group${errors.language ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${errors.language ? ' usa-label--error' : ''}`} htmlFor="language">
            {t('languageLabel')}
          </label>
          {errors.language && (
            <span className="usa-error-message" id="language-error">
              {message('language')}
            </span>
          )}
          <select
            className="usa-select"
            id="language"
            name="language"
            defaultValue={v.language ?? locale}
            aria-describedby={errors.language ? 'language-error' : undefined}
            aria-invalid={errors.language ? true : undefined}
          >
            {languageCodes.map((code) => (
              <option key={code} value={code} lang={code}>
                {languages[code].endonym}
              </option>
            ))}
          </select>
        </div>

        <h2 className="dc-form-heading">{t('paymentHeading')}</h2>
        <PaymentFields values={v} message={message} addressError={addressError} />
        <SubmitButton label={t('continue')} pending={pending} />
      </form>
    </>
  );
}

function TextArea(p: { id: string; name: string; label: string; hint: string; error?: string; defaultValue: string }) {
  const hintId = `${p.id}-hint`;
  const errorId = p.error ? `${p.id}-error` : undefined;
  return (
    <div className={`usa-form-group${p.error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${p.error ? ' usa-label--error' : ''}`} htmlFor={p.id}>
        {p.label}
      </label>
      <div className="usa-hint" id={hintId}>
        {p.hint}
      </div>
      {p.error && (
        <span className="usa-error-message" id={errorId}>
          {p.error}
        </span>
      )}
      <textarea
        className={`usa-textarea${p.error ? ' usa-input--error' : ''}`}
        id={p.id}
        name={p.name}
        rows={6}
        defaultValue={p.defaultValue}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={p.error ? true : undefined}
      />
    </div>
  );
}
