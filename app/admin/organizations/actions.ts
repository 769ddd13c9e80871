'use server';
// The organizations area's server actions, through the action pipeline (../_lib/action.ts): session → the
// permission → the form read and parsed → context → the service (lib/orgs/applications.ts), acting as the
// signed-in administrator. One administrator proposes; another confirms (the statement refuses the proposer)
// or rejects the proposal; the proposer may withdraw their own.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { allows } from '@/lib/admin/permissions';
import { positiveId } from '@/lib/admin/staff-result';
import { findOrganizationDecision } from '@/db/queries/orgs';
import { withServiceScope } from '@/db/org-scope';
import {
  confirmOrganizationDecision,
  proposeOrganizationDecision,
  withdrawOrganizationDecision,
  type StaffOrgDeps,
} from '@/lib/orgs/applications';
import { fromService, refuse, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction, type StaffActionContext } from '@/app/admin/_lib/action';
import { enqueueSendGroups } from '@/workers/enqueue';

export type OrganizationCommandData = { message: string; reason?: string };

const idOf = (form: FormData, name: string) => positiveId(form.get(name));
const textOf = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');

const proposalSchema = z.object({
  orgId: z.number().nullable(),
  outcome: z.enum(['approve', 'reject'], 'Choose approve or reject.'),
  reason: z.string().max(2000),
});
const decisionSchema = z.object({ orgId: z.number().nullable(), decisionId: z.number().nullable() });
const readDecision = (form: FormData) => ({ orgId: idOf(form, 'orgId'), decisionId: idOf(form, 'decisionId') });

const invalidId = 'That application or proposal number is not valid. Go back to the list and open it again.';

const depsOf = (ctx: StaffActionContext): StaffOrgDeps => ({
  db: ctx.db,
  auditKey: ctx.auditKey,
  actor: ctx.principal.staffId,
  enqueueGroups: (keys) => enqueueSendGroups(keys),
});

function revalidate(orgId: number) {
  revalidatePath(`/admin/organizations/${orgId}`);
  revalidatePath('/admin/organizations');
}

export const proposeOrganizationDecisionAction = staffAction({
  gate: 'decideOrganizations',
  input: proposalSchema,
  read: (form) => ({ orgId: idOf(form, 'orgId'), outcome: textOf(form, 'outcome'), reason: textOf(form, 'reason') }),
  keep: (form) => ({ reason: textOf(form, 'reason') }),
  run: async ({ orgId, outcome, reason }, ctx): Promise<ActionResult<OrganizationCommandData>> => {
    if (orgId === null) return refuse('invalid', invalidId);
    const result = await proposeOrganizationDecision(depsOf(ctx), { orgId, outcome, reason });
    revalidate(orgId);
    if (!result.ok) return fromService(result);
    return {
      ok: true,
      data: {
        message: `You proposed to ${outcome} application ${orgId}. Nothing is decided until another administrator confirms it.`,
      },
    };
  },
});

export const confirmOrganizationDecisionAction = staffAction({
  gate: 'confirmOrganizationDecisions',
  input: decisionSchema,
  read: readDecision,
  run: async ({ orgId, decisionId }, ctx): Promise<ActionResult<OrganizationCommandData>> => {
    if (orgId === null || decisionId === null) return refuse('invalid', invalidId);
    const result = await confirmOrganizationDecision(depsOf(ctx), { decisionId });
    revalidate(orgId);
    if (!result.ok) return fromService(result);
    const { status, memberId } = result.data;
    return {
      ok: true,
      data: {
        message:
          status === 'approved'
            ? `Application ${orgId} is approved. Its contact is now the organization’s first admin (member ${memberId}) and can sign in at /<language>/advocates/sign-in with that email; an email telling them so is on its way.`
            : `Application ${orgId} is rejected; its contact is emailed the reason. The organization may apply again with the same EIN.`,
      },
    };
  },
});

/** Withdraws one's own pending proposal; the application stays applied. */
export const withdrawOrganizationDecisionAction = staffAction({
  gate: 'decideOrganizations',
  input: decisionSchema,
  read: readDecision,
  run: async ({ orgId, decisionId }, ctx): Promise<ActionResult<OrganizationCommandData>> => {
    if (orgId === null || decisionId === null) return refuse('invalid', invalidId);
    const decision = await withServiceScope(ctx.db, (tx) => findOrganizationDecision(tx, decisionId));
    if (decision && decision.proposedBy !== ctx.principal.staffId)
      return refuse('forbidden', 'This proposal is another administrator’s: reject it instead of withdrawing it.');
    const result = await withdrawOrganizationDecision(depsOf(ctx), { decisionId });
    revalidate(orgId);
    if (!result.ok) return fromService(result);
    return {
      ok: true,
      data: { message: `Your proposal on application ${orgId} is withdrawn. The application is still waiting for a decision.` },
    };
  },
});

/** A second administrator refuses another's proposal; the application stays applied for a new proposal. */
export const rejectOrganizationProposalAction = staffAction({
  gate: 'confirmOrganizationDecisions',
  input: decisionSchema,
  read: readDecision,
  run: async ({ orgId, decisionId }, ctx): Promise<ActionResult<OrganizationCommandData>> => {
    if (orgId === null || decisionId === null) return refuse('invalid', invalidId);
    const decision = await withServiceScope(ctx.db, (tx) => findOrganizationDecision(tx, decisionId));
    if (decision && decision.proposedBy === ctx.principal.staffId && allows(ctx.principal, 'decideOrganizations'))
      return refuse('conflict', 'This is your own proposal: withdraw it instead.');
    const result = await withdrawOrganizationDecision(depsOf(ctx), { decisionId });
    revalidate(orgId);
    if (!result.ok) return fromService(result);
    return {
      ok: true,
      data: { message: `The proposal on application ${orgId} is rejected. The application is still waiting for a decision.` },
    };
  },
});
