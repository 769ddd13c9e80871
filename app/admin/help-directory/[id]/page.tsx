import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findHelpEntry } from '@/db/queries/help-directory';
import { adminContext } from '@/server/admin-context';
import { formatUsPhone } from '@/lib/help/phone';
import { AdminPage } from '../../_components/admin-page';
import { requireStaff } from '../../_lib/guard';
import { helpDirectoryAccess } from '../access';
import { updateHelpEntryAction } from '../actions';
import { ArchiveButton } from '../archive-button';
import { HelpEntryForm } from '../help-entry-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit an organization' };

export default async function EditHelpEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff(helpDirectoryAccess['/admin/help-directory/[id]']);
  const { id } = await params;
  const entryId = Number(id);
  const { db } = await adminContext();
  const entry = Number.isSafeInteger(entryId) && entryId > 0 ? await findHelpEntry(db, entryId) : undefined;
  if (!entry) notFound();
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/help-directory">Back to the local help directory</a>
      </p>
      <h1>Edit {entry.organization}</h1>
      <p>{entry.archivedAt ? 'Removed: the public pages do not show this entry.' : 'Shown on the result page to people it serves.'}</p>
      <ArchiveButton id={entry.id} archived={entry.archivedAt !== null} organization={entry.organization} />
      <HelpEntryForm
        action={updateHelpEntryAction}
        submitLabel="Save changes"
        initial={{
          id: entry.id,
          organization: entry.organization,
          languages: entry.languages,
          states: entry.states.join(', '),
          counties: entry.counties.join(', '),
          phone: formatUsPhone(entry.phone),
          address: entry.address,
          hours: entry.hours,
          cost: entry.cost,
          synthetic: entry.synthetic,
        }}
      />
    </AdminPage>
  );
}
