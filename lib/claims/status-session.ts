// The short-lived session a person gets after typing their claim number and PIN: a signed token for an
// HttpOnly, SameSite=Strict cookie that holds the claim id, when it ends and a nonce, no personal data (the
// same design as the check session, lib/self-check/session.ts). Its key is derived from the check session's
// for this one purpose, so a check session's token can never pass as a claim session or the reverse. The
// status page and the documents page both read it (`readClaimSession`).
import { randomBytes } from 'node:crypto';
import type { SelfCheckConfig } from '../self-check/config';
import { hmac, type SelfCheckKeys } from '../self-check/keys';
import { openToken, signToken } from '../self-check/signed-token';

/** `assisted`: opened from an advocate's claim pages (issue 15), which may follow the claim but never change where it pays. */
export type ClaimSession = { claimId: number; expiresAt: number; assisted: boolean };

export type ClaimSessionDeps = { keys: Pick<SelfCheckKeys, 'sessionKey'>; config: Pick<SelfCheckConfig, 'sessionTtlMs'>; now(): Date };

export const claimSessionCookieName = 'dc_claim';

const VERSION = 'cl1';
type Payload = { c: number; x: number; n: string; a?: 1 };

const keyCache = new WeakMap<Buffer, Buffer>();
function claimKey(sessionKey: Buffer): Buffer {
  let key = keyCache.get(sessionKey);
  if (!key) {
    key = hmac(sessionKey, 'disclosure-check/claim-session');
    keyCache.set(sessionKey, key);
  }
  return key;
}

export function createClaimSession(
  claimId: number,
  deps: ClaimSessionDeps,
  options: { assisted?: boolean } = {},
): { token: string; expiresAt: number; maxAgeSeconds: number } {
  if (!Number.isSafeInteger(claimId) || claimId < 1) throw new Error('A claim session needs a claim id');
  const expiresAt = deps.now().getTime() + deps.config.sessionTtlMs;
  const payload: Payload = { c: claimId, x: expiresAt, n: randomBytes(9).toString('base64url') };
  if (options.assisted) payload.a = 1;
  return {
    token: signToken(claimKey(deps.keys.sessionKey), VERSION, payload),
    expiresAt,
    maxAgeSeconds: Math.floor(deps.config.sessionTtlMs / 1000),
  };
}

/** The session a token stands for, or null when it is missing, altered, signed with another key or expired. */
export function readClaimSession(token: string | null | undefined, deps: ClaimSessionDeps): ClaimSession | null {
  const p = openToken(claimKey(deps.keys.sessionKey), VERSION, token) as Partial<Payload> | null;
  if (!p) return null;
  if (!Number.isSafeInteger(p.c) || p.c! < 1 || !Number.isFinite(p.x)) return null;
  if (deps.now().getTime() >= p.x!) return null;
  if (p.a !== undefined && p.a !== 1) return null;
  return { claimId: p.c!, expiresAt: p.x!, assisted: p.a === 1 };
}

/** The cookie as Next's `cookies().set()` takes it; `maxAgeSeconds: 0` ends it (sign-out). */
export function claimSessionCookie(token: string, options: { secure: boolean; maxAgeSeconds: number }) {
  return {
    name: claimSessionCookieName,
    value: token,
    httpOnly: true,
    secure: options.secure,
    sameSite: 'strict' as const,
    path: '/',
    maxAge: options.maxAgeSeconds,
  };
}
