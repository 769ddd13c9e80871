// A claim's notices (issue 17, items 3, 5 and 9): each step of the claim, and the reminders before a cure-by
// or appeal-by date, told to the person through the notice pipeline (the outbox in `notices`, the send
// groups, the workers), by every channel on their record: a letter always, an email when the record has an
// address. In the language they chose on the claim form.
//
// One notice per claim, step and occurrence, on each channel: the outbox's unique dedupe key is
// `claim:<claim id>:<step>:<occurrence>` (the information request, the decision, the payment or the
// reminder's date), so an action retried, a double click or two workers at once add nothing the second time.
// A notice row carries ids and codes only (the claim id, the step, reason codes, an amount in cents, an ISO
// date, the payment method): no name, no address, no account, and the send jobs carry only the group key.
// The claim number is read by the compose step from the claim id, and only for the notice's own record.
//
// What a notice never carries: the PIN (shown once on the confirmation page; a letter or an email can be
// read by anyone who opens the mailbox, and with the claim number printed beside it the PIN would open the
// claim's status page and its answer form to them) and any bank detail. A person who lost the PIN still gets
// every step by post and email; the notices say so.
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  findClaimDecision,
  findClaimNoticeTarget,
  findInformationRequest,
  findPaymentForNotice,
  listExportPaymentIds,
} from '../../db/queries/claim-notices';
import { findPaymentChangeEvent } from '../../db/queries/claim-payment-change';
import { newYorkDay } from './deadlines';
import { addNoticesAndGroup, type NewNotice } from '../../db/queries/notices';
import {
  isDenialReason,
  isInformationReason,
  isPartialReason,
  type DenialReason,
  type InformationReason,
  type PartialReason,
} from './reasons';
import type { ClaimNotify } from './review';

/** What the notices need from the outside: the database (or a transaction) and the send queue's producer. */
export type ClaimNoticeDeps = {
  db: Executor;
  /** The audit chain's key (lib/crypto Hasher.auditKey). */
  auditKey: Buffer;
  enqueueGroups(groupKeys: string[]): Promise<void>;
};

export type ClaimNoticeChannel = 'letter' | 'email';

/** How far ahead of the date a reminder goes: a week (by post and email) and the day before (email only). */
export type ReminderLead = 7 | 1;

/** What each step's notice says beyond the claim itself; `occurrence` is what makes one notice of it unique. */
export type ClaimNoticeDetails = {
  filed: Record<string, never>;
  information_needed: { requestId: number; reasonCodes: readonly InformationReason[]; cureBy: string };
  approved: { decisionId: number; amountCents: number };
  partly_approved: { decisionId: number; amountCents: number; reasonCode: PartialReason };
  /** A reviewer's denial, or the confirmed denial of a claim whose request went unanswered ('no_answer'). */
  denied: { decisionId: number; reasonCode: DenialReason; appealBy: string };
  payment_issued: { paymentId: number; amountCents: number; method: 'check' | 'direct_deposit' };
  payment_returned: { paymentId: number; amountCents: number; method: 'check' | 'direct_deposit' };
  cure_reminder: { cureBy: string; lead: ReminderLead };
  appeal_reminder: { appealBy: string; lead: ReminderLead };
  /** The person changed where the payment goes (a claim_events row): the day, never the new details. */
  payment_changed: { eventId: number; changedOn: string };
};
export type ClaimNoticeEvent = keyof ClaimNoticeDetails;

export type ClaimNoticeResult =
  | { ok: true; data: { status: 'queued' | 'already_queued'; channels: ClaimNoticeChannel[] } }
  | { ok: false; error: { code: 'no_claim' } | { code: 'invalid_details'; field: string } | { code: 'no_channel' } };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isId = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;
const isCents = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

type Checked = { occurrence: string; params: Record<string, string | number> } | { field: string };

