'use client';

import { useTranslations } from 'next-intl';
import type { ClaimDetailsField } from '@/lib/validation/claims';
import { TextField } from '../../check/_components/fields';
import { RadioGroup } from './choice';

/** The payment part's posted values by field name (payment_method, street … account_holder). */
export type PaymentValues = Readonly<Record<string, string | undefined>>;

type PaymentField = Extract<
  ClaimDetailsField,
  'paymentMethod' | 'routingNumber' | 'accountNumber' | 'accountNumberAgain' | 'accountType' | 'accountHolder'
>;

// Where the payment goes: a paper check to a mailing address (the default) or direct deposit, never a card.
// The claim form and the status page's "change where we send your payment" ask it with these same fields,
// so both are read by the same rules (lib/validation/claims.ts). The part that does not apply is hidden by
// CSS alone (.dc-claim-form:has(...)), so the fields work without JavaScript.
export function PaymentFields({
  values: v,
  message,
  addressError,
}: {
  values: PaymentValues;
  message: (field: PaymentField) => string | undefined;
  addressError: (part: string) => string | undefined;
}) {
  const t = useTranslations('Claim');
  return (
    <>
      <RadioGroup
        name="payment_method"
        legend={t('paymentLegend')}
        hint={t('paymentHint')}
        error={message('paymentMethod')}
        value={v.payment_method ?? 'check'}
        options={[
          { value: 'check', label: t('payCheck'), id: 'pay-check' },
          { value: 'direct_deposit', label: t('payDeposit'), id: 'pay-deposit' },
        ]}
      />
      <div className="dc-reveal dc-reveal--check">
        <h3 className="dc-form-subheading">{t('checkHeading')}</h3>
        <TextField
          id="street"
          name="street"
          label={t('streetLabel')}
          error={addressError('street')}
          defaultValue={v.street ?? ''}
          autoComplete="street-address"
        />
        <TextField
          id="city"
          name="city"
          label={t('cityLabel')}
          error={addressError('city')}
          defaultValue={v.city ?? ''}
          autoComplete="address-level2"
        />
        <TextField
          id="state"
          name="state"
          label={t('stateLabel')}
          hint={t('stateHint')}
          error={addressError('state')}
          defaultValue={v.state ?? ''}
          autoComplete="address-level1"
          autoCapitalize="characters"
          width="xs"
        />
        <TextField
          id="zip"
          name="zip"
          label={t('zipLabel')}
          error={addressError('zip')}
          defaultValue={v.zip ?? ''}
          autoComplete="postal-code"
          inputMode="numeric"
          width="sm"
        />
      </div>
      <div className="dc-reveal dc-reveal--deposit">
        <h3 className="dc-form-subheading">{t('bankHeading')}</h3>
        <TextField
          id="routing-number"
          name="routing_number"
          label={t('routingLabel')}
          hint={t('routingHint')}
          error={message('routingNumber')}
          defaultValue={v.routing_number ?? ''}
          inputMode="numeric"
          autoComplete="off"
          width="md"
        />
        <TextField
          id="account-number"
          name="account_number"
          label={t('accountLabel')}
          error={message('accountNumber')}
          defaultValue={v.account_number ?? ''}
          inputMode="numeric"
          autoComplete="off"
          width="lg"
        />
        <TextField
          id="account-number-again"
          name="account_number_again"
          label={t('accountAgainLabel')}
          hint={t('accountAgainHint')}
          error={message('accountNumberAgain')}
          defaultValue={v.account_number_again ?? ''}
          inputMode="numeric"
          autoComplete="off"
          width="lg"
        />
        <RadioGroup
          name="account_type"
          legend={t('accountTypeLegend')}
          error={message('accountType')}
          value={v.account_type ?? ''}
          options={[
            { value: 'checking', label: t('checking'), id: 'account-checking' },
            { value: 'savings', label: t('savings'), id: 'account-savings' },
          ]}
        />
        <TextField
          id="account-holder"
          name="account_holder"
          label={t('holderLabel')}
          hint={t('holderHint')}
          error={message('accountHolder')}
          defaultValue={v.account_holder ?? ''}
          autoComplete="name"
        />
      </div>
    </>
  );
}
