import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findOrganization, listOrganizationDecisions } from '@/db/queries/orgs';
import { withServiceScope } from '@/db/org-scope';
import { allows } from '@/lib/admin/permissions';
import { languageName } from '@/lib/admin/batch-views';
import { positiveId } from '@/lib/admin/staff-result';
import { actorNamer } from '@/lib/admin/staff-names';
import { principalOf } from '@/lib/staff/principal';
import { formatEin } from '@/lib/validation/orgs';
import { adminContext } from '@/server/admin-context';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../../_components/admin-page';
import { formatDateTime, labelOf } from '../../_components/labels';
import { ColumnHeads, KeyValueTable } from '../../_components/tables';
import { organizationsAccess } from '../access';
import { decisionStateLabels, organizationKindLabels, organizationStatusLabels } from '../labels';
import { DecisionCommands } from './decision-commands';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organization application' };

// One application: the organization's facts as it gave them, its decision history, and what this
// administrator may do now (propose; or confirm, reject or withdraw a pending proposal).
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff(organizationsAccess['/admin/organizations/[id]']);
  const principal = principalOf(staff);
  const id = positiveId((await params).id);
  if (id === null) notFound();
  const { db } = await adminContext();
  const found = await withServiceScope(db, async (tx) => {
    const org = await findOrganization(tx, id);
    return org ? { org, decisions: await listOrganizationDecisions(tx, id) } : null;
  });
  if (!found) notFound();
  const { org, decisions } = found;
  const name = await actorNamer(
    db,
    decisions.flatMap((d) => [d.proposedBy, d.confirmedBy, d.withdrawnBy]),
  );
  const pending = decisions.find((d) => d.state === 'pending') ?? null;
  const open = org.status === 'applied';
  const address = [org.addressLine1, org.addressLine2, `${org.city}, ${org.state} ${org.zip}`].filter(Boolean).join(', ');
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/organizations">All applications</a>
      </p>
      <h1>
        Application {org.id}: {org.name}
      </h1>
      <p className="usa-intro" data-testid="organization-status">
        {labelOf(organizationStatusLabels, org.status)}
        {org.decidedAt ? `, ${formatDateTime(org.decidedAt)}` : ''}
      </p>
      <KeyValueTable
        caption="The application"
        rows={[
          ['EIN', formatEin(org.ein)],
          ['Kind', labelOf(organizationKindLabels, org.kind)],
          ['Address', address],
          ['Contact', org.contactName],
          ['Contact email', org.contactEmail],
          ['Contact phone', org.contactPhone ?? '—'],
          ['Language', languageName(org.language)],
          ['Applied', formatDateTime(org.appliedAt)],
        ]}
      />
      <DecisionCommands
        orgId={org.id}
        pending={
          pending
            ? {
                id: pending.id,
                outcome: pending.outcome as 'approve' | 'reject',
                reason: pending.reason,
                proposer: name(pending.proposedBy),
                own: pending.proposedBy === principal.staffId,
              }
            : null
        }
        canPropose={open && !pending && allows(principal, 'decideOrganizations')}
        canConfirm={open && allows(principal, 'confirmOrganizationDecisions')}
        canWithdraw={open && allows(principal, 'decideOrganizations')}
      />
      <h2>Decision history</h2>
      {decisions.length === 0 ? (
        <p>No proposal yet.</p>
      ) : (
        <table className="usa-table usa-table--borderless">
          <caption className="usa-sr-only">Proposals on this application, oldest first</caption>
          <ColumnHeads names={['Proposal', 'Reason', 'Proposed', 'State', 'Confirmed or withdrawn']} />
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.id}: {d.outcome === 'approve' ? 'Approve' : 'Reject'}
                </th>
                <td>{d.reason ?? '—'}</td>
                <td>
                  {formatDateTime(d.proposedAt)} by {name(d.proposedBy)}
                </td>
                <td>{labelOf(decisionStateLabels, d.state)}</td>
                <td>
                  {d.confirmedBy
                    ? `${formatDateTime(d.confirmedAt)} by ${name(d.confirmedBy)}`
                    : d.withdrawnBy
                      ? `${formatDateTime(d.withdrawnAt)} by ${name(d.withdrawnBy)}`
                      : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  );
}
