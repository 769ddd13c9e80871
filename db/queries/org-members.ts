// An organization's members, for its org admins (issue 15, item 5), and its activity log. Every statement
// runs inside the member's organization's scope (db/org-scope.ts withOrgScope) and also names the
// organization itself: the application's check and row-level security, each enough alone.
import { and, asc, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { auditLog, orgMembers, organizations } from '../schema';

export type MemberListing = {
  id: number;
  email: string;
  role: string;
  invitedAt: Date;
  /** When they finished their first sign-in (the second factor enrolled); null: invited, not joined yet. */
  joinedAt: Date | null;
  disabledAt: Date | null;
};

export async function listOrgMembers(tx: Executor, orgId: number): Promise<MemberListing[]> {
  return tx
    .select({
      id: orgMembers.id,
      email: orgMembers.email,
      role: orgMembers.role,
      invitedAt: orgMembers.invitedAt,
      joinedAt: orgMembers.totpEnrolledAt,
      disabledAt: orgMembers.disabledAt,
    })
    .from(orgMembers)
    .where(eq(orgMembers.orgId, orgId))
    .orderBy(asc(orgMembers.invitedAt), asc(orgMembers.id));
}

export async function insertOrgMember(
  tx: Executor,
  row: { orgId: number; email: string; role: 'org_admin' | 'advocate'; language: string; invitedBy: number },
): Promise<number> {
  const [inserted] = await tx.insert(orgMembers).values(row).returning({ id: orgMembers.id });
  return inserted!.id;
}

/** The organization's live org admins, locked until the transaction ends: two admins disabling each other at once are serialized. */
export async function lockActiveOrgAdmins(tx: Executor, orgId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: orgMembers.id })
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.role, 'org_admin'), isNull(orgMembers.disabledAt)))
    .orderBy(asc(orgMembers.id))
    .for('update');
  return rows.map((r) => r.id);
}

export async function findOrgMember(tx: Executor, orgId: number, memberId: number): Promise<MemberListing | undefined> {
  const [row] = await tx
    .select({
      id: orgMembers.id,
      email: orgMembers.email,
      role: orgMembers.role,
      invitedAt: orgMembers.invitedAt,
      joinedAt: orgMembers.totpEnrolledAt,
      disabledAt: orgMembers.disabledAt,
    })
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.id, memberId)));
  return row;
}

export async function disableOrgMember(tx: Executor, orgId: number, memberId: number, now: Date): Promise<boolean> {
  const rows = await tx
    .update(orgMembers)
    .set({ disabledAt: now })
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.id, memberId), isNull(orgMembers.disabledAt)))
    .returning({ id: orgMembers.id });
  return rows.length === 1;
}

export type ActivityEntry = { id: number; at: string; actor: string; action: string; outcome: string; detail: Record<string, unknown> };

/** An organization's own audit entries (detail.orgId), newest first, a page at a time below `beforeId`. */
export async function listOrgActivity(
  tx: Executor,
  orgId: number,
  options: { beforeId?: number; limit: number },
): Promise<ActivityEntry[]> {
  return tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      outcome: auditLog.outcome,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(
      and(
        sql`${auditLog.detail} ? 'orgId'`,
        sql`(${auditLog.detail}->>'orgId') = ${String(orgId)}`,
        options.beforeId !== undefined ? lt(auditLog.id, options.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}

export async function findOwnOrganizationName(tx: Executor, orgId: number): Promise<string | undefined> {
  const [row] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, orgId));
  return row?.name;
}
