'use client';
// The error summary at the top of a form: a heading, the overall message and a link to each field that
// needs correcting. It takes focus when it appears so keyboard and screen reader users land on it.
import { useEffect, useRef } from 'react';

export function ErrorSummary({ error, fieldErrors = {}, labels }: { error: string; fieldErrors?: Record<string, string>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error, fieldErrors]);
  const entries = Object.entries(fieldErrors);
  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {error}
        </h2>
        {entries.length > 0 && (
          <ul className="usa-list">
            {entries.map(([field, message]) => (
              <li key={field}>
                <a href={`#field-${field}`}>
                  {labels[field] ?? field}: {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The message repeated at the field; the field's aria-describedby points at `field-<name>-error`. */
export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <span className="usa-error-message" id={`field-${name}-error`} role="alert">
      {message}
    </span>
  );
}
