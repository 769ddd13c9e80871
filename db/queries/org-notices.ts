// An organization's email in the notice outbox (issue 15): a member's sign-in link or invitation, an
// application's decision to its contact. The same `notices` rows, groups, jobs, provider, pacing and
// idempotency keys as every notice; the row names the organization (and the member) instead of a record.
// The recipient's address is read when the group is sent, from org_members or the organization's contact:
// these tables are under row-level security, so the sender reads them in the service scope its caller opens.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { devOutbox, notices, orgMembers, orgSignInLinks, organizations, type Notice } from '../schema';
import type { Channel } from './batches';
import { groupNotices } from './notices';

export type OrgNoticeType = 'org_sign_in_link' | 'org_invitation' | 'org_application_approved' | 'org_application_rejected';

export type NewOrgNotice = {
  orgId: number;
  /** Null: to the organization's contact (an application's decision). */
  memberId: number | null;
  type: OrgNoticeType;
  dedupeKey: string;
  language: string;
  /** Ids and non-personal values only (a sign-in link's id, a rejection's reason written by staff). */
  params?: Record<string, string | number>;
};

/** Adds organization email (always the email channel) and groups it, in the caller's transaction; a repeat purpose adds nothing. */
export async function addOrgNoticesAndGroup(tx: Executor, rows: NewOrgNotice[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await tx
    .insert(notices)
    .values(rows.map((r) => ({ ...r, recordId: null, batchId: null, channel: 'email' as Channel, params: r.params ?? {} })))
    .onConflictDoNothing()
    .returning({ id: notices.id, channel: notices.channel });
  return groupNotices(tx, inserted);
}

export type OrgGroupMember = Notice & {
  kind: 'org';
  orgId: number;
  /** The member's address, or the organization's contact's. */
  to: string;
  orgName: string;
  /** A sign-in link's token, sealed (associated data: its hash); null once used, or when the notice names no link. */
  signInToken: { tokenHash: Buffer; tokenSealed: Buffer; expiresAt: Date } | null;
  suppressed: false;
};

/** The organization email of a group still to send, with what the templates need. Run in the service scope. */
export async function loadOrgSendGroup(tx: Executor, groupKey: string): Promise<OrgGroupMember[]> {
  const rows = await tx
    .select({
      notice: notices,
      memberEmail: orgMembers.email,
      contactEmail: organizations.contactEmail,
      orgName: organizations.name,
      tokenHash: orgSignInLinks.tokenHash,
      tokenSealed: orgSignInLinks.tokenSealed,
      expiresAt: orgSignInLinks.expiresAt,
    })
    .from(notices)
    .innerJoin(organizations, eq(organizations.id, notices.orgId))
    .leftJoin(orgMembers, and(eq(orgMembers.id, notices.memberId), eq(orgMembers.orgId, notices.orgId)))
    // Only the link of the notice's own member: a wrong id never mails someone else's link.
    .leftJoin(
      orgSignInLinks,
      and(eq(orgSignInLinks.id, sql`(${notices.params}->>'linkId')::bigint`), eq(orgSignInLinks.memberId, notices.memberId)),
    )
    .where(and(eq(notices.groupKey, groupKey), inArray(notices.status, ['queued', 'sending']), sql`${notices.recordId} is null`))
    .orderBy(asc(notices.id));
  return rows.map(({ notice, memberEmail, contactEmail, orgName, tokenHash, tokenSealed, expiresAt }) => ({
    ...notice,
    kind: 'org' as const,
    orgId: notice.orgId!,
    to: notice.memberId === null ? contactEmail : (memberEmail ?? ''),
    orgName,
    signInToken: tokenHash && tokenSealed && expiresAt ? { tokenHash, tokenSealed, expiresAt } : null,
    suppressed: false as const,
  }));
}

/** What the development outbox holds for a member's email of one type, oldest first (sealed; lib/notices/providers.ts opens it). */
export async function findMemberOutboxMessages(
  tx: Executor,
  params: { memberId: number; type: OrgNoticeType },
): Promise<{ noticeId: number; channel: Channel; sealed: Buffer; createdAt: Date }[]> {
  const rows = await tx
    .select({ noticeId: devOutbox.noticeId, channel: notices.channel, sealed: devOutbox.sealed, createdAt: devOutbox.createdAt })
    .from(devOutbox)
    .innerJoin(notices, eq(notices.id, devOutbox.noticeId))
    .where(and(eq(notices.memberId, params.memberId), eq(notices.type, params.type), isNotNull(devOutbox.sealed)))
    .orderBy(asc(devOutbox.id));
  return rows.map((r) => ({ ...r, sealed: Buffer.isBuffer(r.sealed) ? r.sealed : Buffer.from(r.sealed!) }));
}

/** What an application's decision notice needs: the language the application was written in, and the member its contact became, if any. */
export async function findApplicantForNotice(
  tx: Executor,
  orgId: number,
): Promise<{ language: string; status: string; contactMemberId: number | null } | undefined> {
  const [row] = await tx
    .select({ language: organizations.language, status: organizations.status, contactMemberId: orgMembers.id })
    .from(organizations)
    .leftJoin(orgMembers, and(eq(orgMembers.orgId, organizations.id), eq(orgMembers.email, organizations.contactEmail)))
    .where(eq(organizations.id, orgId))
    .limit(1);
  return row;
}
