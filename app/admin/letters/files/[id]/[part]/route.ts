// A print file's PDF or CSV manifest, decrypted and streamed to the operator: only once the batch has
// been approved by a second person (the condition is in the query), each download and each refusal in the
// audit log. The file holds names and addresses: never cached, always saved as a file.
import { findPrintFileListing } from '@/db/queries/letters';
import { downloadPrintFile } from '@/lib/letters/print-files';
import { positiveId } from '@/lib/admin/staff-result';
import { principalOf } from '@/lib/staff/principal';
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { lettersDeps } from '../../../deps';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
const CHUNK = 64 * 1024;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; part: string }> }) {
  const gate = await authorizeRequest('downloadPrintFiles');
  if (gate instanceof Response) return gate;
  const { id: idText, part: partText } = await params;
  const id = positiveId(idText);
  const part = partText === 'pdf' ? 'pdf' : partText === 'manifest' ? 'manifest' : null;
  const deps = await lettersDeps(principalOf(gate));
  const listed = id === null || part === null ? undefined : await findPrintFileListing(deps.db, id);
  if (!listed || part === null) return Response.json({ error: 'There is no such print file.' }, { status: 404, headers: noStore });
  const result = await downloadPrintFile(deps, listed.id, part);
  if (!result.ok)
    return Response.json(
      { error: 'This print file cannot be downloaded until a second staff member has approved its batch.' },
      { status: 409, headers: noStore },
    );
  const { body, fileName, contentType, sha256 } = result.data;
  let offset = 0;
  // The sealed file is opened whole (its authentication tag covers all of it); it leaves in chunks.
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      ...noStore,
      'Content-Type': contentType,
      'Content-Length': String(body.length),
      'Content-Disposition': `attachment; filename="${fileName}"`,
      // RFC 9530: the checksum staff compare with the one the page shows.
      'Repr-Digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
    },
  });
}
