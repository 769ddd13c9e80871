import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { prefersTagalog } from './lib/accept-language';

// Sends `/` and any path without a language to the remembered choice (NEXT_LOCALE cookie) or else the best
// match for Accept-Language (or /en), and remembers the language of every page opened (i18n/routing.ts).
const handleLocale = createMiddleware(routing);
const locales: ReadonlySet<string> = new Set(routing.locales);

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasLocale = locales.has(pathname.split('/')[1] ?? '');
  const accept = request.headers.get('accept-language');
  // next-intl's matcher cannot answer "tl" (lib/accept-language.ts), so a first visit in Tagalog is sent here.
  if (request.method === 'GET' && !hasLocale && !request.cookies.has('NEXT_LOCALE') && accept !== null && prefersTagalog(accept)) {
    return NextResponse.redirect(new URL(`/tl${pathname === '/' ? '' : pathname}${search}`, request.url));
  }
  return handleLocale(request);
}

export const config = {
  // Everything except route handlers, the staff area (English only, not localized), Next's own files and
  // files with an extension (icons, robots.txt).
  matcher: '/((?!api|admin(?:/|$)|_next|_vercel|.*\\..*).*)',
};
