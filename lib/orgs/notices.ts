// Queues an organization's email (issue 15) in the notice outbox: the same rows, groups, jobs and provider
// as every notice (db/queries/org-notices.ts). Each adds its notice in the caller's transaction (opened in
// the service or the organization's scope) and answers the send groups to enqueue once it commits.
import type { Database, Executor } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import { addOrgNoticesAndGroup, findApplicantForNotice } from '../../db/queries/org-notices';

export function addSignInLinkNotice(tx: Executor, link: { orgId: number; memberId: number; linkId: number; language: string }) {
  return addOrgNoticesAndGroup(tx, [
    {
      orgId: link.orgId,
      memberId: link.memberId,
      type: 'org_sign_in_link',
      dedupeKey: `sign-in-link:${link.linkId}`,
      language: link.language,
      params: { linkId: link.linkId },
    },
  ]);
}

export function addInvitationNotice(tx: Executor, member: { orgId: number; memberId: number; language: string }) {
  return addOrgNoticesAndGroup(tx, [
    {
      orgId: member.orgId,
      memberId: member.memberId,
      type: 'org_invitation',
      dedupeKey: `invitation:${member.memberId}`,
      language: member.language,
    },
  ]);
}

export type ApplicationDecision = { orgId: number; outcome: 'approved' | 'rejected'; reason?: string | null };

/**
 * The decision on an application, to its contact in the language they applied in: approved (sign in at
 * …/advocates/sign-in with this email; to the org admin the contact became, where they are one already) or
 * rejected (with the reason). Once per organization and outcome. Refuses an outcome the organization's
 * status does not show, so the notice cannot run ahead of the decision's own transaction.
 */
export async function addApplicationDecidedNotice(tx: Executor, decision: ApplicationDecision): Promise<string[]> {
  const org = await findApplicantForNotice(tx, decision.orgId);
  if (!org) throw new Error(`No organization ${decision.orgId}`);
  if (org.status !== decision.outcome) throw new Error(`Organization ${decision.orgId} is ${org.status}, not ${decision.outcome}`);
  const reason = decision.reason?.trim();
  if (decision.outcome === 'rejected' && !reason) throw new Error('A rejection needs its reason');
  return addOrgNoticesAndGroup(tx, [
    {
      orgId: decision.orgId,
      memberId: decision.outcome === 'approved' ? org.contactMemberId : null,
      type: decision.outcome === 'approved' ? 'org_application_approved' : 'org_application_rejected',
      dedupeKey: 'application-decided',
      language: org.language,
      params: decision.outcome === 'rejected' ? { reason: reason! } : {},
    },
  ]);
}

/**
 * For the approval flow: queues the decision's email in a service-scope transaction of its own, audits it,
 * and hands the groups to the queue. Call it after the decision's transaction committed.
 */
export async function queueOrgApplicationDecided(
  deps: { db: Database; auditKey: Buffer; enqueueGroups(groupKeys: string[]): Promise<void> },
  decision: ApplicationDecision,
): Promise<{ queued: boolean }> {
  const groups = await withServiceScope(deps.db, async (tx) => {
    const groups = await addApplicationDecidedNotice(tx, decision);
    await appendAudit(tx, deps.auditKey, {
      actor: 'system',
      action: 'org.application_decision_notice',
      outcome: groups.length > 0 ? 'queued' : 'already_queued',
      detail: { orgId: decision.orgId },
    });
    return groups;
  });
  if (groups.length > 0) await deps.enqueueGroups(groups);
  return { queued: groups.length > 0 };
}
