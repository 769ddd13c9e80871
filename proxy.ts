import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Sends `/` and any path without a language to the best match for Accept-Language (or /en).
export default createMiddleware(routing);

export const config = {
  // Everything except route handlers, the staff area (English only, not localized), Next's own files and
  // files with an extension (icons, robots.txt).
  matcher: '/((?!api|admin(?:/|$)|_next|_vercel|.*\\..*).*)',
};
