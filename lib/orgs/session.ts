// A member's signed-in browser (issue 15, item 2). The cookie holds a random 32-byte token; the database
// keeps only its SHA-256 (a stolen copy of org_sessions opens nothing). Each request reads the row and its
// member and organization: a revoked session, a disabled member, an organization no longer approved, or a
// session idle or too old ends at once. Until the TOTP step is done (`secondFactor` false) the session
// reaches only the second-factor page. Timeouts are the staff area's (STAFF_IDLE_MINUTES,
// STAFF_ABSOLUTE_HOURS): members see personal data of their clients, as staff do.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import {
  findOrgSessionFacts,
  insertOrgSession,
  markOrgSessionSecondFactor,
  revokeOrgSession,
  touchOrgSession,
} from '../../db/queries/org-sessions';

export const orgSessionCookieName = 'dc_org';

export type OrgRole = 'org_admin' | 'advocate';

export type MemberPrincipal = { sessionId: string; orgId: number; memberId: number; role: OrgRole; secondFactor: boolean };

export type OrgSessionDeps = { db: Database; config: { idleMs: number; absoluteMs: number }; now(): Date };

/** Lookups touch last_seen_at at most once a minute: a page's burst of requests writes one row. */
const touchEveryMs = 60_000;

function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

function wellFormed(token: string | null | undefined): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** A new session for a member who has just used a sign-in link: not through the second factor yet. */
export async function startOrgSession(
  deps: OrgSessionDeps,
  member: { orgId: number; memberId: number },
): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(token);
  await withServiceScope(deps.db, (tx) =>
    insertOrgSession(tx, { id: sessionId, orgId: member.orgId, memberId: member.memberId, now: deps.now() }),
  );
  return { token, sessionId };
}

/** The member a cookie's token stands for, or null (missing, unknown, revoked, idle, too old, member disabled, organization not approved). */
export async function readOrgSession(deps: OrgSessionDeps, token: string | null | undefined): Promise<MemberPrincipal | null> {
  if (!wellFormed(token)) return null;
  const id = sessionIdOf(token);
  const now = deps.now();
  return withServiceScope(deps.db, async (tx) => {
    const s = await findOrgSessionFacts(tx, id);
    if (!s || s.revokedAt || s.memberDisabledAt || s.orgStatus !== 'approved') return null;
    if (s.role !== 'org_admin' && s.role !== 'advocate') return null;
    const age = now.getTime() - s.createdAt.getTime();
    const idle = now.getTime() - s.lastSeenAt.getTime();
    if (age >= deps.config.absoluteMs || idle >= deps.config.idleMs) {
      await revokeOrgSession(tx, id, now);
      return null;
    }
    if (idle >= touchEveryMs) await touchOrgSession(tx, id, now);
    return { sessionId: id, orgId: s.orgId, memberId: s.memberId, role: s.role, secondFactor: s.secondFactor };
  });
}

export async function completeSecondFactor(deps: OrgSessionDeps, sessionId: string): Promise<boolean> {
  return withServiceScope(deps.db, (tx) => markOrgSessionSecondFactor(tx, sessionId, deps.now()));
}

export async function endOrgSession(deps: OrgSessionDeps, sessionId: string): Promise<void> {
  await withServiceScope(deps.db, (tx) => revokeOrgSession(tx, sessionId, deps.now()));
}

/** The cookie as Next's `cookies().set()` takes it: a session cookie (no Max-Age), httpOnly, SameSite=Strict (the sign-in link's page sets it from its own POST). */
export function orgSessionCookie(token: string, options: { secure: boolean }) {
  return { name: orgSessionCookieName, value: token, httpOnly: true, secure: options.secure, sameSite: 'strict' as const, path: '/' };
}
