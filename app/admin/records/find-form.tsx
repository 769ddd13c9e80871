'use client';
import { useActionState } from 'react';
import { findRecordAction } from './actions';

/** `exampleCode`: a valid notice code to show as the example (lib/identifiers/notice-code.ts). */
export function FindRecordForm({ exampleCode }: { exampleCode: string }) {
  const [result, action, pending] = useActionState(findRecordAction, null);
  const state = {
    error: result && !result.ok ? result.error.message : undefined,
    candidates: result?.ok ? result.data.candidates : undefined,
  };
  return (
    <>
      {state.error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <a href="#query">{state.error}</a>
            </p>
          </div>
        </div>
      )}
      {state.candidates && (
        <div className="usa-alert usa-alert--warning" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">That notice code has a typo. Did you mean:</h2>
            <ul className="usa-list">
              {state.candidates.map((c) => (
                <li key={c.recordId}>
                  <a href={`/admin/records/${c.recordId}`}>{c.noticeCode}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <form action={action} className="usa-form usa-form--large" autoComplete="off">
        <div className={`usa-form-group${state.error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="query">
            Notice code or SSN/ITIN
          </label>
          <span className="usa-hint" id="query-hint">
            A notice code looks like {exampleCode}; an SSN or ITIN has 9 digits. What you type is not stored.
          </span>
          {state.error && (
            <span className="usa-error-message" id="query-error">
              {state.error}
            </span>
          )}
          <input
            className={`usa-input${state.error ? ' usa-input--error' : ''}`}
            id="query"
            name="query"
            type="text"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={40}
            aria-describedby={state.error ? 'query-hint query-error' : 'query-hint'}
            aria-invalid={state.error ? true : undefined}
          />
        </div>
        <button className="usa-button" type="submit" disabled={pending}>
          {pending ? 'Finding…' : 'Find record'}
        </button>
      </form>
    </>
  );
}
