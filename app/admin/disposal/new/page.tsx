import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { disposalAccess } from '../access';
import { DisposalForm } from './disposal-form';
import { AdminPage } from '../../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Record a disposal certification' };

export default async function NewDisposalPage() {
  const staff = await requireStaff(disposalAccess['/admin/disposal/new']);
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/disposal">Back to disposal certifications</a>
      </p>
      <h1>Record a disposal certification</h1>
      <p className="usa-intro">
        Count the records first. Recording marks the records not yet covered by another certification and prepares their disposal
        confirmations as a draft batch, which another staff member approves before it is sent.
      </p>
      <DisposalForm />
    </AdminPage>
  );
}
