import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// The Content-Security-Policy is not set here: it carries a fresh script nonce per response, so the front
// server (lib/web/front-server.ts, lib/web/csp.ts) writes it on every response, pages, route handlers and
// static files alike. A header listed here would overwrite that one.
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

// The self-check's pages are never stored by a browser or proxy. Their forms must also work without
// JavaScript, and a plain form POST from a `no-referrer` page carries `Origin: null`, which Next.js's
// server-action check (Origin must match Host) refuses; `same-origin` sends the origin to this site only,
// and still nothing to any other.
const checkPageHeaders = [
  { key: 'Cache-Control', value: 'no-store' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // bull-board finds its UI files and view template on disk relative to its own package, so it must be
  // required from node_modules at run time rather than bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'postgres',
    'bullmq',
    'ioredis',
    '@node-rs/argon2',
    '@bull-board/api',
    '@bull-board/ui',
    '@bull-board/hono',
    'ejs',
    'busboy',
  ],
  experimental: {
    // The root layout lives under [locale], so a URL that matches no route at all needs its own page.
    globalNotFound: true,
    // forbidden() answers 403 with app/admin/forbidden.tsx when a staff role may not see a page.
    authInterrupts: true,
    // An advocate's new case carries the client's signed authorization (at most 10 MB, lib/claims/documents.ts)
    // in the same form as its fields, so the form can come back with every value typed when one is wrong.
    serverActions: { bodySizeLimit: '11mb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Staff pages show personal data: never kept by a browser or a shared cache. Their forms post before
      // the page has hydrated (a quick press, a slow phone, JavaScript off) as plain form POSTs, refused as
      // `Origin: null` from a `no-referrer` page: the same policy as the check pages.
      { source: '/admin/:path*', headers: checkPageHeaders },
      { source: '/admin', headers: checkPageHeaders },
      // Later entries win for the same header (Next.js applies matches in order).
      { source: '/:locale/check', headers: checkPageHeaders },
      { source: '/:locale/check/:path*', headers: checkPageHeaders },
      // The claim pages (filing, status, documents) show a person's claim, a bank account or a PIN, and post forms
      // without JavaScript like the check pages.
      { source: '/:locale/claim', headers: checkPageHeaders },
      { source: '/:locale/claim/:path*', headers: checkPageHeaders },
      // The advocates' pages (an organization's application, and the member area) post forms without
      // JavaScript too, and are never stored.
      { source: '/:locale/advocates', headers: checkPageHeaders },
      { source: '/:locale/advocates/:path*', headers: checkPageHeaders },
    ];
  },
};

export default withNextIntl(nextConfig);
