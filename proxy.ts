import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { tooManyWaitMs } from './lib/self-check/too-many';

// Sends `/` and any path without a language to the best match for Accept-Language (or /en).
const localize = createMiddleware(routing);

const tooManyPage = new RegExp(`^/(${routing.locales.join('|')})/check/too-many$`);

export default function proxy(request: NextRequest) {
  // A page can only answer 200 (or 404/403), so the "too many tries" page gets its 429 and Retry-After
  // here: what an HTTP client, a proxy or a screen reader's browser sees is the status a limit means.
  if (tooManyPage.test(request.nextUrl.pathname)) {
    const seconds = Math.ceil(tooManyWaitMs(request.nextUrl.searchParams.get('until'), Date.now()) / 1000);
    return NextResponse.rewrite(request.nextUrl, { status: 429, headers: { 'Retry-After': String(seconds) } });
  }
  return localize(request);
}

export const config = {
  // Everything except route handlers, the staff area (English only, not localized), Next's own files and
  // files with an extension (icons, robots.txt).
  matcher: '/((?!api|admin(?:/|$)|_next|_vercel|.*\\..*).*)',
};
