// The short-lived session a verified check gets: a signed token for an httpOnly cookie, holding the
// record id, how the person got in and when it ends — no personal data. Signed, not encrypted: the
// record id is an internal number that says nothing about the person to whoever holds the cookie.
import { randomBytes } from 'node:crypto';
import type { SelfCheckConfig } from './config';
import type { SelfCheckKeys } from './keys';
import { openToken, signToken } from './signed-token';

/**
 * How a session was opened: the letter's notice code, an access code from a check_result notice, or an
 * advocate's case (issue 15: a member of an organization with the client's authorization to file and follow
 * a claim opens the claim pages for the case's record; `assisted` says who, and filing checks it again).
 */
export type CheckVia = 'letter' | 'access_code' | 'advocate';

export type AssistedBy = { orgId: number; memberId: number; caseId: number };

export type CheckSession = { recordId: number; via: CheckVia; expiresAt: number; assisted?: AssistedBy };

export type SessionDeps = { keys: Pick<SelfCheckKeys, 'sessionKey'>; config: Pick<SelfCheckConfig, 'sessionTtlMs'>; now(): Date };

export const checkSessionCookieName = 'dc_check';

const VERSION = 'cs1';
type Payload = { r: number; v: CheckVia; x: number; n: string; a?: [number, number, number] };

export function createCheckSession(
  recordId: number,
  via: CheckVia,
  deps: SessionDeps,
  assisted?: AssistedBy,
): { token: string; expiresAt: number; maxAgeSeconds: number } {
  if (!Number.isSafeInteger(recordId) || recordId < 1) throw new Error('A check session needs a record id');
  if ((via === 'advocate') !== Boolean(assisted)) throw new Error("An advocate's session, and only one, names who assists");
  const expiresAt = deps.now().getTime() + deps.config.sessionTtlMs;
  const payload: Payload = { r: recordId, v: via, x: expiresAt, n: randomBytes(9).toString('base64url') };
  if (assisted) payload.a = [assisted.orgId, assisted.memberId, assisted.caseId];
  return {
    token: signToken(deps.keys.sessionKey, VERSION, payload),
    expiresAt,
    maxAgeSeconds: Math.floor(deps.config.sessionTtlMs / 1000),
  };
}

/**
 * Who the audit log names for what a session reads: the person ('self-check'), or the advocate acting for
 * them (`org-member:<id>`, with the organization and case), so "who looked at my record" can say so.
 */
export function auditActorOf(via: CheckVia, assisted?: AssistedBy): { actor: string; detail: Record<string, string | number> } {
  if (via === 'advocate' && assisted) {
    return { actor: `org-member:${assisted.memberId}`, detail: { via, orgId: assisted.orgId, caseId: assisted.caseId } };
  }
  return { actor: 'self-check', detail: { via } };
}

/** The session a token stands for, or null when it is missing, altered, signed with another key or expired. */
export function readCheckSession(token: string | null | undefined, deps: SessionDeps): CheckSession | null {
  const p = openToken(deps.keys.sessionKey, VERSION, token) as Partial<Payload> | null;
  if (!p) return null;
  if (!Number.isSafeInteger(p.r) || (p.v !== 'letter' && p.v !== 'access_code' && p.v !== 'advocate') || !Number.isFinite(p.x)) return null;
  if (deps.now().getTime() >= p.x!) return null;
  if (p.v !== 'advocate') return p.a === undefined ? { recordId: p.r!, via: p.v, expiresAt: p.x! } : null;
  const a = p.a;
  if (!Array.isArray(a) || a.length !== 3 || !a.every((n) => Number.isSafeInteger(n) && n > 0)) return null;
  return { recordId: p.r!, via: p.v, expiresAt: p.x!, assisted: { orgId: a[0]!, memberId: a[1]!, caseId: a[2]! } };
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
