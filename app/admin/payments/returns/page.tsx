import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../../_components/admin-page';
import { paymentsAccess } from '../access';
import { ReturnsForm } from './returns-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import payment returns · Disclosure Check staff' };

export default async function PaymentReturnsPage() {
  const staff = await requireStaff(paymentsAccess['/admin/payments/returns']);
  return (
    <AdminPage staff={staff}>
      <p>
        <a href="/admin/payments">Back to claim payments</a>
      </p>
      <h1>Import payment returns</h1>
      <p>
        Upload the returns file the bank sent (NACHA, with an addenda 99 and a return reason code such as R03 for each returned credit).
        Each payment it names is marked returned, its claim moves to &quot;payment returned&quot;, and the next check export pays it by
        check to the address on the record. Importing the same file again changes nothing. Trace numbers that name no payment of ours are
        listed.
      </p>
      <ReturnsForm />
    </AdminPage>
  );
}
