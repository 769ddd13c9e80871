import type { Metadata } from 'next';
import { AdminPage } from '../../_components/admin-page';
import { requireStaff } from '../../_lib/guard';
import { helpDirectoryAccess } from '../access';
import { createHelpEntryAction } from '../actions';
import { HelpEntryForm } from '../help-entry-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add an organization' };

export default async function NewHelpEntryPage() {
  const staff = await requireStaff(helpDirectoryAccess['/admin/help-directory/new']);
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/help-directory">Back to the local help directory</a>
      </p>
      <h1>Add an organization</h1>
      <HelpEntryForm
        action={createHelpEntryAction}
        submitLabel="Add to the directory"
        initial={{
          organization: '',
          languages: [],
          states: '',
          counties: '',
          phone: '',
          address: '',
          hours: '',
          cost: '',
          synthetic: false,
        }}
      />
    </AdminPage>
  );
}
