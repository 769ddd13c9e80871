import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { countReturnedMail, listPrintFilesForStaff } from '@/db/queries/letters';
import { allows } from '@/lib/admin/permissions';
import { principalOf } from '@/lib/staff/principal';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../_components/admin-page';
import { lettersAccess } from './access';
import { PrintFilesTable } from './print-files-table';
import { printFileRows } from './rows';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Letters · Disclosure Check staff' };

const SHOWN = 200;

export default async function LettersPage() {
  const staff = await requireStaff(lettersAccess['/admin/letters']);
  const principal = principalOf(staff);
  const db = await getDb();
  const [files, returned] = await Promise.all([listPrintFilesForStaff(db, { limit: SHOWN }), countReturnedMail(db)]);
  return (
    <AdminPage staff={staff} title="Letters">
      <p className="usa-intro">
        Each notice batch with the letter channel is printed into files of up to 1,000 letters, each a PDF with a CSV manifest for the mail
        house. A file can be downloaded once a second staff member has approved its batch; every download is recorded in the audit log.
      </p>
      <h2>Returned mail</h2>
      <p>
        {returned.returnedLetters.toLocaleString('en-US')} letters came back undelivered;{' '}
        {returned.undeliverableRecords.toLocaleString('en-US')} records are flagged as having an undeliverable address.
      </p>
      {allows(principal, 'importReturnedMail') && (
        <p>
          <a className="usa-button usa-button--outline" href="/admin/letters/returned">
            Import a returned-mail file
          </a>
        </p>
      )}
      <h2>Print files</h2>
      <p>
        Mark a file printed when the mail house has printed it, then mailed when it has gone into the mail; the file&apos;s letters follow.
        Compare each download&apos;s SHA-256 with the one shown here.
      </p>
      <PrintFilesTable
        caption={`Print files, newest first (the ${SHOWN} most recent)`}
        files={await printFileRows(db, files)}
        showBatch
        canDownload={allows(principal, 'downloadPrintFiles')}
        canMark={allows(principal, 'markPrintFiles')}
      />
    </AdminPage>
  );
}
