// A signed token for a short-lived cookie: `<version>.<base64url JSON>.<HMAC-SHA256>`. The check session and
// the claim session both use it; each has its own version tag and key, so one's token never opens the other.
// Signed, not encrypted: what a token carries (an internal id, an expiry, a nonce) says nothing about a person.
import { timingSafeEqual } from 'node:crypto';
import { hmac } from './keys';

const sign = (key: Buffer, version: string, body: string) => hmac(key, `${version}.${body}`).toString('base64url');

export function signToken(key: Buffer, version: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${version}.${body}.${sign(key, version, body)}`;
}

/** The payload of a token signed with this key and version, or null when it is missing, altered or another's. */
export function openToken(key: Buffer, version: string, token: string | null | undefined): Record<string, unknown> | null {
  if (!token || token.length > 500) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== version) return null;
  const [, body, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(key, version, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
