// Receives the upload form (multipart) as a stream: a server action would buffer the whole file first.
import { acceptCsvUpload } from '@/lib/admin/imports';
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { importDeps } from '../deps';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const gate = await authorizeRequest('manageImports');
  if (gate instanceof Response) return gate;
  const who = principalOf(gate);
  const length = request.headers.get('content-length');
  const result = await acceptCsvUpload(await importDeps(), who, {
    body: request.body,
    contentType: request.headers.get('content-type'),
    contentLength: length === null ? null : Number(length),
  });
  const headers = { 'Cache-Control': 'no-store' };
  // The upload form posts with fetch and shows the reason beside the field; a plain form post (no
  // JavaScript) is sent on to the upload's page, or back to the form, which cannot say why without it.
  if (request.headers.get('accept')?.includes('application/json')) return Response.json(result, { status: result.ok ? 200 : 422, headers });
  const to = result.ok ? `/admin/imports/${result.data.uploadId}` : '/admin/imports?refused=1';
  return new Response(null, { status: 303, headers: { ...headers, Location: to } });
}
