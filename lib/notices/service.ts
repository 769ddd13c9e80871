// Notice batch and disposal mutations, shared by the CLI now and the admin area later. Each follows the
// same steps: parse → (authorize: the caller's job) → write → enqueue, and records itself in the audit log.
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { approveBatch, createBatch, findBatch, selectionLanguages, transitionBatch, type BatchProgress, batchProgress } from '../../db/queries/batches';
import {
  approveDisposalCertification, findDisposalCertification, linkCertificationBatch, lockDisposalChanges, recordDisposalCertification, refreshDisposalMarks,
  withdrawDisposalCertification,
} from '../../db/queries/disposal';
import { cancelBatchNotices, groupNotices, pendingBatchNotices, unqueueBatchNotices } from '../../db/queries/notices';
import type { DisposalCertification, DisposalMethod, NoticeBatch } from '../../db/schema';
import { normalizeNoticeCodeInput } from '../identifiers/notice-code';
import { createBatchSchema, disposalMethodCodes, disposalSchema, withdrawalReasonSchema } from '../validation/notices';

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export type ServiceDeps = {
  db: Database;
  auditKey: Buffer;
  actor: string;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  enqueueExpansion(batchId: number, checkpoint: number): Promise<void>;
};

const fail = <T>(error: string): Result<T> => ({ ok: false, error });

async function audit(deps: ServiceDeps, action: string, outcome: string, detail: Record<string, string | number | boolean | null>) {
  await appendAudit(deps.db, deps.auditKey, { actor: deps.actor, action, outcome, detail });
}

export async function createNoticeBatch(deps: ServiceDeps, input: unknown): Promise<Result<NoticeBatch>> {
  const parsed = createBatchSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const batch = await createBatch(deps.db, { ...parsed.data, createdBy: deps.actor });
  await audit(deps, 'batch.created', 'ok', { batchId: batch.id, type: batch.type, total: batch.totalAtCreation });
  return { ok: true, data: batch };
}

export async function previewNoticeBatch(deps: Pick<ServiceDeps, 'db'>, id: number) {
  const batch = await findBatch(deps.db, id);
  if (!batch) return fail<never>(`There is no batch ${id}.`);
  return { ok: true as const, data: { batch, languages: await selectionLanguages(deps.db, batch.selection) } };
}

/**
 * Four eyes: a batch is approved by a staff member other than the one who created it. Refusals are audited
 * too, so an attempt to approve one's own batch leaves a trace.
 */
export async function approveNoticeBatch(deps: ServiceDeps, id: number): Promise<Result<NoticeBatch>> {
  const approved = await approveBatch(deps.db, id, deps.actor);
  if (approved) {
    await audit(deps, 'batch.approved', 'ok', { batchId: id });
    return { ok: true, data: approved };
  }
  const batch = await findBatch(deps.db, id);
  const [reason, message] = !batch
    ? (['not_found', `There is no batch ${id}.`] as const)
    : batch.createdBy === deps.actor
      ? (['own_batch', `You created batch ${id}, so another staff member must approve it.`] as const)
      : batch.status !== 'draft'
        ? (['not_draft', `Batch ${id} cannot be approved: it is ${batch.status}, and only a draft is approved.`] as const)
        : (['already_approved', `Batch ${id} is already approved.`] as const);
  await audit(deps, 'batch.approved', 'refused', { batchId: id, reason });
  return fail(message);
}

export async function startNoticeBatch(deps: ServiceDeps, id: number): Promise<Result<NoticeBatch>> {
  const batch = await transitionBatch(deps.db, id, ['draft'], 'running', { approvedOnly: true });
  if (!batch) {
    const current = await findBatch(deps.db, id);
    if (!current) return fail(`There is no batch ${id}.`);
    if (current.status === 'draft') return fail(`Batch ${id} cannot start until a second staff member approves it.`);
    return fail(`Batch ${id} cannot start: it is ${current.status}, not an approved draft.`);
  }
  await audit(deps, 'batch.started', 'ok', { batchId: id });
  await deps.enqueueExpansion(id, batch.expandedThrough);
  return { ok: true, data: batch };
}

export async function pauseNoticeBatch(deps: ServiceDeps, id: number): Promise<Result<NoticeBatch & { held: number }>> {
  const batch = await transitionBatch(deps.db, id, ['running'], 'paused');
  if (!batch) return fail(`Batch ${id} cannot pause: it is not running.`);
  const held = await unqueueBatchNotices(deps.db, id);
  await audit(deps, 'batch.paused', 'ok', { batchId: id, held });
  return { ok: true, data: { ...batch, held } };
}

export async function resumeNoticeBatch(deps: ServiceDeps, id: number): Promise<Result<NoticeBatch>> {
  const batch = await deps.db.transaction(async (tx) => {
    const b = await transitionBatch(tx, id, ['paused'], 'running');
    if (!b) return undefined;
    return { batch: b, groups: await groupNotices(tx, await pendingBatchNotices(tx, id)) };
  });
  if (!batch) return fail(`Batch ${id} cannot resume: it is not paused.`);
  await audit(deps, 'batch.resumed', 'ok', { batchId: id, groups: batch.groups.length });
  await deps.enqueueGroups(batch.groups);
  if (!batch.batch.expansionDone) await deps.enqueueExpansion(id, batch.batch.expandedThrough);
  return { ok: true, data: batch.batch };
}

