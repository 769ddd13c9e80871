import 'server-only';
// Print files as the staff pages show them: the times written out and who marked them named.
import type { Executor } from '@/db/index';
import type { PrintFileListing } from '@/db/queries/letters';
import { actorNamer } from '@/lib/admin/staff-names';
import { formatDateTime } from '../_components/labels';
import type { PrintFileRow } from './print-files-table';

export async function printFileRows(db: Executor, files: PrintFileListing[]): Promise<PrintFileRow[]> {
  const name = await actorNamer(
    db,
    files.flatMap((f) => [f.printedBy, f.mailedBy]),
  );
  return files.map((f) => ({
    id: f.id,
    batchId: f.batchId,
    batchName: f.batchName,
    fileNumber: f.fileNumber,
    letters: f.letters,
    pages: f.pages,
    sheets: f.sheets,
    pdfSha256: f.pdfSha256,
    manifestSha256: f.manifestSha256,
    status: f.status,
    built: formatDateTime(f.createdAt),
    printed: f.printedAt ? `${formatDateTime(f.printedAt)} by ${name(f.printedBy)}` : null,
    mailed: f.mailedAt ? `${formatDateTime(f.mailedAt)} by ${name(f.mailedBy)}` : null,
    batchApproved: f.batchApproved,
  }));
}
