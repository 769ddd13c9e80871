import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { findReturnedMailImport } from '@/db/queries/letters';
import { positiveId } from '@/lib/admin/staff-result';
import { describeReturnedImport, returnedUploadRefusals, type ReturnedUploadRefusal } from '@/lib/letters/returned-mail-upload';
import { principalOf } from '@/lib/staff/principal';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../../_components/admin-page';
import { ErrorSummary } from '../../_components/error-summary';
import { formatDateTime } from '../../_components/labels';
import { lettersAccess } from '../access';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import returned mail · Disclosure Check staff' };

type Props = { searchParams: Promise<{ import?: string; refused?: string }> };

const fmt = (n: number) => n.toLocaleString('en-US');

export default async function ReturnedMailPage({ searchParams }: Props) {
  const staff = await requireStaff(lettersAccess['/admin/letters/returned']);
  const principal = principalOf(staff);
  const query = await searchParams;
  const db = await getDb();
  // The upload handler sends the form back here with the import's audit entry; only one's own is shown.
  const importId = positiveId(query.import ?? null);
  const entry = importId === null ? undefined : await findReturnedMailImport(db, importId, principal.staffId);
  const refusal =
    query.refused && Object.hasOwn(returnedUploadRefusals, query.refused)
      ? returnedUploadRefusals[query.refused as ReturnedUploadRefusal]
      : null;
  const described = entry ? describeReturnedImport(entry.detail) : null;
  const problem = refusal ?? described?.problem ?? null;
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/letters">Back to letters</a>
      </p>
      <h1>Import returned mail</h1>
      {problem && <ErrorSummary heading="There is a problem with the file" fields={{ file: problem }} />}
      {entry && described && !described.problem && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Returned-mail file imported</h2>
            <p className="usa-alert__text">{described.summary}</p>
          </div>
        </div>
      )}
      {entry && (
        <table className="usa-table usa-table--borderless">
          <caption>Import of {formatDateTime(new Date(entry.at))}</caption>
          <tbody>
            {(
              [
                ['Lines read', entry.detail.lines],
                ['Newly marked returned', entry.detail.returned],
                ['Already marked returned (unchanged)', entry.detail.alreadyReturned],
                ['Piece ids that name no printed letter', entry.detail.unknown],
                ['Lines that are not a piece id', entry.detail.malformed],
              ] as const
            ).map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="text-right">{fmt(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Upload the list of returned pieces the mail house sends back. Each letter named becomes returned, its record is flagged as having an
        undeliverable address (the dashboard counts them), and where the record has an email on file the notice can be sent by email
        instead. Importing the same list again changes nothing.
      </p>
      <form action="/admin/letters/returned/upload" method="post" encType="multipart/form-data" className="usa-form usa-form--large">
        <div className={`usa-form-group${problem ? ' usa-form-group--error' : ''}`}>
          <label className={`usa-label${problem ? ' usa-label--error' : ''}`} htmlFor="field-file">
            Returned-mail file
          </label>
          <div className="usa-hint" id="field-file-hint">
            A .txt or .csv file: one piece id a line (such as B12-00000345, printed at the top right of each letter), or a CSV with a
            piece_id column. Any size.
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
            accept=".csv,.txt,text/csv,text/plain"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'field-file-hint field-file-error' : 'field-file-hint'}
          />
        </div>
        <button className="usa-button" type="submit">
          Upload and import
        </button>
      </form>
    </AdminPage>
  );
}
