import type { Metadata } from 'next';
import { listHelpEntries } from '@/db/queries/help-directory';
import { adminContext } from '@/server/admin-context';
import { formatHours, parseHours } from '@/lib/help/hours';
import { formatUsPhone } from '@/lib/help/phone';
import { isLanguageCode, languages } from '@/lib/languages';
import { roleMayUse } from '@/lib/staff/roles';
import { AdminPage } from '../_components/admin-page';
import { ListTable } from '../_components/list-table';
import { requireStaff } from '../_lib/guard';
import { helpDirectoryAccess } from './access';
import { ArchiveButton } from './archive-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Local help directory' };

const languageLabel = (code: string) => (isLanguageCode(code) ? languages[code].englishName : code);

export default async function HelpDirectoryPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const staff = await requireStaff(helpDirectoryAccess['/admin/help-directory']);
  const manage = roleMayUse(staff.role, helpDirectoryAccess['/admin/help-directory/new']);
  const { db } = await adminContext();
  const [entries, { saved }] = await Promise.all([listHelpEntries(db), searchParams]);
  return (
    <AdminPage title="Local help directory" staff={staff}>
      <p className="usa-intro">
        Organizations the public result page lists to people in a state they serve who read a language they speak. Only administrators
        change this list; every change is in the audit log.
      </p>
      {saved && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Saved. The result page shows the change at once.</p>
          </div>
        </div>
      )}
      {manage && (
        <p>
          <a className="usa-button" href="/admin/help-directory/new">
            Add an organization
          </a>
        </p>
      )}
      <ListTable
        label="Local help directory"
        columns={[
          { label: 'Organization' },
          { label: 'Serves' },
          { label: 'Languages' },
          { label: 'Phone' },
          { label: 'Hours' },
          { label: 'Cost' },
          { label: 'Shown' },
          ...(manage ? [{ label: 'Change' }] : []),
        ]}
        empty={entries.length === 0 ? 'No organizations yet.' : null}
      >
        {entries.map((e) => {
          const hours = parseHours(e.hours);
          return (
            <tr key={e.id} data-testid={`help-entry-${e.id}`}>
              <th scope="row">
                {e.organization}
                {e.synthetic ? <span className="dc-tag dc-tag--synthetic margin-left-1">Synthetic</span> : null}
              </th>
              <td>
                {e.states.join(', ')}
                {e.counties.length > 0 ? <span className="display-block text-base-dark">{e.counties.join(', ')}</span> : null}
              </td>
              <td>{e.languages.map(languageLabel).join(', ')}</td>
              <td className="text-no-wrap">{formatUsPhone(e.phone)}</td>
              <td>{hours ? formatHours(hours, 'en') : e.hours}</td>
              <td>{e.cost === 'free' ? 'Free' : 'Low cost'}</td>
              <td>{e.archivedAt ? 'Removed' : 'Shown'}</td>
              {manage && (
                <td>
                  <a href={`/admin/help-directory/${e.id}`}>
                    Edit<span className="usa-sr-only"> {e.organization}</span>
                  </a>
                  <ArchiveButton id={e.id} archived={e.archivedAt !== null} organization={e.organization} />
                </td>
              )}
            </tr>
          );
        })}
      </ListTable>
    </AdminPage>
  );
}
