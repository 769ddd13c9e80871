import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { languageName } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { readOutboxMessageAsStaff } from '@/lib/admin/outbox';
import { positiveId } from '@/lib/admin/staff-result';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { formatDateTime, noticeTypeLabels } from '../../_components/labels';
import { outboxAccess } from '../access';
import { AdminPage } from '../../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox message' };

type Props = { params: Promise<{ id: string }> };

// Opening the seal is a read of personal data: readOutboxMessageAsStaff writes the audit entry first.
export default async function OutboxMessagePage({ params }: Props) {
  const staff = await requireStaff(outboxAccess['/admin/outbox/[id]']);
  const principal = principalOf(staff);
  const read = await readOutboxMessageAsStaff(await adminContext(), principal, positiveId((await params).id));
  if (!read.ok) notFound();
  const { entry, message } = read.data;
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/outbox">Back to the outbox</a>
      </p>
      <h1>Outbox message {entry.id}</h1>
      {message === null ? (
        <p data-testid="content-deleted">
          The message itself, with its address, was deleted on {formatDateTime(entry.contentDeletedAt)}, after the retention period
          (NOTICE_RETENTION_DAYS). The notice&apos;s status and times are kept.
        </p>
      ) : (
        <p className="usa-hint">Contains personal data (synthetic in a demonstration). Your viewing it was recorded in the audit log.</p>
      )}
      <dl>
        <dt className="text-bold">Notice</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {noticeTypeLabels[entry.type] ?? entry.type}, {languageName(entry.language)}, by {entry.channel === 'email' ? 'email' : 'letter'}
        </dd>
        <dt className="text-bold">&quot;Sent&quot;</dt>
        <dd className="margin-left-0 margin-bottom-1">{formatDateTime(entry.createdAt)}</dd>
        {message && (
          <>
            <dt className="text-bold">{entry.channel === 'email' ? 'To' : 'Address'}</dt>
            <dd className="margin-left-0 margin-bottom-1">
              <pre className="dc-pre-wrap margin-0">{message.to}</pre>
            </dd>
            <dt className="text-bold">Subject</dt>
            <dd className="margin-left-0 margin-bottom-1">{message.subject}</dd>
          </>
        )}
      </dl>
      {message && (
        <>
          <iframe className="dc-preview-frame" title={`Message ${entry.id} as rendered`} sandbox="" srcDoc={message.html} />
          <details className="margin-top-2">
            <summary>Plain-text version</summary>
            <pre className="dc-pre-wrap">{message.text}</pre>
          </details>
        </>
      )}
    </AdminPage>
  );
}
