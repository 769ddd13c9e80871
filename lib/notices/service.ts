// Notice batch mutations, shared by the CLI and the admin area (disposal certifications: disposal-service.ts). Each follows the
// same steps: parse → (authorize: the caller's job) → write → enqueue, and records itself in the audit log.
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  approveBatch,
  createBatch,
  findBatch,
  selectionLanguages,
  transitionBatch,
  type BatchProgress,
  batchProgress,
} from '../../db/queries/batches';
import { cancelBatchNotices, groupNotices, pendingBatchNotices, unqueueBatchNotices } from '../../db/queries/notices';
import type { NoticeBatch } from '../../db/schema';
import { createBatchSchema, type CreateBatchInput } from '../validation/notices';

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export type ServiceDeps = {
  db: Database;
  auditKey: Buffer;
  actor: string;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  enqueueExpansion(batchId: number, checkpoint: number): Promise<void>;
};

/** The dependencies without an actor: what a composition root (server/pipeline-deps.ts) or a test builds. */
export type PipelineDeps = Omit<ServiceDeps, 'actor'>;

/** The same dependencies acting as someone: their id goes into the audit log and the four-eyes check. */
export function actingAs(deps: PipelineDeps, actor: string): ServiceDeps {
  return { ...deps, actor };
}

const fail = <T>(error: string): Result<T> => ({ ok: false, error });

async function audit(deps: ServiceDeps, action: string, outcome: string, detail: Record<string, string | number | boolean | null>) {
  await appendAudit(deps.db, deps.auditKey, { actor: deps.actor, action, outcome, detail });
}

/** A batch as the CLI or a test describes it, parsed by the one schema the staff form uses too. */
export function parseNoticeBatch(input: unknown): Result<CreateBatchInput> {
  const parsed = createBatchSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : fail(parsed.error.issues[0]!.message);
}

/**
 * Creates a draft from a parsed batch (parseNoticeBatch, or the staff form's parseBatchForm). `selected`:
 * the selection's records when the caller has just counted them, so they are not counted twice.
 */
export async function createNoticeBatch(deps: ServiceDeps, input: CreateBatchInput, selected?: number): Promise<Result<NoticeBatch>> {
  const batch = await createBatch(deps.db, { ...input, createdBy: deps.actor }, selected);
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
  // The batch's status and its notices change together: a batch never shows paused with notices still queued.
  const paused = await deps.db.transaction(async (tx) => {
    const batch = await transitionBatch(tx, id, ['running'], 'paused');
    if (!batch) return undefined;
    return { ...batch, held: await unqueueBatchNotices(tx, id) };
  });
  if (!paused) return fail(`Batch ${id} cannot pause: it is not running.`);
  await audit(deps, 'batch.paused', 'ok', { batchId: id, held: paused.held });
  return { ok: true, data: paused };
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
  // Together, as pausing: a cancelled batch never keeps notices that could still be sent.
  const cancelled = await deps.db.transaction(async (tx) => {
    const batch = await transitionBatch(tx, id, ['draft', 'running', 'paused'], 'cancelled');
    if (!batch) return undefined;
    return { ...batch, cancelled: await cancelBatchNotices(tx, id) };
  });
  if (!cancelled) return fail(`Batch ${id} cannot be cancelled: it has already finished.`);
  await audit(deps, 'batch.cancelled', 'ok', { batchId: id, cancelled: cancelled.cancelled });
  return { ok: true, data: cancelled };
}

export async function getBatchProgress(deps: Pick<ServiceDeps, 'db'>, id: number): Promise<BatchProgress | undefined> {
  return batchProgress(deps.db, id);
}
