'use server';
// The claims area's server actions, each through the action pipeline (../_lib/action.ts): session → the
// permission → the form parsed → context → the rule in lib/claims/review.ts, as the signed-in reviewer.
// Every refusal says what to do next; a field's problem is shown at that field.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { allows } from '@/lib/admin/permissions';
import { positiveId } from '@/lib/admin/staff-result';
import { revealClaim, type RevealedClaim } from '@/lib/claims/reveal';
import { findClaimById } from '@/db/queries/claims';
import {
  assignToMe,
  claimedCents,
  confirmDecision,
  decideClaim,
  holdForReview,
  rejectDecision,
  releaseHold,
  reopenOnAppeal,
  requestInformation,
  startReview,
  unassign,
  type DecisionProblem,
  type ReviewResult,
} from '@/lib/claims/review';
import { parseDollars } from '@/lib/validation/claims';
import { claimReviewDeps } from '@/server/claims-review';
import { refuse, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction, type StaffActionContext } from '@/app/admin/_lib/action';
import { doneMessages, type DoneKey } from './done';

export type ClaimCommandData = { message: string };

const str = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
const readClaim = (form: FormData) => ({ claimId: positiveId(form.get('claimId')) });
const claimSchema = z.object({ claimId: z.number().nullable() });
const invalidClaim = 'That claim number is not valid. Go back to the queue and open the claim again.';

/** Each refusal of the review rules as the sentence a reviewer reads, and the field it belongs to. */
const problems: Record<DecisionProblem, { message: string; field?: string; code?: 'not_found' | 'invalid' }> = {
  no_such_claim: { message: 'There is no such claim. Go back to the queue.', code: 'not_found' },
  not_in_review: { message: 'The claim is not in review now (someone may have just moved it). Reload the page to see where it stands.' },
  already_pending: { message: 'A decision on this claim already waits for a second reviewer. Confirm or reject it first.' },
  amount_required: { message: 'Enter the amount to approve, in dollars, more than $0.', field: 'amount', code: 'invalid' },
  amount_over_claim: {
    message: 'The amount is more than the person claims. Enter at most the amount claimed.',
    field: 'amount',
    code: 'invalid',
  },
  partly_needs_less: {
    message: 'A partial approval is for less than the amount claimed. Choose "Approve" to approve the full amount.',
    field: 'amount',
    code: 'invalid',
  },
  denial_has_amount: { message: 'A denial has no amount. Leave the amount empty.', field: 'amount', code: 'invalid' },
  reason_required: { message: 'Choose a reason.', field: 'reason', code: 'invalid' },
  unknown_reason: {
    message: 'That reason does not go with this decision. Choose one listed under the decision you chose.',
    field: 'reason',
    code: 'invalid',
  },
  same_person: { message: 'You proposed this decision, so another reviewer must confirm or reject it.' },
  needs_administrator: {
    message: 'This approval is above the amount reviewers may confirm. An administrator must confirm it, or you can reject it.',
  },
  asked_for_it: {
    message:
      'You made the request for information that went unanswered, so another reviewer must confirm this denial (or reject it to put the claim back in review).',
  },
  not_pending: { message: 'This decision no longer waits for a second reviewer. Reload the page.' },
  on_hold: { message: 'The claim is on hold: no decision counts until the hold is released.' },
  not_held: { message: 'The claim is not on hold. Reload the page.' },
  already_held: { message: 'The claim is already on hold. Reload the page to see why.' },
  assigned_to_other: { message: 'Another reviewer has this claim. Ask them to give it back first.' },
  not_assigned_to_you: { message: 'The claim is not assigned to you, so you cannot give it back.' },
  already_requested: {
    message: 'This claim already had a request for information. Only an administrator can send a second one.',
    field: 'reasons',
  },
  override_not_allowed: { message: 'Only an administrator can send a second request for information.', field: 'override' },
  not_denied: { message: 'Only a denied claim can be reopened on appeal.' },
  appeal_closed: { message: 'The appeal-by date has passed: the claim cannot be reopened on appeal.' },
};

/**
 * A rule's answer as the action's. A success on a claim's page goes back to that page with `?done=<key>`
 * (./done.ts): the command that was used may be gone from it now. A refusal stays on the form.
 */
