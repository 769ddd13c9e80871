'use client';
import { useActionState } from 'react';
import { emptyBatchForm } from '@/lib/admin/form-values';
import { CountAndSubmit } from '../../_components/count-and-submit';
import { ErrorSummary, FieldError } from '../../_components/error-summary';
import { categoryLabels } from '../../_components/labels';
import { submitBatchForm } from '../actions';

const labels: Record<string, string> = {
  name: 'Batch name',
  type: 'Notice',
  categories: 'Categories',
  languages: 'Languages',
  states: 'States',
  channels: 'Channels',
};

const fmt = (n: number) => n.toLocaleString('en-US');

const described = (name: string, error?: string, hint = false) =>
  [hint ? `field-${name}-hint` : '', error ? `field-${name}-error` : ''].filter(Boolean).join(' ') || undefined;

export function BatchForm({ languageOptions }: { languageOptions: { code: string; name: string }[] }) {
  const [result, action, pending] = useActionState(submitBatchForm, null);
  const shown = result ? (result.ok ? result.data : result.keep) : undefined;
  const state = { counted: shown?.counted, error: result && !result.ok ? result.error.message : undefined };
  const v = shown?.values ?? emptyBatchForm;
  const e = (result && !result.ok ? result.error.fields : undefined) ?? {};
  const group = (name: string) => `usa-form-group${e[name] ? ' usa-form-group--error' : ''}`;
  return (
    <form action={action} className="usa-form usa-form--large" noValidate>
      {state.error && <ErrorSummary heading={state.error} fields={e} labels={labels} />}

      <div className={group('name')}>
        <label className="usa-label" htmlFor="field-name">
          Batch name
        </label>
        <span className="usa-hint" id="field-name-hint">
          For staff only, such as &quot;Initial notices, Spanish, California&quot;.
        </span>
        <FieldError name="name" message={e.name} />
        <input
          className="usa-input"
          id="field-name"
          name="name"
          defaultValue={v.name}
          maxLength={200}
          aria-describedby={described('name', e.name, true)}
        />
      </div>

      <fieldset className={`usa-fieldset ${group('type')}`} aria-describedby={described('type', e.type)}>
        <legend className="usa-legend" id="field-type">
          Notice to send
        </legend>
        <FieldError name="type" message={e.type} />
        {(
          [
            ['initial_notice', 'Initial notice (each person receives it once, however many batches include them)'],
            ['notice_copy', 'A copy of the notice'],
          ] as const
        ).map(([value, label]) => (
          <div className="usa-radio" key={value}>
            <input
              className="usa-radio__input"
              type="radio"
              id={`type-${value}`}
              name="type"
              value={value}
              defaultChecked={v.type === value}
            />
            <label className="usa-radio__label" htmlFor={`type-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className={`usa-fieldset ${group('categories')}`}>
        <legend className="usa-legend" id="field-categories">
          Categories
        </legend>
        <span className="usa-hint">Leave all unticked for every category.</span>
        <FieldError name="categories" message={e.categories} />
        {Object.entries(categoryLabels).map(([value, label]) => (
          <div className="usa-checkbox" key={value}>
            <input
              className="usa-checkbox__input"
              type="checkbox"
              id={`cat-${value}`}
              name="categories"
              value={value}
              defaultChecked={v.categories.includes(value)}
            />
            <label className="usa-checkbox__label" htmlFor={`cat-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className={`usa-fieldset ${group('languages')}`}>
        <legend className="usa-legend" id="field-languages">
          Languages
        </legend>
        <span className="usa-hint">The language each person asked for. Leave all unticked for every language.</span>
        <FieldError name="languages" message={e.languages} />
        <div className="grid-row grid-gap-2">
          {languageOptions.map((l) => (
            <div className="usa-checkbox grid-col-6 tablet:grid-col-4" key={l.code}>
              <input
                className="usa-checkbox__input"
                type="checkbox"
                id={`lang-${l.code}`}
                name="languages"
                value={l.code}
                defaultChecked={v.languages.includes(l.code)}
              />
              <label className="usa-checkbox__label" htmlFor={`lang-${l.code}`}>
                {l.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className={group('states')}>
        <label className="usa-label" htmlFor="field-states">
          States
        </label>
        <span className="usa-hint" id="field-states-hint">
          Two-letter codes separated by commas, such as CA, TX. Leave empty for every state.
        </span>
        <FieldError name="states" message={e.states} />
        <input
          className="usa-input"
          id="field-states"
          name="states"
          defaultValue={v.states}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={described('states', e.states, true)}
        />
      </div>

      <fieldset className={`usa-fieldset ${group('channels')}`}>
        <legend className="usa-legend" id="field-channels">
          Channels
        </legend>
        <span className="usa-hint">Email goes only to records with an address on file.</span>
        <FieldError name="channels" message={e.channels} />
        {(
          [
            ['email', 'Email'],
            ['letter', 'Letter'],
          ] as const
        ).map(([value, label]) => (
          <div className="usa-checkbox" key={value}>
            <input
              className="usa-checkbox__input"
              type="checkbox"
              id={`channel-${value}`}
              name="channels"
              value={value}
              defaultChecked={v.channels.includes(value)}
            />
            <label className="usa-checkbox__label" htmlFor={`channel-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className="usa-fieldset">
        <legend className="usa-legend">Only some records</legend>
        <div className="usa-checkbox">
          <input className="usa-checkbox__input" type="checkbox" id="field-hasEmail" name="hasEmail" defaultChecked={v.hasEmail} />
          <label className="usa-checkbox__label" htmlFor="field-hasEmail">
            Only records with an email address
          </label>
        </div>
        <div className="usa-checkbox">
          <input
            className="usa-checkbox__input"
            type="checkbox"
            id="field-notYetNotified"
            name="notYetNotified"
            defaultChecked={v.notYetNotified}
          />
          <label className="usa-checkbox__label" htmlFor="field-notYetNotified">
            Only people not yet notified
          </label>
        </div>
      </fieldset>

      <CountAndSubmit
        pending={pending}
        counted={
          state.counted
            ? {
                heading: `${fmt(state.counted.records)} records match`,
                text:
                  `The batch would make ${fmt(state.counted.emails)} emails and ${fmt(state.counted.letters)} letters ` +
                  `(${fmt(state.counted.withEmail)} of these records have an email address), in ${state.counted.languages.length} ${state.counted.languages.length === 1 ? 'language' : 'languages'}.`,
              }
            : null
        }
        submit={{ label: 'Create draft batch', intent: 'create', allowed: (state.counted?.records ?? 0) > 0 }}
      />
    </form>
  );
}
