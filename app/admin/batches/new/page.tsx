import type { Metadata } from 'next';
import { languageCodes, languages } from '@/lib/languages';
import { requireStaff } from '@/app/admin/_lib/guard';
import { batchesAccess } from '../access';
import { BatchForm } from './batch-form';
import { AdminPage } from '../../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create a notice batch' };

export default async function NewBatchPage() {
  const staff = await requireStaff(batchesAccess['/admin/batches/new']);
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/batches">Back to notice batches</a>
      </p>
      <h1>Create a notice batch</h1>
      <p className="usa-intro">
        Choose who the batch is for and count the records first. The batch is created as a draft: nothing is sent until another staff member
        approves it and it is started.
      </p>
      <BatchForm languageOptions={languageCodes.map((code) => ({ code, name: languages[code].englishName }))} />
    </AdminPage>
  );
}
