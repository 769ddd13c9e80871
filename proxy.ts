import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { normalizeAcceptLanguage } from './lib/accept-language';

// Sends `/` and any path without a language to the remembered choice (NEXT_LOCALE cookie) or else the best
// match for Accept-Language (or /en), and remembers the language of every page opened (i18n/routing.ts).
const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const accept = request.headers.get('accept-language');
  const normalized = accept === null ? null : normalizeAcceptLanguage(accept);
  // Only a page load negotiates a language; a POST (a server action) keeps its body untouched.
  const isPageLoad = request.method === 'GET' || request.method === 'HEAD';
  if (!isPageLoad || normalized === null || normalized === accept) return handleLocale(request);
  const headers = new Headers(request.headers);
  headers.set('accept-language', normalized);
  return handleLocale(new NextRequest(request.url, { headers, method: request.method }));
}

export const config = {
  // Everything except route handlers, the staff area (English only, not localized), Next's own files and
  // files with an extension (icons, robots.txt).
  matcher: '/((?!api|admin(?:/|$)|_next|_vercel|.*\\..*).*)',
};
