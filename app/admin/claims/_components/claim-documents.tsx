// The documents a claimant sent, for the reviewer's claim detail page: type, size and when each arrived (no
// file name: none is stored), and a link that downloads it through the audited route. Listing opens no
// document; each download is a read of personal data, in the audit log. The page that renders this takes
// its own permission first; the link's route checks viewClaimDocuments again, so a role without it sees the
// list and is refused the bytes.
import { getDb } from '@/db/client';
import { listClaimDocuments } from '@/db/queries/claim-documents';
import { maxDocumentsPerClaim } from '@/lib/claims/documents';
import { ColumnHeads } from '../../_components/tables';

const typeLabels = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG image', 'image/png': 'PNG image' } as const;

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export function formatDocumentSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function ClaimDocuments({ claimId }: { claimId: number }) {
  const documents = await listClaimDocuments(await getDb(), claimId);
  return (
    <section aria-labelledby="claim-documents-heading" data-testid="claim-documents">
      <h2 id="claim-documents-heading">Documents</h2>
      {documents.length === 0 ? (
        <p>The claimant has not sent any documents.</p>
      ) : (
        <>
          <p>
            {documents.length} of at most {maxDocumentsPerClaim} documents. Each download is recorded in the audit log. Files download
            rather than open here; open them with a viewer on your computer.
          </p>
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="claim-documents-heading">
            <table className="usa-table">
              <caption className="usa-sr-only">Documents sent with claim {claimId}</caption>
              <ColumnHeads names={['Document', 'Type', 'Size', 'Received', 'Download']} />
              <tbody>
                {documents.map((d, i) => (
                  <tr key={d.id}>
                    <td>{i + 1}</td>
                    <td>{typeLabels[d.mediaType]}</td>
                    <td>{formatDocumentSize(d.byteSize)}</td>
                    <td>{when(d.uploadedAt)}</td>
                    <td>
                      <a href={`/admin/claims/${claimId}/documents/${d.id}`} download>
                        Download document {i + 1}
                        <span className="usa-sr-only"> ({typeLabels[d.mediaType]})</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
