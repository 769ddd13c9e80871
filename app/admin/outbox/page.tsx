import type { Metadata } from 'next';
import { adminContext } from '@/server/admin-context';
import { listOutboxAsStaff } from '@/lib/admin/outbox';
import { languageName } from '@/lib/admin/batch-views';
import { allows } from '@/lib/admin/permissions';
import { positiveId } from '@/lib/admin/staff-result';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { formatDateTime, noticeTypeLabels } from '../_components/labels';
import { outboxAccess } from './access';
import { ListTable } from '../_components/list-table';
import { AdminPage } from '../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<{ before?: string; channel?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const staff = await requireStaff(outboxAccess['/admin/outbox']);
  const principal = principalOf(staff);
  const query = await searchParams;
  const channel = query.channel === 'email' || query.channel === 'letter' ? query.channel : undefined;
  const ctx = await adminContext();
  const listed = await listOutboxAsStaff(ctx, principal, { beforeId: positiveId(query.before ?? null) ?? undefined, channel });
  if (!listed.ok) throw new Error(listed.error);
  const canOpen = allows(principal, 'readOutboxMessage');
  const filterHref = (c?: string) => (c ? `/admin/outbox?channel=${c}` : '/admin/outbox');
  return (
    <AdminPage staff={staff}>
      <h1>Outbox</h1>
      <div className="usa-alert usa-alert--info usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {ctx.emailProvider === 'outbox'
              ? 'No Resend key is set (RESEND_API_KEY): email is not sent but kept here, sealed, along with every letter.'
              : 'Email goes to Resend; only letters (the hand-off to the print-and-mail house) are kept here.'}{' '}
            Each message is sealed; opening one is recorded in the audit log.
          </p>
        </div>
      </div>
      <nav aria-label="Filter by channel" className="margin-y-2">
        <ul className="usa-button-group">
          {(
            [
              [undefined, 'All'],
              ['email', 'Email'],
              ['letter', 'Letters'],
            ] as const
          ).map(([c, label]) => (
            <li className="usa-button-group__item" key={label}>
              <a
                className={`usa-button${c === channel ? '' : ' usa-button--outline'}`}
                href={filterHref(c)}
                aria-current={c === channel ? 'page' : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ListTable
        label="Outbox messages, newest first"
        columns={['Message', 'Time', 'Channel', 'Notice', 'Language', 'Batch'].map((label) => ({ label }))}
        empty={listed.data.entries.length === 0 ? `Nothing in the outbox${channel ? ' for this channel' : ''}.` : null}
      >
        {listed.data.entries.map((m) => (
          <tr key={m.id}>
            <th scope="row">{canOpen ? <a href={`/admin/outbox/${m.id}`}>Open message {m.id}</a> : `Message ${m.id}`}</th>
            <td>{formatDateTime(m.createdAt)}</td>
            <td>{m.channel === 'email' ? 'Email' : 'Letter'}</td>
            <td>{noticeTypeLabels[m.type] ?? m.type}</td>
            <td>{languageName(m.language)}</td>
            <td>{m.batchId ? <a href={`/admin/batches/${m.batchId}`}>Batch {m.batchId}</a> : '—'}</td>
          </tr>
        ))}
      </ListTable>
      {listed.data.nextBeforeId !== null && (
        <p>
          <a href={`/admin/outbox?before=${listed.data.nextBeforeId}${channel ? `&channel=${channel}` : ''}`}>Older messages</a>
        </p>
      )}
    </AdminPage>
  );
}
