import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listUploads } from '@/lib/admin/imports';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { env } from '@/lib/env';
import { recordCsvColumns } from '@/lib/validation/record-row';
import { ColumnHeads } from '../_components/tables';
import { importUploadStatusLabels, labelOf } from '../_components/labels';
import { UploadForm } from './upload-form';
import { AdminPage } from '../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const metadata: Metadata = { title: 'Import records · Disclosure Check staff' };

export default async function ImportsPage({ searchParams }: { searchParams: Promise<{ refused?: string }> }) {
  const staff = await requireStaff('manageImports');
  const who = principalOf(staff);
  const refused = (await searchParams).refused === '1';
  const db = await getDb();
  const uploads = await listUploads({ db }, who);
  const name = await actorNamer(db, uploads.ok ? uploads.data.map((u) => u.actor) : []);
  return (
    <AdminPage staff={staff}>
      <div className="padding-top-4">
        <h1>Import records</h1>
        <p className="usa-intro">
          Upload a CSV of disclosed records. It is imported in the background, all or nothing: if the import stops part way, nothing from
          the file is kept.
        </p>
        {refused && (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                The upload was refused. With JavaScript on, this page says why; check the file against the format below.
              </p>
            </div>
          </div>
        )}
        <UploadForm maxMb={env().ADMIN_IMPORT_MAX_MB} />
        <h2>Format</h2>
        <p>
          Header, columns in any order: <code>{recordCsvColumns.join(',')}</code>. Re-importing a file changes nothing; a changed row
          updates its record.
        </p>
        <h2>Recent uploads</h2>
        {uploads.ok && uploads.data.length > 0 ? (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Recent uploads">
            <table className="usa-table">
              <caption className="usa-sr-only">Recent uploads, newest first</caption>
              <ColumnHeads names={['Upload', 'By', 'Status', 'Rows', 'Started']} />
              <tbody>
                {uploads.data.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <a href={`/admin/imports/${u.id}`}>Upload {u.id}</a>
                    </td>
                    <td>{name(u.actor)}</td>
                    <td>{labelOf(importUploadStatusLabels, u.status)}</td>
                    <td>{u.lines.toLocaleString('en-US')}</td>
                    <td>{u.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No uploads yet.</p>
        )}
      </div>
    </AdminPage>
  );
}
