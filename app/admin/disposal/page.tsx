import type { Metadata } from 'next';
import { adminContext } from '@/server/admin-context';
import { allows } from '@/lib/admin/permissions';
import { listDisposalCertifications } from '@/db/queries/disposal';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { formatDateTime } from '../_components/labels';
import { disposalAccess } from './access';
import { describeScope } from './scope';
import { certificationStatusLabel } from '@/lib/admin/disposal-labels';
import { ListTable } from '../_components/list-table';
import { AdminPage } from '../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Disposal certifications' };

export default async function DisposalPage() {
  const staff = await requireStaff(disposalAccess['/admin/disposal']);
  const principal = principalOf(staff);
  const { db } = await adminContext();
  const certifications = await listDisposalCertifications(db);
  const name = await actorNamer(
    db,
    certifications.map((c) => c.recordedBy),
  );
  return (
    <AdminPage staff={staff}>
      <h1>Disposal certifications</h1>
      <p className="usa-intro">
        When DHS certifies that it disposed of the data it received, record the certification here as a draft. It counts (the records it
        covers are marked and their result pages say so) only once another staff member approves it, and withdrawing an approved one takes
        two people too: one asks, with a reason, and another confirms.
      </p>
      {allows(principal, 'recordDisposal') && (
        <p>
          <a className="usa-button" href="/admin/disposal/new">
            Record a certification
          </a>
        </p>
      )}
      <ListTable
        label="Disposal certifications, newest first"
        columns={[
          { label: 'Certification' },
          { label: 'Certified on' },
          { label: 'Covers' },
          { label: 'Status' },
          { label: 'Records covered', numeric: true },
          { label: 'Confirmations' },
          { label: 'Recorded' },
        ]}
        empty={certifications.length === 0 ? 'No certifications recorded yet.' : null}
      >
        {certifications.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <a href={`/admin/disposal/${c.id}`}>
                {c.id}: {c.reference}
              </a>
            </th>
            <td>{c.certifiedOn}</td>
            <td>{describeScope(c)}</td>
            <td>{certificationStatusLabel(c)}</td>
            <td className="text-right font-mono-xs">{c.recordsMarked.toLocaleString('en-US')}</td>
            <td>{c.batchId ? <a href={`/admin/batches/${c.batchId}`}>Batch {c.batchId}</a> : '—'}</td>
            <td>
              {formatDateTime(c.createdAt)} by {name(c.recordedBy)}
            </td>
          </tr>
        ))}
      </ListTable>
    </AdminPage>
  );
}
