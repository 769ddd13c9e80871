import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { languageName } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { certificationCommandsFor, loadCertificationView } from '@/lib/admin/disposal';
import { positiveId } from '@/lib/admin/staff-result';
import { requireStaff } from '@/app/admin/_lib/guard';
import { findStaffById } from '@/db/queries/staff';
import type { Executor } from '@/db/index';
import { roleLabels, type StaffRole } from '@/lib/staff/roles';
import { disposalMethodLabels, certificationStatusLabel } from '@/lib/admin/disposal-labels';
import { principalOf } from '@/lib/staff/principal';
import { CertificationCommands } from './certification-commands';
import { batchStatusLabels, categoryLabel, formatDateTime } from '../../_components/labels';
import { TallyTable } from '../../_components/tally-table';
import { disposalAccess } from '../access';
import { describeScope } from '../scope';
import { AdminPage } from '../../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Disposal certification' };

/** The role of a staff actor ("staff:12") as staff read it, or null for another actor (a CLI's name). */
async function roleOfActor(db: Executor, actor: string | null): Promise<string | null> {
  const m = /^staff:(\d+)$/.exec(actor ?? '');
  const user = m ? await findStaffById(db, Number(m[1])) : null;
  return user ? (roleLabels[user.role as StaffRole] ?? user.role) : null;
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string }> };

export default async function CertificationPage({ params, searchParams }: Props) {
  const staff = await requireStaff(disposalAccess['/admin/disposal/[id]']);
  const id = positiveId((await params).id);
  const { db } = await adminContext();
  const view = id === null ? undefined : await loadCertificationView(db, id);
  if (!view) notFound();
  const { certification: c, confirmations } = view;
  const principal = principalOf(staff);
  const name = await actorNamer(db, [c.recordedBy, c.approvedBy, c.withdrawalRequestedBy, c.withdrawnBy]);
  const own = c.recordedBy === principal.staffId;
  const commands = certificationCommandsFor(principal, c);
  const pendingWithdrawal = c.status === 'approved' && c.withdrawalRequestedBy !== null;
  const requesterRole = pendingWithdrawal ? await roleOfActor(db, c.withdrawalRequestedBy) : null;
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/disposal">Back to disposal certifications</a>
      </p>
      <h1>
        Certification {c.id}: {c.reference}
      </h1>
      {(await searchParams).recorded && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Draft certification recorded, covering {c.recordsMarked.toLocaleString('en-US')} records. Nothing is marked and no public page
              changes until another staff member approves it.
            </p>
          </div>
        </div>
      )}
      <dl>
        <dt className="text-bold">Status</dt>
        <dd className="margin-left-0 margin-bottom-1" data-testid="certification-status">
          {certificationStatusLabel(c)}
        </dd>
        <dt className="text-bold">Certified on</dt>
        <dd className="margin-left-0 margin-bottom-1">{c.certifiedOn}</dd>
        <dt className="text-bold">Method (shown to the public, translated)</dt>
        <dd className="margin-left-0 margin-bottom-1">{disposalMethodLabels[c.method]}</dd>
        <dt className="text-bold">Note on the method (staff only)</dt>
        <dd className="margin-left-0 margin-bottom-1">{c.methodNote ?? '—'}</dd>
        <dt className="text-bold">Covers</dt>
        <dd className="margin-left-0 margin-bottom-1">{describeScope(c)}</dd>
        <dt className="text-bold">Recorded</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {formatDateTime(c.createdAt)} by {name(c.recordedBy)}
        </dd>
        <dt className="text-bold">Approved</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {c.approvedBy ? `${formatDateTime(c.approvedAt)} by ${name(c.approvedBy)}` : 'Not yet'}
        </dd>
        {c.withdrawnBy && c.withdrawalRequestedBy && (
          <>
            <dt className="text-bold">Withdrawal requested</dt>
            <dd className="margin-left-0 margin-bottom-1">
              {formatDateTime(c.withdrawalRequestedAt)} by {name(c.withdrawalRequestedBy)}
            </dd>
          </>
        )}
        {c.withdrawnBy && (
          <>
            <dt className="text-bold">{c.approvedBy ? 'Withdrawn' : 'Discarded'}</dt>
            <dd className="margin-left-0 margin-bottom-1">
              {formatDateTime(c.withdrawnAt)} by {name(c.withdrawnBy)}: {c.withdrawalReason}
            </dd>
          </>
        )}
        <dt className="text-bold">Confirmations</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {confirmations ? (
            <a href={`/admin/batches/${confirmations.batch.id}`}>
              Batch {confirmations.batch.id}: {batchStatusLabels[confirmations.batch.status]}
              {confirmations.batch.status === 'draft' && !confirmations.batch.approvedBy ? ', awaiting approval' : ''}
            </a>
          ) : c.status === 'draft' ? (
            'Prepared when the certification is approved'
          ) : (
            'None'
          )}
        </dd>
      </dl>
      {c.status === 'draft' && (
        <p data-testid="approval-effect">
          Approving it would mark {view.uncovered.toLocaleString('en-US')} records: their result page would then say that DHS certified
          disposal, and their confirmations would be prepared as a draft batch.
          {view.coveredElsewhere > 0
            ? ` ${view.coveredElsewhere.toLocaleString('en-US')} more are already covered by an approved certification.`
            : ''}
        </p>
      )}
      {c.status === 'draft' && own && <p className="usa-hint">You recorded this certification, so another staff member must approve it.</p>}
      {pendingWithdrawal && (
        <div className="usa-alert usa-alert--warning" data-testid="withdrawal-request">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">Withdrawal requested, not yet confirmed</h2>
            <p className="usa-alert__text">
              {name(c.withdrawalRequestedBy)}
              {requesterRole ? `, ${requesterRole},` : ''} asked on {formatDateTime(c.withdrawalRequestedAt)} to withdraw this
              certification.
            </p>
            <p className="usa-alert__text">Reason given (staff only): {c.withdrawalReason}</p>
            <p className="usa-alert__text">
              The certification still stands: its records stay marked and their result pages unchanged until a second staff member, not the
              one who asked, confirms the withdrawal.
            </p>
          </div>
        </div>
      )}
      <CertificationCommands certificationId={c.id} approved={c.status === 'approved'} {...commands} />

      <h2>Records it covers</h2>
      <p>
        {c.recordsMarked.toLocaleString('en-US')} records, of which {view.withEmail.toLocaleString('en-US')} have an email address (they
        receive the confirmation by email and by letter; the others by letter). {view.markedByThis.toLocaleString('en-US')} rest on this
        certification now
        {view.coveredElsewhere > 0 ? `; ${view.coveredElsewhere.toLocaleString('en-US')} on an earlier approved one` : ''}.
      </p>
      <div className="grid-row grid-gap-4">
        <div className="tablet:grid-col-4">
          <TallyTable
            caption="By category"
            headers={['Category', 'Records']}
            rows={view.byCategory.map((t) => ({ label: categoryLabel(t.key), values: [t.count] }))}
          />
        </div>
        <div className="tablet:grid-col-4">
          <TallyTable
            caption="By language"
            headers={['Language', 'Records']}
            rows={view.byLanguage.map((t) => ({ label: languageName(t.key), values: [t.count] }))}
          />
        </div>
        <div className="tablet:grid-col-4">
          <TallyTable
            caption="By state"
            headers={['State', 'Records']}
            rows={view.byState.map((t) => ({ label: t.key, values: [t.count] }))}
          />
        </div>
      </div>
    </AdminPage>
  );
}
