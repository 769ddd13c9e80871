// Composition root of a member's session for the web app: the cookie → the live session → the principal.
// Pages and actions of the organization area start with `requireMember` (never an id the client sent).
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getDb } from '../db/client';
import { env } from '../lib/env';
import { orgSessionCookieName, readOrgSession, type MemberPrincipal, type OrgRole, type OrgSessionDeps } from '../lib/orgs/session';

export async function getOrgSessionDeps(): Promise<OrgSessionDeps> {
  const e = env();
  return {
    db: await getDb(),
    config: { idleMs: e.STAFF_IDLE_MINUTES * 60_000, absoluteMs: e.STAFF_ABSOLUTE_HOURS * 3_600_000 },
    now: () => new Date(),
  };
}

/** The signed-in member, second factor done or not; null without a live session. */
export async function currentMember(): Promise<MemberPrincipal | null> {
  const token = (await cookies()).get(orgSessionCookieName)?.value;
  if (!token) return null;
  return readOrgSession(await getOrgSessionDeps(), token);
}

/**
 * The member for a page or action of the organization area: without a session, to sign-in; before the
 * second factor, to that step; a role the page does not allow, 403.
 */
export async function requireMember(locale: string, options: { role?: OrgRole } = {}): Promise<MemberPrincipal> {
  const member = await currentMember();
  if (!member) redirect(`/${locale}/advocates/sign-in`);
  if (!member.secondFactor) redirect(`/${locale}/advocates/second-factor`);
  if (options.role && member.role !== options.role) forbidden();
  return member;
}
