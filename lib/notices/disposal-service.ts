// Disposal certification mutations, shared by the CLI and the admin area, in the steps every mutation takes:
// parse → (authorize: the caller's job) → write, in one transaction under the disposal lock → audit.
// Four eyes throughout, with each rule in the SQL statement (db/queries/disposal.ts): recording makes a
// draft that a second person approves; an approved certification is withdrawn by two people too, one who
// requests it and another who confirms it. Refusals are audited as well as successes.
import { appendAudit } from '../../db/queries/audit';
import { createBatch, transitionBatch } from '../../db/queries/batches';
import {
  approveDisposalCertification,
  cancelDisposalWithdrawal,
  confirmDisposalWithdrawal,
  discardDisposalDraft,
  findDisposalCertification,
  linkCertificationBatch,
  lockDisposalChanges,
  recordDisposalCertification,
  refreshDisposalMarks,
  requestDisposalWithdrawal,
} from '../../db/queries/disposal';
import { cancelBatchNotices } from '../../db/queries/notices';
import type { DisposalCertification, DisposalMethod, NoticeBatch } from '../../db/schema';
import { normalizeNoticeCodeInput } from '../identifiers/notice-code';
import { disposalMethodCodes, disposalSchema, withdrawalReasonSchema } from '../validation/notices';
import type { Result, ServiceDeps } from './service';

const fail = <T>(error: string): Result<T> => ({ ok: false, error });

async function audit(deps: ServiceDeps, action: string, outcome: string, detail: Record<string, string | number | boolean | null>) {
  await appendAudit(deps.db, deps.auditKey, { actor: deps.actor, action, outcome, detail });
}

// The one list of methods, in the schema's enum and the form's validation alike.
disposalMethodCodes satisfies readonly DisposalMethod[];

/**
 * Records that DHS certified disposal, as a draft: the certification and the records its scope covers now.
 * Nothing is marked and no public page changes until a second staff member approves it (approveDisposal).
 */
export async function recordDisposal(deps: ServiceDeps, input: unknown): Promise<Result<{ certification: DisposalCertification }>> {
  const parsed = disposalSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const d = parsed.data;
  let scopeValue = d.scopeValue;
  if (d.scope === 'notice_codes') {
    const codes = scopeValue.map(normalizeNoticeCodeInput);
    if (codes.some((c) => c === null)) return fail('One of the notice codes is not in the right form (12 letters and digits).');
    scopeValue = codes as string[];
  }
  const certification = await recordDisposalCertification(deps.db, { ...d, scopeValue, recordedBy: deps.actor });
  await audit(deps, 'disposal.recorded', 'ok', {
    certificationId: certification.id,
    scope: d.scope,
    method: d.method,
    recordsCovered: certification.recordsMarked,
    status: 'draft',
  });
  return { ok: true, data: { certification } };
}

type Step = 'approve' | 'withdraw' | 'confirm' | 'cancel';

/** Why a step was refused, from the certification's row as it is now (read after the statement refused). */
function refusalOf(cert: DisposalCertification | undefined, id: number, actor: string, step: Step): readonly [string, string] {
  if (!cert) return ['not_found', `There is no disposal certification ${id}.`];
  if (cert.status === 'withdrawn')
    return ['withdrawn', `Certification ${id} was withdrawn; a withdrawn certification cannot be changed again.`];
  switch (step) {
    case 'approve':
      if (cert.status === 'approved') return ['already_approved', `Certification ${id} is already approved.`];
      if (cert.recordedBy === actor)
        return ['own_certification', `You recorded certification ${id}, so another staff member must approve it.`];
      break;
    case 'withdraw':
      if (cert.withdrawalRequestedBy)
        return ['already_requested', `A withdrawal of certification ${id} is already waiting for a second person to confirm it.`];
      break;
    case 'confirm':
    case 'cancel':
      if (cert.status === 'draft') return ['draft', `Certification ${id} is a draft: discard it instead.`];
      if (!cert.withdrawalRequestedBy)
        return ['no_request', `Nobody has asked to withdraw certification ${id}, or the request was cancelled.`];
      if (step === 'confirm' && cert.withdrawalRequestedBy === actor) {
        return ['own_request', `You asked to withdraw certification ${id}, so another staff member must confirm it.`];
      }
      break;
  }
  return ['conflict', `Certification ${id} changed while you were looking at it. Open it again.`];
}

