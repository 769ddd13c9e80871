import type { Metadata } from 'next';
import { listBatchRows, watchBatch } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { env } from '@/lib/env';
import { allows } from '@/lib/admin/permissions';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { AutoRefresh } from '../_components/auto-refresh';
import { batchStatusLabels, noticeTypeLabels } from '../_components/labels';
import { batchesAccess } from './access';
import { ListTable } from '../_components/list-table';
import { AdminPage } from '../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notice batches' };

export default async function BatchesPage() {
  const staff = await requireStaff(batchesAccess['/admin/batches']);
  const principal = principalOf(staff);
  const { db } = await adminContext();
  const rows = await listBatchRows(db);
  const name = await actorNamer(
    db,
    rows.map((r) => r.batch.approvedBy),
  );
  const running = rows.some((r) => r.batch.status === 'running');
  const watching = rows.some((r) => watchBatch(r, Boolean(env().RESEND_API_KEY)));
  return (
    <AdminPage staff={staff}>
      <AutoRefresh active={watching} />
      <h1>Notice batches</h1>
      <p className="usa-intro">
        A batch sends one kind of notice to a selection of records. Another staff member approves it before it can start.
      </p>
      {allows(principal, 'manageBatches') && (
        <p>
          <a className="usa-button" href="/admin/batches/new">
            Create a batch
          </a>
        </p>
      )}
      {watching && (
        <p className="usa-hint">{running ? 'A batch is sending' : 'Waiting for delivery reports'}: this page updates every few seconds.</p>
      )}
      <ListTable
        label="Notice batches, newest first"
        columns={[
          { label: 'Batch' },
          { label: 'Type' },
          { label: 'Status' },
          { label: 'Approval' },
          ...['Progress', 'Queued', 'Sent', 'Delivered', 'Bounced', 'Failed'].map((label) => ({ label, numeric: true })),
        ]}
        empty={rows.length === 0 ? 'No batches yet.' : null}
      >
        {rows.map(({ batch, fraction, funnel }) => (
          <tr key={batch.id}>
            <th scope="row">
              <a href={`/admin/batches/${batch.id}`}>
                {batch.id}: {batch.name}
              </a>
            </th>
            <td>{noticeTypeLabels[batch.type] ?? batch.type}</td>
            <td>{batchStatusLabels[batch.status]}</td>
            <td>{batch.approvedBy ? `Approved by ${name(batch.approvedBy)}` : batch.status === 'draft' ? 'Awaiting approval' : '—'}</td>
            <td className="text-right">{(Math.round(fraction * 1000) / 10).toFixed(1)}%</td>
            {([funnel.queued, funnel.sent, funnel.delivered, funnel.bounced, funnel.failed] as const).map((n, i) => (
              <td key={i} className="text-right font-mono-xs">
                {n.toLocaleString('en-US')}
              </td>
            ))}
          </tr>
        ))}
      </ListTable>
    </AdminPage>
  );
}
