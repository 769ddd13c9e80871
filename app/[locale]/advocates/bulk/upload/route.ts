// Receives the bulk check's file (a plain multipart form POST, JavaScript or not) and answers with a redirect:
// to the progress page, or back to the form with the reason. The front server lets this path through
// unbuffered (lib/web/front-server.ts streamingPaths), so the Origin check is made here.
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { acceptBulkUpload } from '@/lib/orgs/bulk';
import { bulkMaxBytes } from '@/lib/orgs/bulk-file';
import { getOrgBulkDeps } from '@/server/org-bulk';
import { currentMember } from '@/server/org-session';

export const dynamic = 'force-dynamic';

// Room for the multipart boundaries and headers around a file at the cap.
const maxBodyBytes = bulkMaxBytes + 64 * 1024;

const seeOther = (to: string) => new Response(null, { status: 303, headers: { Location: to, 'Cache-Control': 'no-store' } });

/** As Next.js's own server-action rule: an Origin, when sent, must name this host (a missing one is a hand-made request). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  if (!sameOrigin(request)) return new Response(null, { status: 403 });
  const member = await currentMember();
  if (!member) return seeOther(`/${locale}/advocates/sign-in`);
  if (!member.secondFactor) return seeOther(`/${locale}/advocates/second-factor`);
  const back = (query: string) => seeOther(`/${locale}/advocates/bulk/new?${query}`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) return back('error=too_large');
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return back('error=empty');
  if (file.size > bulkMaxBytes) return back('error=too_large');
  const result = await acceptBulkUpload(await getOrgBulkDeps(), member, await file.text());
  if (result.ok) return seeOther(`/${locale}/advocates/bulk/${result.data.bulkId}`);
  const e = result.error;
  return back(e.code === 'quota' ? `error=quota&rows=${e.rows}&remaining=${e.remaining}` : `error=${e.code}`);
}