function answer<T extends object>(
  result: ReviewResult<T>,
  done: DoneKey,
  claimId: number | null,
  fieldName?: (field: string) => string,
): ActionResult<ClaimCommandData> {
  if (result.ok && claimId !== null) redirect(`/admin/claims/${claimId}?done=${done}`);
  if (result.ok) return { ok: true, data: { message: doneMessages[done]({ cureBy: null, appealBy: null }) } };
  const p = problems[result.problem];
  const field = p.field ? (fieldName?.(p.field) ?? p.field) : undefined;
  return refuse(p.code ?? (field ? 'invalid' : 'conflict'), p.message, field ? { [field]: p.message } : undefined);
}

const deps = (ctx: StaffActionContext) => claimReviewDeps(ctx.db, ctx.auditKey);
const me = (ctx: StaffActionContext) => ctx.principal.staffId;

/** The run of an action on one claim: the claim id from the hidden field, then the rule. */
const onClaim =
  (run: (claimId: number, ctx: StaffActionContext) => Promise<ActionResult<ClaimCommandData>>) =>
  async ({ claimId }: { claimId: number | null }, ctx: StaffActionContext) =>
    claimId === null ? refuse('invalid', invalidClaim) : run(claimId, ctx);

export const assignClaimAction = staffAction({
  gate: 'reviewClaims',
  input: z.object({ claimId: z.number().nullable(), fromQueue: z.boolean() }),
  read: (form) => ({ ...readClaim(form), fromQueue: str(form, 'from') === 'queue' }),
  run: async ({ claimId, fromQueue }, ctx) => {
    if (claimId === null) return refuse('invalid', invalidClaim);
    const result = await assignToMe(deps(ctx), me(ctx), claimId);
    // From the queue nothing is revalidated: the row stays where it is with its answer (a filter on "to
    // nobody" would otherwise make it vanish under the reviewer's hand); the pages are dynamic, so the
    // claim's page and the queue's next load show the new assignment.
    if (fromQueue) return answer(result, 'assigned', null);
    return answer(result, 'assigned', claimId);
  },
});

export const unassignClaimAction = staffAction({
  gate: 'reviewClaims',
  input: claimSchema,
  read: readClaim,
  run: onClaim(async (id, ctx) => answer(await unassign(deps(ctx), me(ctx), id), 'unassigned', id)),
});

export const startReviewAction = staffAction({
  gate: 'reviewClaims',
  input: claimSchema,
  read: readClaim,
  run: onClaim(async (id, ctx) => answer(await startReview(deps(ctx), me(ctx), id), 'review_started', id)),
});

export const reopenOnAppealAction = staffAction({
  gate: 'reviewClaims',
  input: claimSchema,
  read: readClaim,
  run: onClaim(async (id, ctx) => answer(await reopenOnAppeal(deps(ctx), me(ctx), id), 'reopened', id)),
});

export const releaseHoldAction = staffAction({
  gate: 'holdClaims',
  input: claimSchema,
  read: readClaim,
  run: onClaim(async (id, ctx) => answer(await releaseHold(deps(ctx), me(ctx), id), 'released', id)),
});

export const holdClaimAction = staffAction({
  gate: 'holdClaims',
  input: z.object({ claimId: z.number().nullable(), reason: z.string() }),
  read: (form) => ({ ...readClaim(form), reason: str(form, 'holdReason') }),
  run: async ({ claimId, reason }, ctx) => {
    if (claimId === null) return refuse('invalid', invalidClaim);
    if (!reason) return refuse('invalid', 'Choose why the claim is held.', { holdReason: 'Choose why the claim is held.' });
    return answer(await holdForReview(deps(ctx), me(ctx), claimId, reason), 'held', claimId, () => 'holdReason');
  },
});

export const revealClaimAction = staffAction({
  gate: 'reviewClaims',
  input: claimSchema,
  read: readClaim,
  run: async ({ claimId }, ctx): Promise<ActionResult<RevealedClaim>> => {
    if (claimId === null) return refuse('invalid', invalidClaim);
    const revealed = await revealClaim({ db: ctx.db, sealer: ctx.sealer, auditKey: ctx.auditKey }, me(ctx), claimId);
    return revealed ? { ok: true, data: revealed } : refuse('not_found', problems.no_such_claim.message);
  },
});

