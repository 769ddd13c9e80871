// The short-lived session a verified check gets: a signed token for an httpOnly cookie, holding the
// record id, how the person got in and when it ends — no personal data. Signed, not encrypted: the
// record id is an internal number that says nothing about the person to whoever holds the cookie.
import { randomBytes } from 'node:crypto';
import type { SelfCheckConfig } from './config';
import type { SelfCheckKeys } from './keys';
import { openToken, signToken } from './signed-token';

/** How a session was opened: the letter's notice code, or an access code from a check_result notice. */
export type CheckVia = 'letter' | 'access_code';

export type CheckSession = { recordId: number; via: CheckVia; expiresAt: number };

export type SessionDeps = { keys: Pick<SelfCheckKeys, 'sessionKey'>; config: Pick<SelfCheckConfig, 'sessionTtlMs'>; now(): Date };

export const checkSessionCookieName = 'dc_check';

const VERSION = 'cs1';
type Payload = { r: number; v: CheckVia; x: number; n: string };

export function createCheckSession(
  recordId: number,
  via: CheckVia,
  deps: SessionDeps,
): { token: string; expiresAt: number; maxAgeSeconds: number } {
  if (!Number.isSafeInteger(recordId) || recordId < 1) throw new Error('A check session needs a record id');
  const expiresAt = deps.now().getTime() + deps.config.sessionTtlMs;
  const payload: Payload = { r: recordId, v: via, x: expiresAt, n: randomBytes(9).toString('base64url') };
  return {
    token: signToken(deps.keys.sessionKey, VERSION, payload),
    expiresAt,
    maxAgeSeconds: Math.floor(deps.config.sessionTtlMs / 1000),
  };
}

/** The session a token stands for, or null when it is missing, altered, signed with another key or expired. */
export function readCheckSession(token: string | null | undefined, deps: SessionDeps): CheckSession | null {
  const p = openToken(deps.keys.sessionKey, VERSION, token) as Partial<Payload> | null;
  if (!p) return null;
  if (!Number.isSafeInteger(p.r) || (p.v !== 'letter' && p.v !== 'access_code') || !Number.isFinite(p.x)) return null;
  if (deps.now().getTime() >= p.x!) return null;
  return { recordId: p.r!, via: p.v, expiresAt: p.x! };
}

/**
 * The cookie as Next's `cookies().set()` takes it. `secure` follows the portal's address (https in
 * production); SameSite=Strict since nothing on another site has reason to carry it.
 */
export function checkSessionCookie(token: string, options: { secure: boolean; maxAgeSeconds: number }) {
  return {
    name: checkSessionCookieName,
    value: token,
    httpOnly: true,
    secure: options.secure,
    sameSite: 'strict' as const,
    path: '/',
    maxAge: options.maxAgeSeconds,
  };
}
