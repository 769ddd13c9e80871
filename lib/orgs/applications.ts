// An advocacy organization's application and the administrators' four-eyes decision on it (issue 15,
// item 1). The public form (app/[locale]/(public)/advocates/apply) calls `applyForOrganization`; the staff
// area (app/admin/organizations) proposes, confirms and withdraws. Every statement on the organization tables
// runs in service scope (db/org-scope.ts): these act for no member. Each step is in the audit log with ids
// only; an organization's own facts (name, EIN, contact) never go into an audit entry.
import type { Database, Transaction } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  confirmOrganizationDecision as confirmDecisionRow,
  decideOrganization,
  findContactEmailInUse,
  findOrganization,
  findOrganizationDecision,
  insertFirstOrgAdmin,
  insertOrganizationApplication,
  proposeOrganizationDecision as proposeDecisionRow,
  withdrawOrganizationDecision as withdrawDecisionRow,
} from '../../db/queries/orgs';
import { addApplicationDecidedNotice } from './notices';
import { withServiceScope } from '../../db/org-scope';
import type { OrganizationDecisionRow } from '../../db/schema/orgs';
import type { ApplyLimit } from './apply-limit';
import { parseOrgApplication, type OrgApplicationErrors, type OrgApplicationValues } from '../validation/orgs';

export type OrgDeps = { db: Database; auditKey: Buffer };
/** `enqueueGroups`: hands the decision's email to the send queue once the decision committed (without it, the
 * reconciler that re-enqueues queued groups sends it). */
export type StaffOrgDeps = OrgDeps & { actor: string; enqueueGroups?: (groupKeys: string[]) => Promise<void> };

type Detail = Record<string, string | number | boolean | null>;
const audit = (tx: Transaction | Database, deps: OrgDeps, actor: string, action: string, outcome: string, detail: Detail) =>
  appendAudit(tx, deps.auditKey, { actor, action, outcome, detail });

/** Who applies: no account, so the audit log names the form. */
export const applicantActor = 'org-applicant';

export type ApplyError = { code: 'invalid'; fields: OrgApplicationErrors } | { code: 'rate_limited'; retryAfterMs: number };

export type ApplyResult = { ok: true; data: { organizationId: number } } | { ok: false; error: ApplyError };

/**
 * Reads, limits and records an application. A second live application with the same EIN, and a contact
 * email that already belongs to a member (or to another application waiting for a decision), are refused at
 * their fields: on approval the contact becomes the organization's first admin, and an email signs in to one
 * organization only.
 */
export async function applyForOrganization(
  deps: OrgDeps & { limit: ApplyLimit },
  input: { values: OrgApplicationValues; language: string; clientAddress: string | null },
): Promise<ApplyResult> {
  const parsed = parseOrgApplication(input.values, input.language);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid', fields: parsed.errors } };
  const limited = await deps.limit.take(input.clientAddress);
  if (!limited.ok) {
    await audit(deps.db, deps, applicantActor, 'organization.applied', 'refused', { reason: 'address_limited' });
    return { ok: false, error: { code: 'rate_limited', retryAfterMs: limited.retryAfterMs } };
  }
  const app = parsed.value;
  return withServiceScope(deps.db, async (tx) => {
    const fields: OrgApplicationErrors = {};
    if (await findContactEmailInUse(tx, app.contactEmail)) fields.contactEmail = 'email_taken';
    const created = fields.contactEmail ? undefined : await insertOrganizationApplication(tx, app);
    if (!created && !fields.contactEmail) fields.ein = 'ein_taken';
    if (!created) {
      await audit(tx, deps, applicantActor, 'organization.applied', 'refused', { reason: fields.ein ?? fields.contactEmail ?? 'refused' });
      return { ok: false, error: { code: 'invalid', fields } };
    }
    await audit(tx, deps, applicantActor, 'organization.applied', 'ok', { organization: created.id });
    return { ok: true, data: { organizationId: created.id } };
  });
}

export type DecisionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const reasonMax = 1000;

/** An administrator proposes approval or rejection (a reason is required to reject); a second one confirms. */
export async function proposeOrganizationDecision(
  deps: StaffOrgDeps,
  input: { orgId: number; outcome: 'approve' | 'reject'; reason: string },
): Promise<DecisionResult<OrganizationDecisionRow>> {
  const reason = input.reason.trim();
  if (input.outcome === 'reject' && reason === '')
    return { ok: false, error: 'Give the reason for rejecting.', fieldErrors: { reason: 'Enter why this application should be rejected' } };
  if (reason.length > reasonMax)
    return { ok: false, error: 'The reason is too long.', fieldErrors: { reason: `Keep the reason under ${reasonMax} characters` } };
  return withServiceScope(deps.db, async (tx) => {
    const row = await proposeDecisionRow(tx, {
      orgId: input.orgId,
      outcome: input.outcome,
      reason: reason || null,
      proposedBy: deps.actor,
    });
    if (!row) {
      const org = await findOrganization(tx, input.orgId);
      await audit(tx, deps, deps.actor, 'organization.decision_proposed', 'refused', { organization: input.orgId });
      if (!org) return { ok: false, error: `There is no application ${input.orgId}.` };
      if (org.status !== 'applied') return { ok: false, error: `Application ${input.orgId} is already ${org.status}.` };
      return {
        ok: false,
        error: 'Another proposal on this application is waiting for a second administrator: confirm or withdraw it first.',
      };
    }
    await audit(tx, deps, deps.actor, 'organization.decision_proposed', 'ok', {
      organization: input.orgId,
      decision: row.id,
      outcome: row.outcome,
    });
    return { ok: true, data: row };
  });
}

