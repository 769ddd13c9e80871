import type { Metadata } from 'next';
import { requireStaff } from '@/app/admin/_lib/guard';
import { exampleNoticeCode } from '@/lib/identifiers/notice-code';
import { FindRecordForm } from './find-form';
import { AdminPage } from '../_components/admin-page';

export const metadata: Metadata = { title: 'Find a record · Disclosure Check staff' };

export default async function RecordsPage() {
  const staff = await requireStaff('findRecords');
  return (
    <AdminPage staff={staff}>
      <div className="usa-prose padding-top-4">
        <h1>Find a record</h1>
        <p>Search by the notice code printed on the letter, or by SSN/ITIN. Every search and view is recorded in the audit log.</p>
        <FindRecordForm exampleCode={exampleNoticeCode} />
      </div>
    </AdminPage>
  );
}
