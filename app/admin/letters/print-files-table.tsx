'use client';
// A table of print files with what this staff member may do with each: download the PDF and the CSV
// manifest (once the batch is approved), mark it printed, then mailed. One message area above the table
// says what the last button did; the action revalidates the page, so the state and the buttons follow.
import { useActionState } from 'react';
import type { ActionResult } from '../_lib/action-result';
import { markPrintFileMailed, markPrintFilePrinted } from './actions';

/** One file as the server page prepared it: dates and names already written out. */
export type PrintFileRow = {
  id: number;
  batchId: number;
  batchName: string;
  fileNumber: number;
  letters: number;
  pages: number;
  sheets: number;
  pdfSha256: string;
  manifestSha256: string;
  status: 'ready' | 'printed' | 'mailed';
  built: string;
  printed: string | null;
  mailed: string | null;
  batchApproved: boolean;
};

type MarkResult = ActionResult<{ message: string }> | null;

async function dispatch(prev: MarkResult, form: FormData): Promise<MarkResult> {
  const to = form.get('to');
  if (to === 'printed') return markPrintFilePrinted(prev, form);
  if (to === 'mailed') return markPrintFileMailed(prev, form);
  return { ok: false, error: { code: 'invalid', message: 'That action is not available. Reload the page and try again.' } };
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function PrintFilesTable({
  caption,
  files,
  showBatch,
  canDownload,
  canMark,
}: {
  caption: string;
  files: PrintFileRow[];
  showBatch: boolean;
  canDownload: boolean;
  canMark: boolean;
}) {
  const [result, action, pending] = useActionState(dispatch, null);
  const message = result ? (result.ok ? result.data.message : result.error.message) : undefined;
  const heads = [
    ...(showBatch ? ['Batch'] : []),
    'File',
    'Letters',
    'Pages',
    'Sheets',
    'SHA-256',
    'State',
    ...(canDownload ? ['Download'] : []),
  ];
  if (canMark) heads.push('Mark');
  return (
    <>
      <div aria-live="polite">
        {message && (
          <div
            className={`usa-alert usa-alert--slim ${result?.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-y-2`}
            role={result?.ok ? 'status' : 'alert'}
          >
            <div className="usa-alert__body">
              <p className="usa-alert__text">{message}</p>
            </div>
          </div>
        )}
      </div>
      {files.length === 0 ? (
        <p>No print files yet.</p>
      ) : (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
          <table className="usa-table usa-table--compact dc-print-files">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {heads.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {files.map((f) => {
                const what = `batch ${f.batchId}, file ${f.fileNumber}`;
                return (
                  <tr key={f.id}>
                    {showBatch && (
                      <td>
                        <a href={`/admin/batches/${f.batchId}`}>
                          Batch {f.batchId}: {f.batchName}
                        </a>
                      </td>
                    )}
                    <th scope="row">File {f.fileNumber}</th>
                    <td className="text-right">{fmt(f.letters)}</td>
                    <td className="text-right">{fmt(f.pages)}</td>
                    <td className="text-right">{fmt(f.sheets)}</td>
                    <td>
                      <span className="dc-checksum">
                        PDF <code>{f.pdfSha256}</code>
                      </span>
                      <span className="dc-checksum">
                        Manifest <code>{f.manifestSha256}</code>
                      </span>
                    </td>
                    <td>
                      <ul className="usa-list usa-list--unstyled">
                        <li>Built {f.built}</li>
                        {f.printed && <li>Printed {f.printed}</li>}
                        {f.mailed && <li>Mailed {f.mailed}</li>}
                      </ul>
                    </td>
                    {canDownload && (
                      <td>
                        {f.batchApproved ? (
                          <ul className="usa-list usa-list--unstyled">
                            <li>
                              <a href={`/admin/letters/files/${f.id}/pdf`} download>
                                PDF<span className="usa-sr-only"> of {what}</span>
                              </a>
                            </li>
                            <li>
                              <a href={`/admin/letters/files/${f.id}/manifest`} download>
                                Manifest (CSV)<span className="usa-sr-only"> of {what}</span>
                              </a>
                            </li>
                          </ul>
                        ) : (
                          'After a second person approves the batch'
                        )}
                      </td>
                    )}
                    {canMark && (
                      <td>
                        {f.status === 'mailed' ? (
                          'Done'
                        ) : !f.batchApproved ? (
                          'After approval'
                        ) : (
                          <form action={action}>
                            <input type="hidden" name="fileId" value={f.id} />
                            <input type="hidden" name="to" value={f.status === 'ready' ? 'printed' : 'mailed'} />
                            <button type="submit" className="usa-button usa-button--outline margin-0" disabled={pending}>
                              {f.status === 'ready' ? 'Mark printed' : 'Mark mailed'}
                              <span className="usa-sr-only">: {what}</span>
                            </button>
                          </form>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
