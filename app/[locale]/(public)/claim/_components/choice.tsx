'use client';

import type { ReactNode } from 'react';

type Option = { value: string; label: string; id: string };

// A group of radio buttons (USWDS tiles: large touch targets) with its legend, hint and error. The first
// option's id is the one the error summary links to.
export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  value,
  className,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
  value: string;
  className?: string;
  children?: ReactNode;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}${className ? ` ${className}` : ''}`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{legend}</legend>
        {hint && (
          <span className="usa-hint" id={hintId}>
            {hint}
          </span>
        )}
        {error && (
          <span className="usa-error-message" id={errorId}>
            {error}
          </span>
        )}
        {options.map((o) => (
          <div className="usa-radio" key={o.value}>
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={o.id}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
            />
            <label className="usa-radio__label" htmlFor={o.id}>
              {o.label}
            </label>
          </div>
        ))}
        {children}
      </fieldset>
    </div>
  );
}
