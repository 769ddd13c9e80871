// The portal's Content-Security-Policy, built per request by the front server (lib/web/front-server.ts).
// Nothing is loaded from another origin: no CDN, no analytics, no outside fonts; a page that tried would be
// blocked, which is what a look-alike or injected script would need to do first. Scripts run only from our
// origin or with this request's nonce: Next.js reads the nonce from the request's own
// Content-Security-Policy header (app-render/get-script-nonce-from-header) and puts it on every inline
// script it writes, so a script an attacker smuggled into a page has none and does not run.
//
// style-src keeps 'unsafe-inline': React writes `style="…"` attributes (recharts positions every bar and
// label that way, the QR code and progress bars set sizes), bull-board's page carries an inline <style>, and
// a nonce cannot cover style attributes. Inline styles cannot run code; the script policy is what stops
// injected script.
import { randomBytes } from 'node:crypto';

/** 128 random bits, base64: a new one for every response (CSP Level 3 asks for at least 128). */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' is left out on purpose: it would let a nonced script load any origin's script.
    // `next dev` needs eval for React Refresh; production never gets it.
    `script-src 'self' 'nonce-${nonce}'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
