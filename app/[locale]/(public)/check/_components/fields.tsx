'use client';

import { useTranslations } from 'next-intl';
import type { HTMLAttributes } from 'react';
import { fieldNames, type DateValues } from '@/lib/self-check/form-values';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** USWDS input width modifier (e.g. "md" for a ZIP code). */
  width?: 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  spellCheck?: boolean;
  autoCapitalize?: string;
};

// A labelled text input with its hint and error (USWDS markup): label above, hint under it, the error
// right above the input, all tied to it by aria-describedby. No `required` or `pattern`: the server's
// translated messages explain a problem, not the browser's own tooltip.
export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  return (
    <div className={`usa-form-group${p.error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${p.error ? ' usa-label--error' : ''}`} htmlFor={p.id}>
        {p.label}
      </label>
      {p.hint && (
        <div className="usa-hint" id={hintId}>
          {p.hint}
        </div>
      )}
      {p.error && (
        <span className="usa-error-message" id={errorId}>
          {p.error}
        </span>
      )}
      <input
        className={`usa-input${p.width ? ` usa-input--${p.width}` : ''}${p.error ? ' usa-input--error' : ''}`}
        id={p.id}
        name={p.name}
        type="text"
        defaultValue={p.defaultValue}
        autoComplete={p.autoComplete}
        inputMode={p.inputMode}
        spellCheck={p.spellCheck}
        autoCapitalize={p.autoCapitalize}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={p.error ? true : undefined}
      />
    </div>
  );
}

/** The id of the first date input: the error summary links to it. */
export const dobFirstInputId = 'dob-month';

// Date of birth as three numeric fields in US order (the USWDS "memorable date" pattern).
export function DateOfBirthField({ values, error }: { values: DateValues; error?: string }) {
  const t = useTranslations('SelfCheckForm');
  const parts = [
    { key: 'month', id: 'dob-month', name: fieldNames.month, autoComplete: 'bday-month', maxLength: 2, group: 'usa-form-group--month' },
    { key: 'day', id: 'dob-day', name: fieldNames.day, autoComplete: 'bday-day', maxLength: 2, group: 'usa-form-group--day' },
    { key: 'year', id: 'dob-year', name: fieldNames.year, autoComplete: 'bday-year', maxLength: 4, group: 'usa-form-group--year' },
  ] as const;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset">
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{t('dobLegend')}</legend>
        <span className="usa-hint" id="dob-hint">
          {t('dobHint')}
        </span>
        {error && (
          <span className="usa-error-message" id="dob-error">
            {error}
          </span>
        )}
        <div className="usa-memorable-date">
          {parts.map((part) => (
            <div key={part.key} className={`usa-form-group ${part.group}`}>
              <label className="usa-label" htmlFor={part.id}>
                {t(part.key)}
              </label>
              <input
                className={`usa-input${error ? ' usa-input--error' : ''}`}
                id={part.id}
                name={part.name}
                type="text"
                inputMode="numeric"
                maxLength={part.maxLength}
                autoComplete={part.autoComplete}
                defaultValue={values[part.key]}
                aria-describedby={describedBy('dob-hint', error && 'dob-error')}
                aria-invalid={error ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
