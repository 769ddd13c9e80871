import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getUploadStatus } from '@/lib/admin/imports';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { KeyValueTable } from '../../_components/tables';
import { ProgressBar } from './progress-bar';
import { AdminPage } from '../../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const metadata: Metadata = { title: 'Import · Disclosure Check staff' };

export default async function UploadPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff('manageImports');
  const who = principalOf(staff);
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const result = await getUploadStatus({ db }, who, id);
  if (!result.ok) notFound();
  const u = result.data;
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <AdminPage staff={staff}>
      <div className="padding-top-4">
        <p>
          <a href="/admin/imports">All imports</a>
        </p>
        <h1>Upload {u.id}</h1>
        <p>
          {n(u.bytes)} bytes, about {n(u.lines)} rows, uploaded by {(await actorNamer(db, [u.actor]))(u.actor)}.
        </p>
        {(u.status === 'queued' || u.status === 'importing') && (
          <ProgressBar id={u.id} initial={{ status: u.status, percent: u.percent, rowsRead: u.rowsRead, lines: u.lines }} />
        )}
        {u.status === 'failed' && (
          <div className="usa-alert usa-alert--error" role="alert">
            <div className="usa-alert__body">
              <h2 className="usa-alert__heading">The import did not complete</h2>
              <p className="usa-alert__text">{u.error}</p>
            </div>
          </div>
        )}
        {u.status === 'completed' && (
          <>
            <div className="usa-alert usa-alert--success" role="status">
              <div className="usa-alert__body">
                <h2 className="usa-alert__heading">Imported</h2>
                <p className="usa-alert__text">
                  {n(u.rowsRead)} rows read in import run {u.importId}. The uploaded file has been deleted.
                </p>
              </div>
            </div>
            <KeyValueTable
              caption="Report"
              hideCaption={false}
              rows={[
                ['Accepted as new records', n(u.inserted)],
                ['Updated records', n(u.updated)],
                ['Unchanged', n(u.unchanged)],
                ['Rejected lines', n(u.rejected)],
              ]}
            />
            {u.rejected > 0 && (
              <p>
                <a className="usa-button usa-button--outline" href={`/admin/imports/${u.id}/rejects`} download>
                  Download the rejected lines (line number and reason, CSV)
                </a>
              </p>
            )}
          </>
        )}
      </div>
    </AdminPage>
  );
}
