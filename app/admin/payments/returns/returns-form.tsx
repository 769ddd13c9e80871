'use client';
// The returns upload: one file field, refused at the field (and in the error summary) when it is empty, too
// large or not a NACHA returns file; on success, what the import did, line by line.
import { useActionState } from 'react';
import type { ActionResult } from '../../_lib/action-result';
import { ErrorSummary } from '../../_components/error-summary';
import { importReturnsAction, type ReturnsActionData } from '../actions';

const fmt = (n: number) => n.toLocaleString('en-US');

export function ReturnsForm() {
  const [result, action, pending] = useActionState<ActionResult<ReturnsActionData> | null, FormData>(importReturnsAction, null);
  const problem = result && !result.ok ? (result.error.fields?.file ?? result.error.message) : null;
  const summary = result?.ok ? result.data.summary : null;
  return (
    <>
      {problem && <ErrorSummary heading="There is a problem with the file" fields={{ file: problem }} />}
      {summary && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Returns file imported</h2>
            <p className="usa-alert__text" data-testid="returns-summary">
              {summary.returned === 0
                ? 'Nothing changed: every return in the file was applied before or names no payment of ours.'
                : `${fmt(summary.returned)} payment${summary.returned === 1 ? ' is' : 's are'} now returned; the claim${summary.returned === 1 ? '' : 's'} will be paid by check in the next check export.`}
            </p>
          </div>
        </div>
      )}
      {summary && (
        <table className="usa-table usa-table--borderless" data-testid="returns-table">
          <caption>What the import did</caption>
          <tbody>
            {(
              [
                ['Returned entries in the file', summary.returns],
                ['Newly marked returned', summary.returned],
                ['Already marked returned (unchanged)', summary.alreadyReturned],
                ['Claims that had moved on (unchanged, look at them)', summary.conflicts],
                ['Trace numbers that name no payment of ours', summary.unknown.length],
              ] as const
            ).map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="text-right">{fmt(n)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Return reason codes</th>
              <td>
                {Object.entries(summary.codes)
                  .map(([code, n]) => `${code}: ${fmt(n)}`)
                  .join(', ')}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {summary && summary.unknown.length > 0 && (
        <>
          <h2>Unknown trace numbers</h2>
          <ul className="usa-list" data-testid="unknown-traces">
            {summary.unknown.map((t) => (
              <li key={t}>
                <code>{t}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <form action={action} className="usa-form usa-form--large">
        <div className={`usa-form-group${problem ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${problem ? ' usa-label--error' : ''}`} htmlFor="field-file">
            Returns file
          </label>
          <div className="usa-hint" id="field-file-hint">
            The NACHA file as the bank sent it (94-character records), at most 900 KB.
          </div>
          {problem && (
            <span className="usa-error-message" id="field-file-error">
              {problem}
            </span>
          )}
          <input
            className={`usa-file-input__input display-block margin-top-1${problem ? ' usa-input--error' : ''}`}
            id="field-file"
            name="file"
            type="file"
            accept=".txt,.ach,text/plain"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'field-file-hint field-file-error' : 'field-file-hint'}
          />
        </div>
        <button className="usa-button" type="submit" disabled={pending}>
          Upload and import
        </button>
      </form>
    </>
  );
}
