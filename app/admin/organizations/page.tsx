import type { Metadata } from 'next';
import { countOrganizationsByStatus, listOrganizations, organizationStatuses, type OrganizationStatus } from '@/db/queries/orgs';
import { withServiceScope } from '@/db/org-scope';
import { formatEin } from '@/lib/validation/orgs';
import { adminContext } from '@/server/admin-context';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../_components/admin-page';
import { formatDateTime, labelOf } from '../_components/labels';
import { ListTable } from '../_components/list-table';
import { organizationsAccess } from './access';
import { organizationKindLabels, organizationStatusLabels } from './labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Advocacy organizations' };

type Search = Record<string, string | string[] | undefined>;

// The applications of advocacy organizations, newest first, filtered by status, with a count per status.
export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaff(organizationsAccess['/admin/organizations']);
  const q = await searchParams;
  const status = organizationStatuses.find((s) => s === q.status) as OrganizationStatus | undefined;
  const { db } = await adminContext();
  const { rows, counts } = await withServiceScope(db, async (tx) => ({
    rows: await listOrganizations(tx, { status }),
    counts: await countOrganizationsByStatus(tx),
  }));
  const total = counts.applied + counts.approved + counts.rejected;
  const filters: { href: string; label: string; current: boolean }[] = [
    { href: '/admin/organizations', label: `All (${total})`, current: !status },
    ...organizationStatuses.map((s) => ({
      href: `/admin/organizations?status=${s}`,
      label: `${organizationStatusLabels[s]} (${counts[s]})`,
      current: status === s,
    })),
  ];
  return (
    <AdminPage staff={staff}>
      <h1>Advocacy organizations</h1>
      <p className="usa-intro">
        Legal-aid, immigrant-rights and other organizations apply on the public site. One administrator proposes to approve or reject an
        application; it counts only once a second administrator confirms. On approval the contact becomes the organization’s first admin.
      </p>
      <nav aria-label="Filter by status" className="margin-y-2">
        <ul className="usa-button-group">
          {filters.map((f) => (
            <li key={f.href} className="usa-button-group__item">
              <a
                className={`usa-button${f.current ? '' : ' usa-button--outline'}`}
                href={f.href}
                aria-current={f.current ? 'page' : undefined}
              >
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ListTable
        label={`Applications${status ? `: ${organizationStatusLabels[status]}` : ''}, newest first`}
        columns={[
          { label: 'Organization' },
          { label: 'EIN' },
          { label: 'Kind' },
          { label: 'State' },
          { label: 'Status' },
          { label: 'Applied' },
        ]}
        empty={rows.length === 0 ? 'No applications here.' : null}
      >
        {rows.map((o) => (
          <tr key={o.id}>
            <th scope="row">
              <a href={`/admin/organizations/${o.id}`}>
                {o.id}: {o.name}
              </a>
            </th>
            <td className="font-mono-xs">{formatEin(o.ein)}</td>
            <td>{labelOf(organizationKindLabels, o.kind)}</td>
            <td>{o.state}</td>
            <td>
              {labelOf(organizationStatusLabels, o.status)}
              {o.pendingOutcome ? ` (proposed: ${o.pendingOutcome})` : ''}
            </td>
            <td>{formatDateTime(o.appliedAt)}</td>
          </tr>
        ))}
      </ListTable>
    </AdminPage>
  );
}