/** Checks a step's details (a caller's bug must not send a notice with a gap) and derives its key and params. */
function checkDetails(event: ClaimNoticeEvent, d: Record<string, unknown>): Checked {
  const date = (field: string) => (typeof d[field] === 'string' && isoDate.test(d[field] as string) ? (d[field] as string) : null);
  switch (event) {
    case 'filed':
      return { occurrence: 'once', params: {} };
    case 'information_needed': {
      const codes = d.reasonCodes;
      if (!isId(d.requestId)) return { field: 'requestId' };
      if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c) => typeof c === 'string' && isInformationReason(c)))
        return { field: 'reasonCodes' };
      const cureBy = date('cureBy');
      if (!cureBy) return { field: 'cureBy' };
      return { occurrence: `request-${d.requestId}`, params: { claimReasons: [...new Set(codes)].join(','), claimDate: cureBy } };
    }
    case 'approved':
    case 'partly_approved': {
      if (!isId(d.decisionId)) return { field: 'decisionId' };
      if (!isCents(d.amountCents)) return { field: 'amountCents' };
      if (event === 'approved') return { occurrence: `decision-${d.decisionId}`, params: { claimAmountCents: String(d.amountCents) } };
      if (typeof d.reasonCode !== 'string' || !isPartialReason(d.reasonCode)) return { field: 'reasonCode' };
      return { occurrence: `decision-${d.decisionId}`, params: { claimAmountCents: String(d.amountCents), claimReasons: d.reasonCode } };
    }
    case 'denied': {
      if (!isId(d.decisionId)) return { field: 'decisionId' };
      const occurrence = `decision-${d.decisionId}`;
      if (typeof d.reasonCode !== 'string' || !isDenialReason(d.reasonCode)) return { field: 'reasonCode' };
      const appealBy = date('appealBy');
      if (!appealBy) return { field: 'appealBy' };
      return { occurrence, params: { claimReasons: d.reasonCode, claimDate: appealBy } };
    }
    case 'payment_issued':
    case 'payment_returned': {
      if (!isId(d.paymentId)) return { field: 'paymentId' };
      if (!isCents(d.amountCents)) return { field: 'amountCents' };
      if (d.method !== 'check' && d.method !== 'direct_deposit') return { field: 'method' };
      return { occurrence: `payment-${d.paymentId}`, params: { claimAmountCents: String(d.amountCents), claimPaymentMethod: d.method } };
    }
    case 'cure_reminder':
    case 'appeal_reminder': {
      const field = event === 'cure_reminder' ? 'cureBy' : 'appealBy';
      const on = date(field);
      if (!on) return { field };
      if (d.lead !== 7 && d.lead !== 1) return { field: 'lead' };
      return { occurrence: `${on}-${d.lead}d`, params: { claimDate: on } };
    }
    case 'payment_changed': {
      if (!isId(d.eventId)) return { field: 'eventId' };
      const on = date('changedOn');
      if (!on) return { field: 'changedOn' };
      return { occurrence: `change-${d.eventId}`, params: { claimDate: on } };
    }
  }
}

/**
 * The channels a step goes by: every channel on the record, except the reminder the day before a date,
 * which goes by email only (a letter would arrive after the date it reminds of).
 */
function channelsFor(event: ClaimNoticeEvent, details: Record<string, unknown>, hasEmail: boolean): ClaimNoticeChannel[] {
  const lastMinute = (event === 'cure_reminder' || event === 'appeal_reminder') && details.lead === 1;
  if (lastMinute) return hasEmail ? ['email'] : [];
  return hasEmail ? ['letter', 'email'] : ['letter'];
}

/** The outbox's dedupe key of a claim's notice (the same on each channel; the channel is in the unique index). */
export function claimNoticeKey(claimId: number, event: ClaimNoticeEvent, occurrence: string): string {
  return `claim:${claimId}:${event}:${occurrence}`;
}

/**
 * Queues one claim notice, through the pipeline's single-notice path (the way a copy of a notice is sent):
 * the outbox rows and their send groups in one transaction, then the groups on the send queues. Calling it
 * again for the same step and occurrence queues nothing and answers `already_queued`.
 */
export async function queueClaimNotice<E extends ClaimNoticeEvent>(
  deps: ClaimNoticeDeps,
  claimId: number,
  event: E,
  details: ClaimNoticeDetails[E],
): Promise<ClaimNoticeResult> {
  const checked = checkDetails(event, details as Record<string, unknown>);
  if ('field' in checked) return { ok: false, error: { code: 'invalid_details', field: checked.field } };
  const outcome = await deps.db.transaction(async (tx) => {
    const claim = await findClaimNoticeTarget(tx, claimId);
    if (!claim) return null;
    const channels = channelsFor(event, details as Record<string, unknown>, claim.hasEmail);
    const rows: NewNotice[] = channels.map((channel) => ({
      recordId: claim.recordId,
      batchId: null,
      type: 'claim_status',
      channel,
      dedupeKey: claimNoticeKey(claim.id, event, checked.occurrence),
      language: claim.language,
      params: { claimId: claim.id, claimEvent: event, ...checked.params },
    }));
    const groups = await addNoticesAndGroup(tx, rows);
    if (groups.length > 0) {
      await appendAudit(tx, deps.auditKey, {
        actor: 'system',
        action: 'claim.notice_queued',
        recordId: claim.recordId,
        outcome: 'queued',
        detail: { claim: claim.id, event, channels: channels.join('+') },
      });
    }
    return { channels, groups };
  });
  if (!outcome) return { ok: false, error: { code: 'no_claim' } };
  if (outcome.channels.length === 0) return { ok: false, error: { code: 'no_channel' } };
  // After the commit: a lost enqueue leaves the groups `queued` in PostgreSQL, where the reconciler finds them.
  if (outcome.groups.length > 0) await deps.enqueueGroups(outcome.groups);
  return { ok: true, data: { status: outcome.groups.length > 0 ? 'queued' : 'already_queued', channels: outcome.channels } };
}

