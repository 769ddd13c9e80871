import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { languageName, loadBatchDetail, watchBatch } from '@/lib/admin/batch-views';
import { availableBatchCommands, batchCommandLabels } from '@/lib/admin/batches';
import { adminContext } from '@/server/admin-context';
import { env } from '@/lib/env';
import { funnelStageLabels, funnelStages } from '@/lib/admin/funnel';
import { positiveId } from '@/lib/admin/staff-result';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { AutoRefresh } from '../../_components/auto-refresh';
import { batchStatusLabels, formatDateTime, noticeStatusLabels, noticeTypeLabels } from '../../_components/labels';
import { ProgressBar } from '../../_components/progress-bar';
import { TallyTable } from '../../_components/tally-table';
import { batchesAccess } from '../access';
import { describeSelection } from '../selection';
import { BatchCommands } from './batch-commands';
import { AdminPage } from '../../_components/admin-page';
import { AttentionAlert } from '../../_components/attention-alert';
import { actorNamer } from '@/lib/admin/staff-names';
import { BatchLetters, loadBatchLetters } from '../../letters/batch-letters';
import { printJobStatus } from '@/workers/enqueue';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notice batch' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function BatchPage({ params, searchParams }: Props) {
  const staff = await requireStaff(batchesAccess['/admin/batches/[id]']);
  const principal = principalOf(staff);
  const id = positiveId((await params).id);
  const { db } = await adminContext();
  const detail = id === null ? undefined : await loadBatchDetail(db, id);
  if (!detail) notFound();
  const { batch, funnel } = detail;
  const name = await actorNamer(db, [batch.createdBy, batch.approvedBy]);
  const commands = availableBatchCommands(batch, principal).map((command) => ({ command, label: batchCommandLabels[command] }));
  // Letters: a batch whose selection has the letter channel (no channel list means both).
  const hasLetters = !batch.selection.channels?.length || batch.selection.channels.includes('letter');
  const letters = hasLetters ? await loadBatchLetters(db, batch.id) : null;
  const watching = watchBatch(detail, Boolean(env().RESEND_API_KEY));
  const printing = Boolean(batch.startedAt && letters?.building && batch.status !== 'cancelled');
  // A print job that failed (Chromium or a font missing, the database gone) is queued again by the
  // reconciler; until then the page says why nothing is printing instead of only refreshing.
  const printJob = printing ? await printJobStatus(batch.id) : null;
  const awaitingOther = batch.status === 'draft' && !batch.approvedBy && batch.createdBy === principal.staffId;
  return (
    <AdminPage staff={staff}>
      <AutoRefresh active={watching || printing} />
      {printJob?.state === 'failed' && (
        <div className="usa-alert usa-alert--error" role="alert" data-testid="print-job-failed">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Printing the letters failed</h2>
            <p className="usa-alert__text">
              {printJob.reason ?? 'The print job failed without a reason.'} The portal tries again by itself about every{' '}
              {env().RECONCILE_EVERY_SECONDS} seconds; fix the cause (the worker&apos;s log has the details), and this message goes away
              when printing starts again.
            </p>
          </div>
        </div>
      )}
      <p>
        <a href="/admin/batches">Back to notice batches</a>
      </p>
      <h1>
        Batch {batch.id}: {batch.name}
      </h1>
      {(await searchParams).created && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Draft batch created. Preview it, then ask another staff member to approve it.</p>
          </div>
        </div>
      )}
      <dl className="usa-list usa-list--unstyled">
        <dt className="text-bold">Notice</dt>
        <dd className="margin-left-0 margin-bottom-1">{noticeTypeLabels[batch.type] ?? batch.type}</dd>
        <dt className="text-bold">Status</dt>
        <dd className="margin-left-0 margin-bottom-1">{batchStatusLabels[batch.status]}</dd>
        <dt className="text-bold">Selection</dt>
        <dd className="margin-left-0 margin-bottom-1">
          <ul className="usa-list margin-0">
            {describeSelection(batch.selection).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
        <dt className="text-bold">Records when created</dt>
        <dd className="margin-left-0 margin-bottom-1">{batch.totalAtCreation.toLocaleString('en-US')}</dd>
        <dt className="text-bold">Created</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {formatDateTime(batch.createdAt)} by {name(batch.createdBy)}
        </dd>
        <dt className="text-bold">Approved</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {batch.approvedBy ? `${formatDateTime(batch.approvedAt)} by ${name(batch.approvedBy)}` : 'Not yet'}
        </dd>
        <dt className="text-bold">Started and finished</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {!batch.startedAt
            ? 'Not started yet'
            : `${formatDateTime(batch.startedAt)} – ${batch.finishedAt ? formatDateTime(batch.finishedAt) : 'still going'}`}
        </dd>
      </dl>
      {awaitingOther && <p className="usa-hint">You created this batch, so another staff member must approve it before it can start.</p>}
      <BatchCommands batchId={batch.id} commands={commands} />
      <AttentionAlert notices={funnel.needsAttention} groups={detail.attention} />

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        {watching && (
          <p className="usa-hint">
            {batch.status === 'running' ? 'Sending' : 'Waiting for delivery reports'}: this page updates every few seconds.
          </p>
        )}
        <ProgressBar id="batch-progress" label="Finished" fraction={detail.fraction} done={detail.done} total={detail.total} />
        <TallyTable
          caption="Notice funnel (each stage includes the ones after it)"
          headers={['Stage', 'Notices']}
          rows={funnelStages.map((s) => ({ label: funnelStageLabels[s], values: [funnel[s]] }))}
        />
        <TallyTable
          caption="Notices by status"
          headers={['Status', 'Notices']}
          rows={Object.entries(detail.byStatus).map(([status, n]) => ({ label: noticeStatusLabels[status] ?? status, values: [n] }))}
        />
      </section>

      {letters && (
        <BatchLetters db={db} batchId={batch.id} progress={letters.progress} principal={principal} started={Boolean(batch.startedAt)} />
      )}

      <section aria-labelledby="languages-heading">
        <h2 id="languages-heading">Languages</h2>
        <p>
          <a href={`/admin/batches/${batch.id}/preview`}>Preview the notice in every language this batch uses</a>
        </p>
        <TallyTable
          caption="Records in this batch's selection by language"
          headers={['Language', 'Records']}
          rows={detail.languages.map((l) => ({ label: languageName(l.key), values: [l.count] }))}
        />
      </section>
    </AdminPage>
  );
}