export type ConfirmedDecision = {
  decision: OrganizationDecisionRow;
  status: 'approved' | 'rejected';
  /**
   * The first org admin created by an approval (null on a rejection). This is the boundary for the email that
   * tells the contact they can sign in: it is not sent here; the caller (or the notice pipeline, once built)
   * sends it for this member id.
   */
  memberId: number | null;
};

/**
 * A second administrator confirms a pending proposal (never its proposer: the statement refuses them, and the
 * table's check constraint underneath). An approval makes the organization approved and its contact the first
 * org admin, in the application's language, in the same transaction; a rejection makes it rejected.
 */
export async function confirmOrganizationDecision(
  deps: StaffOrgDeps,
  input: { decisionId: number },
): Promise<DecisionResult<ConfirmedDecision>> {
  const outcome = await withServiceScope(deps.db, async (tx) => {
    const decision = await confirmDecisionRow(tx, { decisionId: input.decisionId, confirmer: deps.actor });
    if (!decision) return { ok: false as const, why: await refusalOf(tx, input.decisionId, deps.actor) };
    const status = decision.outcome === 'approve' ? 'approved' : 'rejected';
    const org = await decideOrganization(tx, { orgId: decision.orgId, status });
    if (!org) throw new Error('The confirmed decision found its application already decided.');
    let memberId: number | null = null;
    if (status === 'approved') {
      const member = await insertFirstOrgAdmin(tx, { orgId: org.id, email: org.contactEmail, language: org.language });
      // The email became a member elsewhere after the application: nothing of this confirmation stands.
      if (!member) throw new ContactTakenError();
      memberId = member.id;
    }
    await audit(tx, deps, deps.actor, 'organization.decision_confirmed', 'ok', {
      organization: org.id,
      decision: decision.id,
      outcome: decision.outcome,
      member: memberId,
    });
    // The contact is told in the same transaction as the decision (the notice row; its send group goes to
    // the queue after the commit), so a decision never stands without its email, nor the reverse.
    const groups = await addApplicationDecidedNotice(tx, { orgId: org.id, outcome: status, reason: decision.reason });
    return { ok: true as const, data: { decision, status, memberId } satisfies ConfirmedDecision, groups };
  }).catch((err: unknown) => {
    if (err instanceof ContactTakenError) return { ok: false as const, why: err.message };
    throw err;
  });
  if (!outcome.ok) {
    await audit(deps.db, deps, deps.actor, 'organization.decision_confirmed', 'refused', { decision: input.decisionId });
    return { ok: false, error: outcome.why };
  }
  if (deps.enqueueGroups && outcome.groups.length > 0) await deps.enqueueGroups(outcome.groups);
  return { ok: true, data: outcome.data };
}

class ContactTakenError extends Error {
  constructor() {
    super(
      'The contact’s email address now belongs to a member of another organization, so it cannot be this one’s first admin. Reject the application, or ask the organization to apply again with another contact.',
    );
  }
}

async function refusalOf(tx: Transaction, decisionId: number, actor: string): Promise<string> {
  const decision = await findOrganizationDecision(tx, decisionId);
  if (!decision) return `There is no proposal ${decisionId}.`;
  if (decision.state !== 'pending') return `That proposal is no longer pending (it was ${decision.state}).`;
  if (decision.proposedBy === actor) return 'You proposed this decision, so another administrator must confirm it.';
  return 'This application was decided meanwhile.';
}

/** Withdraws (the proposer) or rejects (another administrator) a pending proposal; the application stays applied. */
export async function withdrawOrganizationDecision(
  deps: StaffOrgDeps,
  input: { decisionId: number },
): Promise<DecisionResult<OrganizationDecisionRow>> {
  return withServiceScope(deps.db, async (tx) => {
    const row = await withdrawDecisionRow(tx, { decisionId: input.decisionId, by: deps.actor });
    if (!row) {
      await audit(tx, deps, deps.actor, 'organization.decision_withdrawn', 'refused', { decision: input.decisionId });
      return { ok: false, error: await refusalOf(tx, input.decisionId, '') };
    }
    await audit(tx, deps, deps.actor, 'organization.decision_withdrawn', 'ok', {
      organization: row.orgId,
      decision: row.id,
      byProposer: row.proposedBy === deps.actor,
    });
    return { ok: true, data: row };
  });
}
