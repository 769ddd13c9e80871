// Receives the returned-mail upload (multipart) as a stream into the chunked importer: a server action
// would buffer the whole file first. The form posts here and is sent back to the returned-mail page with
// the import's audit entry (whose counts the page shows) or the reason it was refused.
import { getDb } from '@/db/client';
import { receiveReturnedMailUpload } from '@/lib/letters/returned-mail-upload';
import { getHasher } from '@/lib/keys';
import { principalOf } from '@/lib/staff/principal';
import { authorizeRequest } from '@/app/admin/_lib/guard';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const gate = await authorizeRequest('importReturnedMail');
  if (gate instanceof Response) return gate;
  // The front server leaves this path's body alone (lib/web/front-server.ts), so its Origin check too: the
  // staff pages send no referrer, and a form post from them carries `Origin: null`. The session cookie is
  // SameSite=Lax (no cookie on another site's post); the browser's own word on where the post came from
  // refuses the rest.
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return Response.json(
      { error: 'Upload the file from the returned-mail page.' },
      { status: 403, headers: { 'Cache-Control': 'no-store' } },
    );
  const length = request.headers.get('content-length');
  const result = await receiveReturnedMailUpload(
    { db: await getDb(), auditKey: getHasher().auditKey, actor: principalOf(gate).staffId },
    { body: request.body, contentType: request.headers.get('content-type'), contentLength: length === null ? null : Number(length) },
  );
  const to = result.ok ? `/admin/letters/returned?import=${result.data.auditId}` : `/admin/letters/returned?refused=${result.refusal}`;
  return new Response(null, { status: 303, headers: { 'Cache-Control': 'no-store', Location: to } });
}
