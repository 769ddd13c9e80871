// Organization members' sessions (db/schema/orgs.ts org_sessions). Every statement runs in the scope its
// caller opened: a session is read before anyone is known (service scope), and ended from it too.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { orgMembers, orgSessions, organizations } from '../schema';

export type OrgSessionFacts = {
  id: string;
  orgId: number;
  memberId: number;
  role: string;
  secondFactor: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  memberDisabledAt: Date | null;
  orgStatus: string;
};

export async function insertOrgSession(tx: Executor, row: { id: string; orgId: number; memberId: number; now: Date }): Promise<void> {
  await tx.insert(orgSessions).values({ id: row.id, orgId: row.orgId, memberId: row.memberId, createdAt: row.now, lastSeenAt: row.now });
}

/** The session with what decides whether it is still good: its member (disabled?) and organization (approved?). */
export async function findOrgSessionFacts(tx: Executor, id: string): Promise<OrgSessionFacts | null> {
  const [row] = await tx
    .select({
      id: orgSessions.id,
      orgId: orgSessions.orgId,
      memberId: orgSessions.memberId,
      role: orgMembers.role,
      secondFactor: orgSessions.secondFactor,
      createdAt: orgSessions.createdAt,
      lastSeenAt: orgSessions.lastSeenAt,
      revokedAt: orgSessions.revokedAt,
      memberDisabledAt: orgMembers.disabledAt,
      orgStatus: organizations.status,
    })
    .from(orgSessions)
    .innerJoin(orgMembers, eq(orgMembers.id, orgSessions.memberId))
    .innerJoin(organizations, eq(organizations.id, orgSessions.orgId))
    .where(eq(orgSessions.id, id))
    .limit(1);
  return row ?? null;
}

export async function touchOrgSession(tx: Executor, id: string, now: Date): Promise<void> {
  await tx.update(orgSessions).set({ lastSeenAt: now }).where(eq(orgSessions.id, id));
}

/** The second factor is done for this (live) session: it may now reach the member area. */
export async function markOrgSessionSecondFactor(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(orgSessions)
    .set({ secondFactor: true, lastSeenAt: now })
    .where(and(eq(orgSessions.id, id), isNull(orgSessions.revokedAt)))
    .returning({ id: orgSessions.id });
  return rows.length === 1;
}

export async function revokeOrgSession(tx: Executor, id: string, now: Date): Promise<void> {
  await tx
    .update(orgSessions)
    .set({ revokedAt: now })
    .where(and(eq(orgSessions.id, id), isNull(orgSessions.revokedAt)));
}

/** Every live session of a member (disabled, or signing out everywhere). */
export async function revokeMemberOrgSessions(tx: Executor, memberId: number, now: Date): Promise<number> {
  const rows = await tx
    .update(orgSessions)
    .set({ revokedAt: sql`coalesce(${orgSessions.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(orgSessions.memberId, memberId), isNull(orgSessions.revokedAt)))
    .returning({ id: orgSessions.id });
  return rows.length;
}
