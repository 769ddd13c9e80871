'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { languages, type LanguageCode } from '@/lib/languages';
import {
  orgApplicationFields,
  orgApplicationNames,
  organizationKinds,
  type OrgApplicationField,
  type OrgApplicationProblem,
} from '@/lib/validation/org-fields';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { TextField } from '../../../check/_components/fields';
import { Alert } from '../../../check/_components/form-notices';
import { SubmitButton } from '../../../check/_components/submit-button';
import { useWaitText } from '../../../check/_components/clock';
import { RadioGroup } from '../../../claim/_components/choice';
import { applyForOrganizationAction } from '../actions';
import { initialOrgApplyState } from '../form-state';

/** The id of each field's input (the error summary links to it); the kind's first radio button. */
const targetOf: Record<OrgApplicationField, string> = {
  name: 'org-name',
  ein: 'ein',
  kind: 'kind-legal_aid',
  addressLine1: 'address-line1',
  addressLine2: 'address-line2',
  city: 'city',
  state: 'state',
  zip: 'zip',
  contactName: 'contact-name',
  contactEmail: 'contact-email',
  contactPhone: 'contact-phone',
};

/** The message of a field's problem: "required" says what to enter for that field; the rest are the problem's own. */
function messageKey(field: OrgApplicationField, problem: OrgApplicationProblem) {
  return (
    problem === 'required' ? `errors.required_${field}` : `errors.${problem}`
  ) as `errors.${Exclude<OrgApplicationProblem, 'required'>}`;
}

// The application on one page in three groups (the organization, its address, its contact person). Works
// without JavaScript: a plain POST, and the page comes back with the answers kept and each problem at its field.
export function ApplyForm({ states }: { states: readonly string[] }) {
  const t = useTranslations('OrgApply');
  const locale = useLocale() as LanguageCode;
  const [state, formAction, pending] = useActionState(applyForOrganizationAction, initialOrgApplyState);
  const v = state.values;
  const errors = state.fieldErrors;
  const message = (f: OrgApplicationField) => (errors[f] ? t(messageKey(f, errors[f]!)) : undefined);
  const items = orgApplicationFields.filter((f) => errors[f]).map((f) => ({ targetId: targetOf[f], text: message(f)! }));
  const kindLabels: Record<(typeof organizationKinds)[number], string> = {
    legal_aid: t('kind_legal_aid'),
    immigrant_rights: t('kind_immigrant_rights'),
    tax_clinic: t('kind_tax_clinic'),
    community: t('kind_community'),
    other: t('kind_other'),
  };
  const wait = useWaitText(state.notice?.kind === 'rate_limited' ? state.notice.waitMs : 0);
  const text = (f: Exclude<OrgApplicationField, 'kind' | 'state'>, more: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={targetOf[f]} name={orgApplicationNames[f]} label={t(`${f}Label`)} error={message(f)} defaultValue={v[f]} {...more} />
  );
  return (
    <>
      <ErrorSummary items={items} attempt={state.attempt} />
      {state.notice?.kind === 'rate_limited' && (
        <Alert kind="error" heading={t('rateLimitedHeading')} testId="rate-limited">
          <p className="usa-alert__text">{t('rateLimited', { wait })}</p>
        </Alert>
      )}
      {state.notice?.kind === 'unavailable' && (
        <Alert kind="error" heading={t('unavailableHeading')} testId="unavailable">
          <p className="usa-alert__text">{t('unavailable', { errorId: state.notice.errorId })}</p>
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
        <h2 className="dc-form-heading">{t('orgHeading')}</h2>
        {text('name', { autoComplete: 'organization' })}
        {text('ein', { hint: t('einHint'), inputMode: 'numeric', autoComplete: 'off', width: 'md' })}
        <RadioGroup
          name="kind"
          legend={t('kindLegend')}
          error={message('kind')}
          value={v.kind}
          options={organizationKinds.map((k) => ({ value: k, id: `kind-${k}`, label: kindLabels[k] }))}
        />
        <h2 className="dc-form-heading">{t('addressHeading')}</h2>
        {text('addressLine1', { autoComplete: 'address-line1' })}
        {text('addressLine2', { autoComplete: 'address-line2' })}
        {text('city', { autoComplete: 'address-level2' })}
        <div className={`usa-form-group${errors.state ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${errors.state ? ' usa-label--error' : ''}`} htmlFor="state">
            {t('stateLabel')}
          </label>
          {errors.state && (
            <span className="usa-error-message" id="state-error">
              {message('state')}
            </span>
          )}
          <select
            className="usa-select"
            id="state"
            name="state"
            defaultValue={v.state.toUpperCase()}
            autoComplete="address-level1"
            aria-describedby={errors.state ? 'state-error' : undefined}
            aria-invalid={errors.state ? true : undefined}
          >
            <option value="">{t('stateChoose')}</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        {text('zip', { hint: t('zipHint'), inputMode: 'numeric', autoComplete: 'postal-code', width: 'md' })}
        <h2 className="dc-form-heading">{t('contactHeading')}</h2>
        <p className="usa-hint">{t('contactHint')}</p>
        {text('contactName', { autoComplete: 'name' })}
        {text('contactEmail', { autoComplete: 'email', inputMode: 'email', spellCheck: false, autoCapitalize: 'none' })}
        {text('contactPhone', { hint: t('contactPhoneHint'), autoComplete: 'tel-national', inputMode: 'tel', width: 'lg' })}
        <p>{t('languageNote', { language: languages[locale].endonym })}</p>
        <SubmitButton label={t('submit')} pending={pending} />
      </form>
    </>
  );
}
