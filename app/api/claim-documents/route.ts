// Receives a claim document from the public upload form (multipart, no JavaScript needed), streamed into
// the document store: under /api so that neither the front server nor the proxy buffers the body (both
// leave /api alone; the proxy would cut a body past 10 MB). The claim comes from the visitor's session,
// never from the form. Always answers 303 back to the page, with what happened as a code it translates.
import { cookies } from 'next/headers';
import { receiveClaimDocument } from '@/lib/claims/document-store';
import { isLanguageCode } from '@/lib/languages';
import { claimDocumentStoreDeps, documentsAccessFor } from '@/server/claim-documents';

export const dynamic = 'force-dynamic';

const back = (locale: string, query: string) =>
  new Response(null, { status: 303, headers: { 'Cache-Control': 'no-store', Location: `/${locale}/claim/documents?${query}` } });

export async function POST(request: Request) {
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = isLanguageCode(asked) ? asked : 'en';
  // The session cookie is SameSite=Strict (no cookie on another site's post); the browser's own word on
  // where the post came from refuses the rest.
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return Response.json(
      { error: 'Send documents from the portal’s own page.' },
      { status: 403, headers: { 'Cache-Control': 'no-store' } },
    );
  const access = await documentsAccessFor(await cookies());
  if (access.kind === 'no_session') return back(locale, 'refused=expired');
  if (access.kind === 'no_claim') return back(locale, '');
  const length = request.headers.get('content-length');
  const result = await receiveClaimDocument(await claimDocumentStoreDeps(), access.claimId, {
    body: request.body,
    contentType: request.headers.get('content-type'),
    contentLength: length === null || !/^\d+$/.test(length) ? null : Number(length),
  });
  return back(locale, result.ok ? 'sent=1' : `refused=${result.refusal}`);
}
