// The signed authorization of a case, for a member of its organization while it is live: 404 for anything
// else (another organization's case, a forged id, a revoked or expired authorization). Never cached.
import { openAuthorizationDocument } from '@/lib/orgs/authorizations';
import { currentMember } from '@/server/org-session';
import { getOrgCaseDeps } from '@/server/org-cases';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await currentMember();
  if (!member?.secondFactor || !/^[0-9]{1,15}$/.test(id)) return notFound();
  const doc = await openAuthorizationDocument(await getOrgCaseDeps(), member, Number(id));
  if (!doc) return notFound();
  const ext = doc.mediaType === 'application/pdf' ? 'pdf' : doc.mediaType === 'image/png' ? 'png' : 'jpg';
  return new Response(new Uint8Array(doc.bytes), {
    status: 200,
    headers: {
      'Content-Type': doc.mediaType,
      'Content-Disposition': `attachment; filename="authorization-${id}.${ext}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