/**
 * Four eyes: a staff member other than the one who recorded it approves a draft certification. In one
 * transaction the records it covers are marked (those no earlier approved certification covers) and the
 * batch of their disposal confirmations is created as a draft, which needs its own approval before it
 * is sent.
 */
export async function approveDisposal(
  deps: ServiceDeps,
  id: number,
): Promise<Result<{ certification: DisposalCertification; batch: NoticeBatch | null; marked: number }>> {
  const done = await deps.db.transaction(async (tx) => {
    await lockDisposalChanges(tx);
    const approved = await approveDisposalCertification(tx, id, deps.actor);
    if (!approved) return { ok: false as const, refused: refusalOf(await findDisposalCertification(tx, id), id, deps.actor, 'approve') };
    const marks = await refreshDisposalMarks(tx, id);
    let batch: NoticeBatch | null = null;
    if (!approved.batchId) {
      batch = await createBatch(tx, {
        name: `Disposal confirmations for certification ${approved.reference}`,
        type: 'disposal_confirmation',
        selection: { disposalCertificationId: id },
        createdBy: deps.actor,
      });
      await linkCertificationBatch(tx, id, batch.id);
    }
    await appendAudit(tx, deps.auditKey, {
      actor: deps.actor,
      action: 'disposal.approved',
      outcome: 'ok',
      detail: { certificationId: id, marked: marks.marked, batchId: batch?.id ?? approved.batchId },
    });
    if (batch)
      await appendAudit(tx, deps.auditKey, {
        actor: deps.actor,
        action: 'batch.created',
        outcome: 'ok',
        detail: { batchId: batch.id, type: batch.type, total: batch.totalAtCreation },
      });
    return {
      ok: true as const,
      data: { certification: { ...approved, batchId: batch?.id ?? approved.batchId }, batch, marked: marks.marked },
    };
  });
  if (!done.ok) {
    const [reason, message] = done.refused;
    await audit(deps, 'disposal.approved', 'refused', { certificationId: id, reason });
    return fail(message);
  }
  return { ok: true, data: done.data };
}

export type WithdrawOutcome = { certification: DisposalCertification; step: 'discarded' | 'requested' };

/**
 * "Withdraw", with a reason. A draft changed nothing, so it is discarded in one step (by anyone allowed,
 * its creator too). An approved certification is not withdrawn here: this asks for its withdrawal, and it
 * stands, marks, public pages and confirmations unchanged, until another staff member confirms
 * (confirmDisposalWithdrawal) or someone cancels the request. The reason is internal and never audited
 * (free text); the audit entry says who asked and when.
 */
export async function withdrawDisposal(deps: ServiceDeps, id: number, reasonInput: unknown): Promise<Result<WithdrawOutcome>> {
  const reason = withdrawalReasonSchema.safeParse(reasonInput);
  if (!reason.success) return fail(reason.error.issues[0]!.message);
  const done = await deps.db.transaction(async (tx) => {
    await lockDisposalChanges(tx);
    const discarded = await discardDisposalDraft(tx, id, deps.actor, reason.data);
    if (discarded) {
      await appendAudit(tx, deps.auditKey, {
        actor: deps.actor,
        action: 'disposal.discarded',
        outcome: 'ok',
        detail: { certificationId: id },
      });
      return { ok: true as const, data: { certification: discarded, step: 'discarded' as const } };
    }
    const requested = await requestDisposalWithdrawal(tx, id, deps.actor, reason.data);
    if (!requested) return { ok: false as const, refused: refusalOf(await findDisposalCertification(tx, id), id, deps.actor, 'withdraw') };
    await appendAudit(tx, deps.auditKey, {
      actor: deps.actor,
      action: 'disposal.withdrawal_requested',
      outcome: 'ok',
      detail: { certificationId: id, recordedBy: requested.recordedBy },
    });
    return { ok: true as const, data: { certification: requested, step: 'requested' as const } };
  });
  if (!done.ok) {
    const [why, message] = done.refused;
    await audit(deps, 'disposal.withdrawal_requested', 'refused', { certificationId: id, reason: why });
    return fail(message);
  }
  return { ok: true, data: done.data };
}

