import 'server-only';
// The batch page's letters section: how far printing has come (letters in print files of those to print),
// the letters kept out with the reason, and the print files as they are stored.
import type { Executor } from '@/db/index';
import { listPrintFilesForStaff, listRejectedLetters, summarizeBatchLetters, type BatchLetterProgress } from '@/db/queries/letters';
import { allows } from '@/lib/admin/permissions';
import type { StaffPrincipal } from '@/lib/staff/principal';
import { addressRejectionLabels, labelOf, letterStatusLabels } from '../_components/labels';
import { ProgressBar } from '../_components/progress-bar';
import { TallyTable } from '../_components/tally-table';
import { PrintFilesTable } from './print-files-table';
import { printFileRows } from './rows';

/** Shown at most; the rest are counted by reason in the table above the list. */
const REJECTS_SHOWN = 200;

export async function loadBatchLetters(db: Executor, batchId: number) {
  const progress = await summarizeBatchLetters(db, batchId);
  return { progress, building: isBuilding(progress) };
}

/** Letters not yet in a file nor rejected: the print job is (or will be) at work. */
export const isBuilding = (p: BatchLetterProgress) => p.letters > p.inFiles + p.rejected;

export async function BatchLetters({
  db,
  batchId,
  progress,
  principal,
  started,
}: {
  db: Executor;
  batchId: number;
  progress: BatchLetterProgress;
  principal: StaffPrincipal;
  started: boolean;
}) {
  const [rejected, files] = await Promise.all([
    listRejectedLetters(db, batchId, REJECTS_SHOWN),
    listPrintFilesForStaff(db, { batchId, limit: 1000 }),
  ]);
  const toPrint = progress.letters - progress.rejected;
  const unchecked = progress.letters - Object.values(progress.byStatus).reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="letters-heading">
      <h2 id="letters-heading">Letters</h2>
      {!started ? (
        <p>Letters are printed into files once the batch has started and its notices are made.</p>
      ) : (
        <>
          {isBuilding(progress) && <p className="usa-hint">Printing letters into files: this page updates every few seconds.</p>}
          <ProgressBar
            id="letters-progress"
            label="Printed into files"
            fraction={toPrint > 0 ? progress.inFiles / toPrint : progress.letters > 0 ? 1 : 0}
            done={progress.inFiles}
            total={toPrint}
            unit="letters in print files"
          />
          <TallyTable
            caption="Letters by state"
            headers={['State', 'Letters']}
            rows={[
              ...(unchecked > 0 ? [{ label: 'Address not checked yet', values: [unchecked] }] : []),
              ...Object.entries(progress.byStatus).map(([status, n]) => ({ label: labelOf(letterStatusLabels, status), values: [n] })),
            ]}
          />
        </>
      )}
      {progress.rejected > 0 && (
        <>
          <h3 id="rejects-heading">Letters kept out of the print files</h3>
          <p>
            These letters failed the US address checks and are in no print file. Correct the address in the records (a new import), then
            send them in another batch.
          </p>
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="rejects-heading">
            <table className="usa-table usa-table--compact">
              <caption className="usa-sr-only">Rejected letters: piece id, record and reason</caption>
              <thead>
                <tr>
                  <th scope="col">Piece id</th>
                  <th scope="col">Record</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((r) => (
                  <tr key={r.pieceId}>
                    <th scope="row">
                      <code>{r.pieceId}</code>
                    </th>
                    <td>
                      {allows(principal, 'findRecords') ? (
                        <a href={`/admin/records/${r.recordId}`}>Record {r.recordId}</a>
                      ) : (
                        `Record ${r.recordId}`
                      )}
                    </td>
                    <td>{labelOf(addressRejectionLabels, r.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {progress.rejected > rejected.length && (
            <p className="usa-hint">
              The first {rejected.length.toLocaleString('en-US')} of {progress.rejected.toLocaleString('en-US')} rejected letters are shown.
            </p>
          )}
        </>
      )}
      <h3>Print files</h3>
      <PrintFilesTable
        caption={`Print files of batch ${batchId}`}
        files={await printFileRows(db, files)}
        showBatch={false}
        canDownload={allows(principal, 'downloadPrintFiles')}
        canMark={allows(principal, 'markPrintFiles')}
      />
    </section>
  );
}
