// The claim-notice reconciler: every claim step queues its notice after its own transaction has committed
// (lib/claims/notify.ts), so a process that dies between the two leaves a step the person never hears of.
// This finds such steps (db/queries/claim-notices.ts findUnnotifiedClaimSteps) once they are older than a
// grace period (a step whose notice is being queued right now is left to its own call) and queues each
// through the same seam its step uses. Idempotent: the outbox's dedupe key keeps one notice per step, so
// two runs at once, or a run racing the step's own call, queue each notice once.
import { findUnnotifiedClaimSteps } from '../../db/queries/claim-notices';
import {
  notifyClaimDecided,
  notifyInformationRequested,
  notifyPaymentChanged,
  notifyPaymentIssued,
  notifyPaymentReturned,
  queueClaimNotice,
  type ClaimNoticeDeps,
  type ClaimNoticeResult,
} from './notify';
import type { UnnotifiedStep } from '../../db/queries/claim-notices';

export type ReconcileRun = { queued: number; already: number; problems: string[] };

/** How long a step's own notice call has before the reconciler takes over. */
export const claimNoticeGraceMs = 2 * 60 * 1000;

function queueFor(deps: ClaimNoticeDeps, step: UnnotifiedStep): Promise<ClaimNoticeResult> {
  switch (step.kind) {
    case 'filed':
      return queueClaimNotice(deps, step.claimId, 'filed', {});
    case 'information_needed':
      return notifyInformationRequested(deps, step.requestId);
    case 'decided':
      return notifyClaimDecided(deps, step.decisionId);
    case 'payment_issued':
      return notifyPaymentIssued(deps, step.paymentId);
    case 'payment_returned':
      return notifyPaymentReturned(deps, step.paymentId);
    case 'payment_changed':
      return notifyPaymentChanged(deps, step.eventId);
  }
}

/** Queues the missing notice of every claim step older than the grace period, a page at a time. */
export async function reconcileClaimNotices(
  deps: ClaimNoticeDeps,
  options: { now?: Date; graceMs?: number; pageSize?: number } = {},
): Promise<ReconcileRun> {
  const before = new Date((options.now ?? new Date()).getTime() - (options.graceMs ?? claimNoticeGraceMs));
  const pageSize = options.pageSize ?? 500;
  const run: ReconcileRun = { queued: 0, already: 0, problems: [] };
  // Each step is tried once a run: one that cannot be told (its claim gone, a detail missing) is reported,
  // and one found again after its notice was queued (its key built differently here and there) cannot loop.
  const tried = new Set<string>();
  for (;;) {
    const steps = (await findUnnotifiedClaimSteps(deps.db, before, pageSize)).filter((s) => !tried.has(JSON.stringify(s)));
    if (steps.length === 0) return run;
    for (const step of steps) {
      tried.add(JSON.stringify(step));
      const result = await queueFor(deps, step);
      if (result.ok && result.data.status === 'queued') run.queued++;
      else if (result.ok) run.already++;
      else run.problems.push(`${JSON.stringify(step)}: ${JSON.stringify(result.error)}`);
    }
  }
}