export const requestInformationAction = staffAction({
  gate: 'reviewClaims',
  input: z.object({ claimId: z.number().nullable(), reasons: z.array(z.string()), mailed: z.string(), override: z.boolean() }),
  read: (form) => ({
    ...readClaim(form),
    reasons: form.getAll('reasons').filter((v): v is string => typeof v === 'string'),
    mailed: str(form, 'mailed'),
    override: str(form, 'override') === 'yes',
  }),
  run: async ({ claimId, reasons, mailed, override }, ctx) => {
    if (claimId === null) return refuse('invalid', invalidClaim);
    const fields: Record<string, string> = {};
    if (reasons.length === 0) fields.reasons = 'Choose at least one thing the person must send.';
    if (mailed !== 'yes' && mailed !== 'no') fields.mailed = 'Choose whether the request also goes by letter.';
    if (override && !allows(ctx.principal, 'overrideInformationRequest')) fields.override = problems.override_not_allowed.message;
    if (Object.keys(fields).length) return refuse('invalid', 'Check the fields marked below.', fields);
    const result = await requestInformation(deps(ctx), me(ctx), claimId, { reasonCodes: reasons, mailed: mailed === 'yes', override });
    return answer(result, 'requested', claimId, (f) => (f === 'reason' ? 'reasons' : f));
  },
});

export const decideClaimAction = staffAction({
  gate: 'reviewClaims',
  input: z.object({ claimId: z.number().nullable(), outcome: z.string(), amount: z.string(), reason: z.string() }),
  read: (form) => ({ ...readClaim(form), outcome: str(form, 'outcome'), amount: str(form, 'amount'), reason: str(form, 'reason') }),
  run: async ({ claimId, outcome, amount, reason }, ctx) => {
    if (claimId === null) return refuse('invalid', invalidClaim);
    if (outcome !== 'approved' && outcome !== 'partly_approved' && outcome !== 'denied')
      return refuse('invalid', 'Choose a decision.', { outcome: 'Choose a decision.' });
    let amountCents = 0;
    if (outcome === 'partly_approved') {
      const parsed = parseDollars(amount);
      if (parsed === null)
        return refuse('invalid', 'Enter the amount in dollars, like 1,500.00.', { amount: 'Enter the amount in dollars, like 1,500.00.' });
      amountCents = parsed;
    } else if (outcome === 'approved') {
      // "Approve" approves the whole amount claimed, as the claim row says (not as a form field says).
      const claim = await findClaimById(ctx.db, claimId);
      if (!claim) return answer({ ok: false, problem: 'no_such_claim' }, 'decision_pending', null);
      amountCents = claimedCents(claim);
    } else if (amount.trim() !== '') return answer({ ok: false, problem: 'denial_has_amount' }, 'denied', claimId);
    const reasonCode = outcome === 'approved' ? null : reason || null;
    return answer(await decideClaim(deps(ctx), me(ctx), claimId, { outcome, amountCents, reasonCode }), 'decision_pending', claimId);
  },
});

const decisionSchema = z.object({ claimId: z.number().nullable(), decisionId: z.number().nullable() });
const readDecision = (form: FormData) => ({ ...readClaim(form), decisionId: positiveId(form.get('decisionId')) });

export const confirmDecisionAction = staffAction({
  gate: 'confirmClaimDecision',
  input: decisionSchema,
  read: readDecision,
  run: async ({ claimId, decisionId }, ctx) => {
    if (decisionId === null) return refuse('invalid', 'That decision number is not valid. Reload the page.');
    // Above the threshold only a confirmer with the authority for large amounts; the statement enforces it.
    const confirmer = { staffId: me(ctx), anyAmount: allows(ctx.principal, 'confirmLargeClaimDecisions') };
    const result = await confirmDecision(deps(ctx), confirmer, decisionId);
    return answer(result, result.ok && result.outcome === 'denied' ? 'denied' : 'confirmed', claimId);
  },
});

export const rejectDecisionAction = staffAction({
  gate: 'confirmClaimDecision',
  input: decisionSchema,
  read: readDecision,
  run: async ({ claimId, decisionId }, ctx) => {
    if (decisionId === null) return refuse('invalid', 'That decision number is not valid. Reload the page.');
    return answer(await rejectDecision(deps(ctx), me(ctx), decisionId), 'rejected', claimId);
  },
});
