// Which request paths reach no page but the localized catch-all (app/[locale]/[...rest]/page.tsx), so the
// front server can answer them 404. The catch-all renders the not-found page itself rather than calling
// notFound(): with Next 16.4, notFound() there sends an empty HTML shell and leaves the body to JavaScript
// (vercel/next.js#62228), and a page cannot set its own status. The routes come from the build's
// .next/app-path-routes-manifest.json, so a page added later is known without touching this file.

/** The catch-all's route in the manifest. */
export const localizedCatchAll = '/[locale]/[...rest]';

function routeRegExp(route: string): RegExp {
  const parts = route
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (/^\[\[\.\.\.[^\]]+\]\]$/.test(segment)) return '(?:/.*)?';
      if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '/.+';
      if (/^\[[^\]]+\]$/.test(segment)) return '/[^/]+';
      return '/' + segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    });
  // An optional catch-all also matches its parent path itself.
  return new RegExp(`^${parts.join('') || '/'}/?$`);
}

/**
 * Returns a test that is true for a path only the catch-all matches. Next's own files (/_next/…) are
 * never unknown here: they are not app routes.
 */
export function unknownPathTest(routes: readonly string[]): (pathname: string) => boolean {
  if (!routes.includes(localizedCatchAll)) return () => false;
  const catchAll = routeRegExp(localizedCatchAll);
  const others = routes.filter((r) => r !== localizedCatchAll).map(routeRegExp);
  return (pathname) => !pathname.startsWith('/_next/') && catchAll.test(pathname) && !others.some((r) => r.test(pathname));
}

/** The route patterns of a build's app-path-routes-manifest.json (values such as "/[locale]/check"). */
export function routesOfManifest(manifest: unknown): string[] {
  if (manifest === null || typeof manifest !== 'object') return [];
  return Object.values(manifest as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
}
