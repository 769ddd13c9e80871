'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { paymentChangeFields, type PaymentChangeField } from '@/lib/claims/payment-change-form';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { Alert } from '../../../check/_components/form-notices';
import { SubmitButton } from '../../../check/_components/submit-button';
import { detailsTarget } from '../../_components/details-form';
import { PaymentFields } from '../../_components/payment-fields';
import { useProblemText } from '../../_components/problem-text';
import { changePaymentAction } from './actions';
import { initialPaymentChangeState, type PaymentChangeState } from './form-state';

const target = (field: PaymentChangeField, problem?: string) => (field === 'confirm' ? 'confirm' : detailsTarget(field, problem));

// The claim form's payment fields, the warning, and "I am the person who filed this claim". A refusal that
// is not about one field (the payment is on its way, or being prepared) replaces the form with what to do.
export function ChangePaymentForm({ contact }: { contact: React.ReactNode }) {
  const t = useTranslations('ClaimPaymentChange');
  const ts = useTranslations('ClaimStatus');
  const locale = useLocale();
  const problemText = useProblemText();
  const [state, formAction, pending] = useActionState(changePaymentAction, initialPaymentChangeState satisfies PaymentChangeState);
  const errors = state.fieldErrors;
  const message = (field: PaymentChangeField): string | undefined => {
    const problem = errors[field];
    if (!problem) return undefined;
    if (field === 'confirm' || problem === 'confirm_required') return t('confirmRequired');
    return problemText(field, problem);
  };
  const addressError = (part: string) => (detailsTarget('address', errors.address) === part ? message('address') : undefined);
  const items = paymentChangeFields.filter((f) => errors[f]).map((f) => ({ targetId: target(f, errors[f]), text: message(f)! }));

  if (
    state.refused === 'paid_out' ||
    state.refused === 'in_live_export' ||
    state.refused === 'advocate' ||
    state.refused === 'session_expired'
  ) {
    return (
      <div data-testid={`refused-${state.refused}`}>
        <Alert kind="warning" heading={t(`refused.${state.refused}.heading`)}>
          <p className="usa-alert__text">{t(`refused.${state.refused}.text`)}</p>
        </Alert>
        {state.refused !== 'session_expired' && contact}
        <p>
          <Link
            className="usa-button usa-button--outline"
            href={state.refused === 'session_expired' ? '/claim/status' : '/claim/status/view'}
          >
            {state.refused === 'session_expired' ? ts('lookUpAgain') : t('back')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <ErrorSummary items={items} attempt={state.attempt} />
      {state.refused === 'unavailable' && (
        <Alert kind="error" heading={t('title')} testId="unavailable">
          <p className="usa-alert__text">{t('unavailable', { errorId: state.errorId ?? '' })}</p>
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
        <PaymentFields values={state.values} message={message} addressError={addressError} />
        <div className={`usa-form-group${errors.confirm ? ' usa-form-group--error' : ''}`}>
          <fieldset className="usa-fieldset" aria-describedby={errors.confirm ? 'confirm-error' : undefined}>
            <legend className={`usa-legend${errors.confirm ? ' usa-label--error' : ''}`}>{t('confirmLegend')}</legend>
            {errors.confirm && (
              <span className="usa-error-message" id="confirm-error">
                {message('confirm')}
              </span>
            )}
            <div className="usa-checkbox">
              <input
                className="usa-checkbox__input usa-checkbox__input--tile"
                id="confirm"
                type="checkbox"
                name="confirm"
                value="yes"
                defaultChecked={state.values.confirm === 'yes'}
                aria-invalid={errors.confirm ? true : undefined}
              />
              <label className="usa-checkbox__label" htmlFor="confirm">
                {t('confirmLabel')}
              </label>
            </div>
          </fieldset>
        </div>
        <SubmitButton label={t('submit')} pending={pending} />
      </form>
      <p>
        <Link href="/claim/status/view">{t('cancel')}</Link>
      </p>
    </>
  );
}