export async function cancelNoticeBatch(deps: ServiceDeps, id: number): Promise<Result<NoticeBatch & { cancelled: number }>> {
  const batch = await transitionBatch(deps.db, id, ['draft', 'running', 'paused'], 'cancelled');
  if (!batch) return fail(`Batch ${id} cannot be cancelled: it has already finished.`);
  const cancelled = await cancelBatchNotices(deps.db, id);
  await audit(deps, 'batch.cancelled', 'ok', { batchId: id, cancelled });
  return { ok: true, data: { ...batch, cancelled } };
}

export async function getBatchProgress(deps: Pick<ServiceDeps, 'db'>, id: number): Promise<BatchProgress | undefined> {
  return batchProgress(deps.db, id);
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
  await audit(deps, 'disposal.recorded', 'ok', { certificationId: certification.id, scope: d.scope, method: d.method, recordsCovered: certification.recordsMarked, status: 'draft' });
  return { ok: true, data: { certification } };
}

/** Why a certification could not be approved or withdrawn, from its row as it is now. */
function refusalOf(cert: DisposalCertification | undefined, id: number, actor: string, step: 'approve' | 'withdraw'): readonly [string, string] {
  if (!cert) return ['not_found', `There is no disposal certification ${id}.`];
  if (cert.status === 'withdrawn') return ['withdrawn', `Certification ${id} was withdrawn; a withdrawn certification cannot be approved or withdrawn again.`];
  if (step === 'approve' && cert.status === 'approved') return ['already_approved', `Certification ${id} is already approved.`];
  if (cert.recordedBy === actor) {
    return step === 'approve'
      ? ['own_certification', `You recorded certification ${id}, so another staff member must approve it.`]
      : ['own_certification', `You recorded certification ${id}, so another staff member must withdraw it.`];
  }
  return ['conflict', `Certification ${id} changed while you were looking at it. Open it again.`];
}

/**
 * Four eyes: a staff member other than the one who recorded it approves a draft certification. In one
 * transaction the records it covers are marked (those no earlier approved certification covers) and the
 * batch of their disposal confirmations is created as a draft, which needs its own approval before it
 * is sent. Refusals are audited too.
 */
export async function approveDisposal(deps: ServiceDeps, id: number): Promise<Result<{ certification: DisposalCertification; batch: NoticeBatch | null; marked: number }>> {
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
    await appendAudit(tx, deps.auditKey, { actor: deps.actor, action: 'disposal.approved', outcome: 'ok', detail: { certificationId: id, marked: marks.marked, batchId: batch?.id ?? approved.batchId } });
    if (batch) await appendAudit(tx, deps.auditKey, { actor: deps.actor, action: 'batch.created', outcome: 'ok', detail: { batchId: batch.id, type: batch.type, total: batch.totalAtCreation } });
    return { ok: true as const, data: { certification: { ...approved, batchId: batch?.id ?? approved.batchId }, batch, marked: marks.marked } };
  });
  if (!done.ok) {
    const [reason, message] = done.refused;
    await audit(deps, 'disposal.approved', 'refused', { certificationId: id, reason });
    return fail(message);
  }
  return { ok: true, data: done.data };
}

/**
 * Withdraws a certification, with a reason (four eyes again: never by its creator once approved). Its
 * marks are reversed where no other approved certification covers the record, its history stays, and its
 * confirmation batch is cancelled if it has not finished: notices not yet handed to the provider are
 * cancelled, so nobody is newly told of a disposal that no longer stands. A finished batch cannot be
 * recalled; the audit entry says how many had been sent.
 */
export async function withdrawDisposal(
  deps: ServiceDeps,
  id: number,
  reasonInput: unknown,
): Promise<Result<{ certification: DisposalCertification; unmarked: number; batchCancelled: boolean; noticesCancelled: number }>> {
  const reason = withdrawalReasonSchema.safeParse(reasonInput);
  if (!reason.success) return fail(reason.error.issues[0]!.message);
  const done = await deps.db.transaction(async (tx) => {
    await lockDisposalChanges(tx);
    const withdrawn = await withdrawDisposalCertification(tx, id, deps.actor, reason.data);
    if (!withdrawn) return { ok: false as const, refused: refusalOf(await findDisposalCertification(tx, id), id, deps.actor, 'withdraw') };
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
      detail: { certificationId: id, wasApproved: withdrawn.approvedBy !== null, unmarked: marks.unmarked, stillCovered: marks.moved, batchId: withdrawn.batchId, batchCancelled, noticesCancelled },
    });
    if (batchCancelled) await appendAudit(tx, deps.auditKey, { actor: deps.actor, action: 'batch.cancelled', outcome: 'ok', detail: { batchId: withdrawn.batchId, cancelled: noticesCancelled, because: 'disposal_withdrawn' } });
    return { ok: true as const, data: { certification: withdrawn, unmarked: marks.unmarked, batchCancelled, noticesCancelled } };
  });
  if (!done.ok) {
    const [why, message] = done.refused;
    await audit(deps, 'disposal.withdrawn', 'refused', { certificationId: id, reason: why });
    return fail(message);
  }
  return { ok: true, data: done.data };
}
