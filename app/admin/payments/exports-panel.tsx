'use client';
// The payments page's forms: prepare an ACH or a check export, and the list of exports with what this staff
// member may do with each (release one someone else prepared, cancel one not yet released, download one that
// is released). One message area above says what the last button did; the actions revalidate the page. Plain
// forms, so they work without JavaScript too.
import { useActionState } from 'react';
import type { ActionResult } from '../_lib/action-result';
import { cancelExportAction, prepareExportAction, releaseExportAction } from './actions';

/** One export as the server page prepared it: names and dates already written out, and why a button is absent. */
export type ExportRow = {
  id: number;
  kind: 'ach' | 'check';
  state: 'prepared' | 'released' | 'cancelled';
  claims: number;
  total: string;
  returned: number;
  sha256: string;
  prepared: string;
  released: string | null;
  /** null when this staff member may release it; otherwise the sentence shown instead of the button. */
  releaseBlocked: string | null;
};

type Result = ActionResult<{ message: string }> | null;

async function dispatch(prev: Result, form: FormData): Promise<Result> {
  const op = form.get('op');
  if (op === 'prepare') return prepareExportAction(prev, form);
  if (op === 'release') return releaseExportAction(prev, form);
  if (op === 'cancel') return cancelExportAction(prev, form);
  return { ok: false, error: { code: 'invalid', message: 'That action is not available. Reload the page and try again.' } };
}

const kindLabel = { ach: 'Direct deposit (ACH)', check: 'Checks (CSV)' } as const;
const stateLabel = { prepared: 'Prepared, waiting for release', released: 'Released', cancelled: 'Cancelled' } as const;

export function ExportsPanel({
  rows,
  canPrepare,
  canDownload,
  achAvailable,
}: {
  rows: ExportRow[];
  canPrepare: boolean;
  canDownload: boolean;
  achAvailable: boolean;
}) {
  const [result, action, pending] = useActionState(dispatch, null);
  const message = result ? (result.ok ? result.data.message : result.error.message) : undefined;
  return (
    <>
      <div aria-live="polite">
        {message && (
          <div
            className={`usa-alert usa-alert--slim ${result?.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-y-2`}
            role={result?.ok ? 'status' : 'alert'}
          >
            <div className="usa-alert__body">
              <p className="usa-alert__text" data-testid="payments-message">
                {message}
              </p>
            </div>
          </div>
        )}
      </div>
      {canPrepare && (
        <section aria-labelledby="prepare-heading">
          <h2 id="prepare-heading">Prepare an export</h2>
          <p>
            An export takes every approved claim of its kind that is not held and not yet in a file. It is sealed at once with its SHA-256;
            a second payments officer releases it, and only then can it be downloaded.
          </p>
          <div className="dc-button-row">
            <form action={action}>
              <input type="hidden" name="op" value="prepare" />
              <input type="hidden" name="kind" value="ach" />
              <button type="submit" className="usa-button" disabled={pending || !achAvailable}>
                Prepare an ACH export
              </button>
            </form>
            <form action={action}>
              <input type="hidden" name="op" value="prepare" />
              <input type="hidden" name="kind" value="check" />
              <button type="submit" className="usa-button usa-button--outline" disabled={pending}>
                Prepare a check export
              </button>
            </form>
          </div>
        </section>
      )}
      <h2 id="exports-heading">Exports</h2>
      {rows.length === 0 ? (
        <p>No exports yet.</p>
      ) : (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="exports-heading">
          <table className="usa-table usa-table--compact dc-payment-exports" data-testid="exports-table">
            <caption>Payment exports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Export</th>
                <th scope="col">State</th>
                <th scope="col">Claims</th>
                <th scope="col">Total</th>
                <th scope="col">Returned</th>
                <th scope="col">SHA-256</th>
                <th scope="col">Who</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`export-${r.id}`}>
                  <th scope="row">
                    {r.id}: {kindLabel[r.kind]}
                  </th>
                  <td>{stateLabel[r.state]}</td>
                  <td className="text-right">{r.claims.toLocaleString('en-US')}</td>
                  <td className="text-right">{r.total}</td>
                  <td className="text-right">{r.returned.toLocaleString('en-US')}</td>
                  <td>
                    <span className="dc-checksum">
                      <code data-testid="export-sha256">{r.sha256}</code>
                    </span>
                  </td>
                  <td>
                    <ul className="usa-list usa-list--unstyled">
                      <li>Prepared {r.prepared}</li>
                      {r.released && <li>Released {r.released}</li>}
                    </ul>
                  </td>
                  <td>
                    {r.state === 'prepared' && (
                      <>
                        {r.releaseBlocked === null ? (
                          <form action={action}>
                            <input type="hidden" name="op" value="release" />
                            <input type="hidden" name="exportId" value={r.id} />
                            <button type="submit" className="usa-button margin-0" disabled={pending}>
                              Release<span className="usa-sr-only"> export {r.id}</span>
                            </button>
                          </form>
                        ) : (
                          <p className="margin-0" data-testid="release-blocked">
                            {r.releaseBlocked}
                          </p>
                        )}
                        {canPrepare && (
                          <form action={action} className="margin-top-1">
                            <input type="hidden" name="op" value="cancel" />
                            <input type="hidden" name="exportId" value={r.id} />
                            <button type="submit" className="usa-button usa-button--unstyled" disabled={pending}>
                              Cancel<span className="usa-sr-only"> export {r.id}</span>
                            </button>
                          </form>
                        )}
                      </>
                    )}
                    {r.state === 'released' &&
                      (canDownload ? (
                        <a href={`/admin/payments/exports/${r.id}/file`} download>
                          Download<span className="usa-sr-only"> export {r.id}</span>
                        </a>
                      ) : (
                        'Downloaded by payments officers'
                      ))}
                    {r.state === 'cancelled' && '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