// The seams the reviewers' and payments' actions call after their own transaction has committed, with the
// id of what they wrote: each reads the facts back from the database, so a notice says what was stored,
// not what a caller thought it stored.

/** After a reviewer asked for more information (a claim_information_requests row). */
export async function notifyInformationRequested(deps: ClaimNoticeDeps, requestId: number): Promise<ClaimNoticeResult> {
  const request = await findInformationRequest(deps.db, requestId);
  if (!request) return { ok: false, error: { code: 'no_claim' } };
  return queueClaimNotice(deps, request.claimId, 'information_needed', {
    requestId: request.id,
    reasonCodes: request.reasonCodes as InformationReason[],
    cureBy: request.cureBy,
  });
}

/**
 * After a decision took effect (when the second person confirmed it; a lapse denial too). A decision still
 * waiting for its second reviewer tells the person nothing yet.
 */
export async function notifyClaimDecided(deps: ClaimNoticeDeps, decisionId: number): Promise<ClaimNoticeResult> {
  const decision = await findClaimDecision(deps.db, decisionId);
  if (!decision) return { ok: false, error: { code: 'no_claim' } };
  if (decision.state !== 'applied') return { ok: false, error: { code: 'invalid_details', field: 'state' } };
  const { claimId, amountCents, reasonCode } = decision;
  if (decision.outcome === 'approved') return queueClaimNotice(deps, claimId, 'approved', { decisionId, amountCents });
  if (decision.outcome === 'partly_approved')
    return queueClaimNotice(deps, claimId, 'partly_approved', { decisionId, amountCents, reasonCode: reasonCode as PartialReason });
  const claim = await findClaimNoticeTarget(deps.db, claimId);
  return queueClaimNotice(deps, claimId, 'denied', { decisionId, reasonCode: reasonCode as DenialReason, appealBy: claim?.appealBy ?? '' });
}

/** After a payment went out (its export released): by the method its export used. */
export async function notifyPaymentIssued(deps: ClaimNoticeDeps, paymentId: number): Promise<ClaimNoticeResult> {
  const payment = await findPaymentForNotice(deps.db, paymentId);
  if (!payment) return { ok: false, error: { code: 'no_claim' } };
  if (payment.exportState !== 'released') return { ok: false, error: { code: 'invalid_details', field: 'exportState' } };
  return queueClaimNotice(deps, payment.claimId, 'payment_issued', { paymentId, amountCents: payment.amountCents, method: payment.method });
}

/** After a payment came back (a bank return, a check returned by mail). */
export async function notifyPaymentReturned(deps: ClaimNoticeDeps, paymentId: number): Promise<ClaimNoticeResult> {
  const payment = await findPaymentForNotice(deps.db, paymentId);
  if (!payment) return { ok: false, error: { code: 'no_claim' } };
  if (!payment.returnedAt) return { ok: false, error: { code: 'invalid_details', field: 'returnedAt' } };
  return queueClaimNotice(deps, payment.claimId, 'payment_returned', {
    paymentId,
    amountCents: payment.amountCents,
    method: payment.method,
  });
}

/** After the person changed where the payment goes (the change's history entry): the day, in New York. */
export async function notifyPaymentChanged(deps: ClaimNoticeDeps, eventId: number): Promise<ClaimNoticeResult> {
  const event = await findPaymentChangeEvent(deps.db, eventId);
  if (!event) return { ok: false, error: { code: 'no_claim' } };
  return queueClaimNotice(deps, event.claimId, 'payment_changed', { eventId, changedOn: newYorkDay(event.at) });
}

/** After an export was released: a payment notice for each of its payments. Returns how many were queued. */
export async function notifyExportReleased(deps: ClaimNoticeDeps, exportId: number): Promise<{ queued: number; already: number }> {
  let queued = 0;
  let already = 0;
  for (const paymentId of await listExportPaymentIds(deps.db, exportId)) {
    const result = await notifyPaymentIssued(deps, paymentId);
    if (result.ok && result.data.status === 'queued') queued++;
    else if (result.ok) already++;
  }
  return { queued, already };
}

/**
 * The reviewers' notice seam (lib/claims/review.ts `ClaimNotify`: a request for information, a decision that
 * counts) wired to these notices. It is called after the step's transaction; a notice that cannot be
 * queued is reported to `onProblem`, not thrown, because the step it announces stands. Retrying the action or
 * the job queues it again (the dedupe key keeps one per occurrence).
 */
export function reviewNotifier(deps: ClaimNoticeDeps, onProblem: (line: string) => void): ClaimNotify {
  return async (event) => {
    const result =
      event.kind === 'information_requested'
        ? await notifyInformationRequested(deps, event.requestId)
        : await notifyClaimDecided(deps, event.decisionId);
    if (!result.ok) onProblem(`[claims] no ${event.kind} notice for claim ${event.claimId}: ${JSON.stringify(result.error)}`);
  };
}
