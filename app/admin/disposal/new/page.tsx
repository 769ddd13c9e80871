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
        Count the records first: you see how many records it covers, and a sample of those whose result would change. Recording makes a
        draft that changes nothing. Only when another staff member approves it are the records marked, the public result updated and the
        disposal confirmations prepared (as a draft batch, approved again before it is sent).
      </p>
      <DisposalForm />
    </AdminPage>
  );
}
