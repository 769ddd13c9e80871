// The "too many tries" page's address: where a rate-limited check is sent (303), carrying when the
// limit opens again, and how long proxy.ts tells the client to wait (429 Retry-After).

/** The longest wait the page will state: a longer or unreadable `until` counts as this. */
export const longestStatedWaitMs = 48 * 3_600_000;

export function tooManyPath(locale: string, retryAt: number, from: 'letter' | 'mail'): string {
  return `/${locale}/check/too-many?until=${Math.ceil(retryAt)}&from=${from}`;
}

/** How long from `now` until `until` (ms since the epoch, as text), kept between a second and 48 hours. */
export function tooManyWaitMs(until: string | null | undefined, now: number): number {
  const at = Number(until);
  if (!until || !Number.isFinite(at)) return longestStatedWaitMs;
  return Math.min(longestStatedWaitMs, Math.max(1000, at - now));
}