/** Drops a pending withdrawal request, the requester's own or another's: nothing else changes. */
export async function cancelDisposalWithdrawalRequest(
  deps: ServiceDeps,
  id: number,
): Promise<Result<{ certification: DisposalCertification; requestedBy: string }>> {
  const done = await deps.db.transaction(async (tx) => {
    await lockDisposalChanges(tx);
    const before = await cancelDisposalWithdrawal(tx, id);
    if (!before) return { ok: false as const, refused: refusalOf(await findDisposalCertification(tx, id), id, deps.actor, 'cancel') };
    await appendAudit(tx, deps.auditKey, {
      actor: deps.actor,
      action: 'disposal.withdrawal_cancelled',
      outcome: 'ok',
      detail: { certificationId: id, requestedBy: before.withdrawalRequestedBy, ownRequest: before.withdrawalRequestedBy === deps.actor },
    });
    return {
      ok: true as const,
      data: { certification: (await findDisposalCertification(tx, id))!, requestedBy: before.withdrawalRequestedBy! },
    };
  });
  if (!done.ok) {
    const [why, message] = done.refused;
    await audit(deps, 'disposal.withdrawal_cancelled', 'refused', { certificationId: id, reason: why });
    return fail(message);
  }
  return { ok: true, data: done.data };
}

/**
 * The second person confirms a pending withdrawal request (never its requester: the statement refuses
 * them, and a CHECK constraint under it). In one transaction the certification is withdrawn, its marks are
 * reversed where no other approved certification covers the record, and its confirmation batch is
 * cancelled if it has not finished: notices not yet handed to the provider are cancelled, so nobody is
 * newly told of a disposal that no longer stands. A finished batch cannot be recalled; the audit entry
 * says so. History stays: who recorded, approved, asked to withdraw, confirmed, and why.
 */
export async function confirmDisposalWithdrawalRequest(
  deps: ServiceDeps,
  id: number,
): Promise<Result<{ certification: DisposalCertification; unmarked: number; batchCancelled: boolean; noticesCancelled: number }>> {
  const done = await deps.db.transaction(async (tx) => {
    await lockDisposalChanges(tx);
    const withdrawn = await confirmDisposalWithdrawal(tx, id, deps.actor);
    if (!withdrawn) return { ok: false as const, refused: refusalOf(await findDisposalCertification(tx, id), id, deps.actor, 'confirm') };
    const marks = await refreshDisposalMarks(tx, id);
    let batchCancelled = false;
    let noticesCancelled = 0;
    if (withdrawn.batchId) {
      batchCancelled = (await transitionBatch(tx, withdrawn.batchId, ['draft', 'running', 'paused'], 'cancelled')) !== undefined;
      if (batchCancelled) noticesCancelled = await cancelBatchNotices(tx, withdrawn.batchId);
    }
    await appendAudit(tx, deps.auditKey, {
      actor: deps.actor,
      action: 'disposal.withdrawn',
      outcome: 'ok',
      detail: {
        certificationId: id,
        requestedBy: withdrawn.withdrawalRequestedBy,
        unmarked: marks.unmarked,
        stillCovered: marks.moved,
        batchId: withdrawn.batchId,
        batchCancelled,
        noticesCancelled,
      },
    });
    if (batchCancelled)
      await appendAudit(tx, deps.auditKey, {
        actor: deps.actor,
        action: 'batch.cancelled',
        outcome: 'ok',
        detail: { batchId: withdrawn.batchId, cancelled: noticesCancelled, because: 'disposal_withdrawn' },
      });
    return { ok: true as const, data: { certification: withdrawn, unmarked: marks.unmarked, batchCancelled, noticesCancelled } };
  });
  if (!done.ok) {
    const [why, message] = done.refused;
    await audit(deps, 'disposal.withdrawn', 'refused', { certificationId: id, reason: why });
    return fail(message);
  }
  return { ok: true, data: done.data };
}
