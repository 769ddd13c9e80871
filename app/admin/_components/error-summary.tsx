'use client';
// The error summary at the top of a form: a heading, the overall message and a link to each field that
// needs correcting (`#field-<name>`, the id <Field> and the forms give their inputs). As in the GOV.UK
// Design System's error summary, it is an alert and takes focus when it appears, so keyboard and screen
// reader users land on it.
import { useEffect, useRef } from 'react';

type Props = {
  /** The summary's heading: "There is a problem" unless the form says more, such as how many answers. */
  heading?: string;
  /** A sentence under the heading. */
  message?: string;
  /** A message per field name. */
  fields?: Record<string, string>;
  /** Field names as the form labels them; each link then reads "Label: message". */
  labels?: Record<string, string>;
};

export function ErrorSummary({ heading = 'There is a problem', message, fields = {}, labels }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [heading, message, fields]);
  const entries = Object.entries(fields);
  return (
    <div
      className="usa-alert usa-alert--error margin-bottom-3"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-heading"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {heading}
        </h2>
        {message ? <p className="usa-alert__text">{message}</p> : null}
        {entries.length > 0 && (
          <ul className="usa-list">
            {entries.map(([field, text]) => (
              <li key={field}>
                <a href={`#field-${field}`}>{labels ? `${labels[field] ?? field}: ${text}` : text}</a>
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
