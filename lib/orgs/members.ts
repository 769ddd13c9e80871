// An org admin's management of their organization's members (issue 15, item 5): list, invite (the invitee
// gets an org_invitation email and signs in with their email), disable (their sessions end at once). The
// organization is always the signed-in member's own, from their session, never an id the client sent; each
// statement runs in that organization's scope, so a forged member id reaches nothing even where a check
// here were missing. Everything is audited with ids only.
import { z } from 'zod';
import { withOrgScope } from '../../db/org-scope';
import {
  disableOrgMember,
  findOrgMember,
  findOwnOrganizationName,
  insertOrgMember,
  listOrgActivity,
  listOrgMembers,
  lockActiveOrgAdmins,
  type ActivityEntry,
  type MemberListing,
} from '../../db/queries/org-members';
import { revokeMemberOrgSessions } from '../../db/queries/org-sessions';
import { auditOrg, memberActor, normalizeEmail, type OrgDeps, type Result } from './deps';
import { addInvitationNotice } from './notices';
import type { MemberPrincipal } from './session';

export type InviteError = 'forbidden' | 'invalid_email' | 'invalid_role' | 'already_member';
export type DisableError = 'forbidden' | 'not_found' | 'self' | 'last_admin';

const inviteSchema = z.object({ email: z.email().max(254), role: z.enum(['advocate', 'org_admin']) });

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: unknown } | undefined;
  return e?.code === '23505' || (e?.cause !== undefined && isUniqueViolation(e.cause));
}

export async function listMembers(deps: Pick<OrgDeps, 'db'>, actor: MemberPrincipal): Promise<Result<MemberListing[], 'forbidden'>> {
  if (actor.role !== 'org_admin') return { ok: false, error: 'forbidden' };
  return { ok: true, data: await withOrgScope(deps.db, actor.orgId, (tx) => listOrgMembers(tx, actor.orgId)) };
}

/** Adds a member and queues their invitation. An email already a member of any organization is refused (one organization per email). */
export async function inviteMember(
  deps: OrgDeps,
  actor: MemberPrincipal,
  input: { email: unknown; role: unknown; language: string },
): Promise<Result<{ memberId: number }, InviteError>> {
  if (actor.role !== 'org_admin') return { ok: false, error: 'forbidden' };
  const parsed = inviteSchema.safeParse({
    email: typeof input.email === 'string' ? normalizeEmail(input.email) : input.email,
    role: input.role,
  });
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues.some((i) => i.path[0] === 'email') ? 'invalid_email' : 'invalid_role' };
  let added: { memberId: number; groups: string[] };
  try {
    added = await withOrgScope(deps.db, actor.orgId, async (tx) => {
      const memberId = await insertOrgMember(tx, {
        orgId: actor.orgId,
        email: parsed.data.email,
        role: parsed.data.role,
        language: input.language,
        invitedBy: actor.memberId,
      });
      const groups = await addInvitationNotice(tx, { orgId: actor.orgId, memberId, language: input.language });
      await auditOrg(deps, tx, {
        actor: memberActor(actor.memberId),
        action: 'org.member_invited',
        outcome: 'ok',
        orgId: actor.orgId,
        detail: { memberId, role: parsed.data.role },
      });
      return { memberId, groups };
    });
  } catch (err) {
    // The email is unique across organizations: the insert's own constraint says it is taken.
    if (isUniqueViolation(err)) return { ok: false, error: 'already_member' };
    throw err;
  }
  await deps.enqueueGroups(added.groups);
  return { ok: true, data: { memberId: added.memberId } };
}

/** Disables a member of the actor's organization and ends their sessions in the same transaction. */
export async function disableMember(
  deps: OrgDeps,
  actor: MemberPrincipal,
  memberId: unknown,
): Promise<Result<{ sessionsEnded: number }, DisableError>> {
  if (actor.role !== 'org_admin') return { ok: false, error: 'forbidden' };
  const id = typeof memberId === 'number' ? memberId : Number(memberId);
  if (!Number.isSafeInteger(id) || id <= 0) return { ok: false, error: 'not_found' };
  if (id === actor.memberId) return { ok: false, error: 'self' };
  const now = deps.now();
  return withOrgScope(deps.db, actor.orgId, async (tx): Promise<Result<{ sessionsEnded: number }, DisableError>> => {
    const audit = (outcome: string, detail: Record<string, string | number> = {}) =>
      auditOrg(deps, tx, {
        actor: memberActor(actor.memberId),
        action: 'org.member_disabled',
        outcome,
        orgId: actor.orgId,
        detail: { memberId: id, ...detail },
      });
    const admins = await lockActiveOrgAdmins(tx, actor.orgId);
    // The actor may have been disabled meanwhile (by another admin, at once).
    if (!admins.includes(actor.memberId)) return { ok: false, error: 'forbidden' };
    const target = await findOrgMember(tx, actor.orgId, id);
    if (!target) {
      await audit('not_found');
      return { ok: false, error: 'not_found' };
    }
    if (target.role === 'org_admin' && !target.disabledAt && admins.filter((a) => a !== id).length === 0) {
      await audit('last_admin');
      return { ok: false, error: 'last_admin' };
    }
    await disableOrgMember(tx, actor.orgId, id, now);
    const sessionsEnded = await revokeMemberOrgSessions(tx, id, now);
    await audit('ok', { sessionsEnded });
    return { ok: true, data: { sessionsEnded } };
  });
}

export const activityPageSize = 50;

export async function listActivity(
  deps: Pick<OrgDeps, 'db'>,
  actor: MemberPrincipal,
  options: { beforeId?: number } = {},
): Promise<Result<{ entries: ActivityEntry[]; nextBeforeId: number | null }, 'forbidden'>> {
  if (actor.role !== 'org_admin') return { ok: false, error: 'forbidden' };
  const rows = await withOrgScope(deps.db, actor.orgId, (tx) =>
    listOrgActivity(tx, actor.orgId, { ...options, limit: activityPageSize + 1 }),
  );
  const entries = rows.slice(0, activityPageSize);
  return { ok: true, data: { entries, nextBeforeId: rows.length > activityPageSize ? entries.at(-1)!.id : null } };
}

/** The member area's header: the organization's name (read in its own scope). */
export async function organizationNameOf(deps: Pick<OrgDeps, 'db'>, actor: MemberPrincipal): Promise<string> {
  return (await withOrgScope(deps.db, actor.orgId, (tx) => findOwnOrganizationName(tx, actor.orgId))) ?? '';
}
