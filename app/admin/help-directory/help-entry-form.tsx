'use client';
import { useActionState } from 'react';
import { languageCodes, languages } from '@/lib/languages';
import type { ActionResult } from '../_lib/action-result';
import { ErrorSummary, FieldError } from '../_components/error-summary';
import { Field } from '../_components/field';

export type HelpEntryFormValues = {
  id?: number;
  organization: string;
  languages: string[];
  states: string;
  counties: string;
  phone: string;
  address: string;
  hours: string;
  cost: string;
  synthetic: boolean;
};

const labels: Record<string, string> = {
  organization: 'Organization',
  languages: 'Languages spoken',
  states: 'States served',
  counties: 'Counties served',
  phone: 'Phone',
  address: 'Address',
  hours: 'Hours',
  cost: 'Cost',
  id: 'Entry',
};

type Props = {
  action: (previous: unknown, form: FormData) => Promise<ActionResult<never>>;
  initial: HelpEntryFormValues;
  submitLabel: string;
};

/** One directory entry. Values stay as typed after an error (the form is uncontrolled and not reset). */
export function HelpEntryForm({ action, initial, submitLabel }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const error = state && !state.ok ? state.error : null;
  const fields = error?.fields ?? {};
  const groupClass = (name: string) => `usa-form-group${fields[name] ? ' usa-form-group--error' : ''}`;
  return (
    <form className="usa-form usa-form--large dc-help-entry-form" action={run} noValidate>
      {error ? <ErrorSummary message={error.message} fields={error.fields} labels={labels} /> : null}
      {initial.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      <Field
        name="organization"
        label={labels.organization!}
        defaultValue={initial.organization}
        error={fields.organization}
        autoComplete="off"
      />
      <fieldset className={`usa-fieldset ${groupClass('languages')}`} id="field-languages" tabIndex={-1}>
        <legend className="usa-legend">{labels.languages}</legend>
        <FieldError name="languages" message={fields.languages} />
        <div className="dc-admin-checkbox-grid">
          {languageCodes.map((code) => (
            <div className="usa-checkbox" key={code}>
              <input
                className="usa-checkbox__input"
                id={`language-${code}`}
                type="checkbox"
                name="languages"
                value={code}
                defaultChecked={initial.languages.includes(code)}
              />
              <label className="usa-checkbox__label" htmlFor={`language-${code}`}>
                {languages[code].englishName}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field
        name="states"
        label={labels.states!}
        hint="Two-letter USPS codes separated by commas, e.g. CA, NV."
        defaultValue={initial.states}
        error={fields.states}
        autoComplete="off"
        spellCheck={false}
      />
      <Field
        name="counties"
        label={labels.counties!}
        hint="Optional: counties within those states, separated by commas. Leave empty when the whole state is served."
        defaultValue={initial.counties}
        error={fields.counties}
        autoComplete="off"
      />
      <Field
        name="phone"
        label={labels.phone!}
        hint="A US number with its area code, e.g. 213-555-0101."
        type="tel"
        defaultValue={initial.phone}
        error={fields.phone}
        autoComplete="off"
      />
      <div className={groupClass('address')}>
        <label className={`usa-label${fields.address ? ' usa-label--error' : ''}`} htmlFor="field-address">
          {labels.address}
        </label>
        <div className="usa-hint" id="field-address-hint">
          Street, city, state and ZIP, on separate lines, as people should write or visit.
        </div>
        <FieldError name="address" message={fields.address} />
        <textarea
          className={`usa-textarea${fields.address ? ' usa-input--error' : ''}`}
          id="field-address"
          name="address"
          rows={3}
          defaultValue={initial.address}
          aria-describedby={`field-address-hint${fields.address ? ' field-address-error' : ''}`}
          aria-invalid={fields.address ? true : undefined}
        />
      </div>
      <Field
        name="hours"
        label={labels.hours!}
        hint="Days, 24-hour times, then the time zone, so every language can print them: Mon-Fri 09:00-17:00 America/Los_Angeles, or Mon-Thu 09:00-17:00, Sat 10:00-13:00 America/Chicago."
        defaultValue={initial.hours}
        error={fields.hours}
        autoComplete="off"
        spellCheck={false}
      />
      <fieldset className={`usa-fieldset ${groupClass('cost')}`} id="field-cost" tabIndex={-1}>
        <legend className="usa-legend">{labels.cost}</legend>
        <FieldError name="cost" message={fields.cost} />
        {[
          ['free', 'Free'],
          ['low_cost', 'Low cost'],
        ].map(([value, label]) => (
          <div className="usa-radio" key={value}>
            <input
              className="usa-radio__input"
              id={`cost-${value}`}
              type="radio"
              name="cost"
              value={value}
              defaultChecked={initial.cost === value}
            />
            <label className="usa-radio__label" htmlFor={`cost-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="usa-checkbox margin-top-3">
        <input
          className="usa-checkbox__input"
          id="field-synthetic"
          type="checkbox"
          name="synthetic"
          value="true"
          defaultChecked={initial.synthetic}
        />
        <label className="usa-checkbox__label" htmlFor="field-synthetic">
          Synthetic demo entry (the public page labels it SYNTHETIC)
        </label>
      </div>
      <button className="usa-button margin-top-3" type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
