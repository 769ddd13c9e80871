// One document a claimant sent, decrypted and streamed to a reviewer: never from a public URL, never cached,
// always saved as a file rather than shown in the staff area's own origin (a PDF viewer there would run in
// our origin: `attachment`, `nosniff` and a sandboxing CSP keep it out), and every read in the audit log.
import { getDb } from '@/db/client';
import { positiveId } from '@/lib/admin/staff-result';
import { openClaimDocumentAsStaff } from '@/lib/claims/document-store';
import { getHasher, getSealer } from '@/lib/keys';
import { principalOf } from '@/lib/staff/principal';
import { authorizeRequest } from '@/app/admin/_lib/guard';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
const CHUNK = 64 * 1024;
const extensions = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const gate = await authorizeRequest('viewClaimDocuments');
  if (gate instanceof Response) return gate;
  const { id: claimText, documentId: documentText } = await params;
  const claimId = positiveId(claimText);
  const documentId = positiveId(documentText);
  const opened =
    claimId === null || documentId === null
      ? undefined
      : await openClaimDocumentAsStaff(
          { db: await getDb(), sealer: getSealer(), auditKey: getHasher().auditKey },
          principalOf(gate).staffId,
          claimId,
          documentId,
        );
  if (!opened) return Response.json({ error: 'This claim has no such document.' }, { status: 404, headers: noStore });
  const { bytes, mediaType, sha256 } = opened;
  let offset = 0;
  // The sealed bytes are opened whole (the authentication tag covers all of them); they leave in chunks.
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      ...noStore,
      'Content-Type': mediaType,
      'Content-Length': String(bytes.length),
      // A name made here: the claimant's own file name was never stored.
      'Content-Disposition': `attachment; filename="claim-${claimId}-document-${documentId}.${extensions[mediaType]}"`,
      // Opened in a browser tab anyway, the document runs nothing and reaches nothing.
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Repr-Digest': `sha-256=:${sha256.toString('base64')}:`,
    },
  });
}
