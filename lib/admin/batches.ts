// The notice batch operations staff perform, as the admin area's server actions call them: authorize the
// principal's role → parse → the pipeline service, acting as the principal. Tests call these directly with
// principals of every role.
import { countSelection, selectionLanguages } from '../../db/queries/batches';
import type { Executor } from '../../db/index';
import type { Tally } from '../../db/queries/dashboard';
import type { BatchSelection, NoticeBatch } from '../../db/schema';
import type { StaffPrincipal } from '../staff/principal';
import {
  actingAs,
  approveNoticeBatch,
  cancelNoticeBatch,
  createNoticeBatch,
  pauseNoticeBatch,
  resumeNoticeBatch,
  startNoticeBatch,
  type PipelineDeps,
} from '../notices/service';
import { parseBatchForm, type BatchFormValues } from './batch-form';
import { allows, type Permission } from './permissions';
import { refuseUnless, type StaffResult } from './staff-result';

export type SelectionCount = {
  records: number;
  /** Records with an email address on file. */
  withEmail: number;
  /** Notices the batch would make per channel. */
  emails: number;
  letters: number;
  languages: Tally[];
};

export async function countSelectionDetail(db: Executor, selection: BatchSelection): Promise<SelectionCount> {
  const records = await countSelection(db, selection);
  const withEmail = selection.hasEmail ? records : await countSelection(db, { ...selection, hasEmail: true });
  const languages = (await selectionLanguages(db, selection)).map((l) => ({ key: l.language, count: l.count }));
  const channels = selection.channels?.length ? selection.channels : ['email', 'letter'];
  return {
    records,
    withEmail,
    languages,
    emails: channels.includes('email') ? withEmail : 0,
    letters: channels.includes('letter') ? records : 0,
  };
}

/** "See the count before creating": how many records and notices the selection makes. */
export async function countBatchSelectionAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  form: BatchFormValues,
): Promise<StaffResult<SelectionCount>> {
  const refused = refuseUnless(principal, 'manageBatches');
  if (refused) return refused;
  const parsed = parseBatchForm(form);
  if (!parsed.ok) return parsed;
  return { ok: true, data: await countSelectionDetail(deps.db, parsed.data.selection) };
}

export async function createBatchAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  form: BatchFormValues,
): Promise<StaffResult<NoticeBatch>> {
  const refused = refuseUnless(principal, 'manageBatches');
  if (refused) return refused;
  const parsed = parseBatchForm(form);
  if (!parsed.ok) return parsed;
  const selected = await countSelection(deps.db, parsed.data.selection);
  if (selected === 0) {
    return { ok: false, error: 'No records match this selection. Widen it (fewer filters) and count again.' };
  }
  return createNoticeBatch(actingAs(deps, principal.staffId), parsed.data, selected);
}

export const batchCommands = ['approve', 'start', 'pause', 'resume', 'cancel'] as const;
export type BatchCommand = (typeof batchCommands)[number];

export const batchCommandPermission: Readonly<Record<BatchCommand, Permission>> = {
  approve: 'approveBatches',
  start: 'manageBatches',
  pause: 'manageBatches',
  resume: 'manageBatches',
  cancel: 'manageBatches',
};

export const batchCommandLabels: Readonly<Record<BatchCommand, string>> = {
  approve: 'Approve',
  start: 'Start sending',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel batch',
};

/** The commands that make sense for this batch now and that this person may use (the service decides). */
export function availableBatchCommands(batch: NoticeBatch, principal: StaffPrincipal): BatchCommand[] {
  const fits: Record<BatchCommand, boolean> = {
    approve: batch.status === 'draft' && !batch.approvedBy && batch.createdBy !== principal.staffId,
    start: batch.status === 'draft' && batch.approvedBy !== null,
    pause: batch.status === 'running',
    resume: batch.status === 'paused',
    cancel: batch.status === 'draft' || batch.status === 'running' || batch.status === 'paused',
  };
  return batchCommands.filter((c) => fits[c] && allows(principal, batchCommandPermission[c]));
}

export async function runBatchCommandAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  command: BatchCommand,
  batchId: number | null,
): Promise<StaffResult<{ batchId: number; message: string }>> {
  const refused = refuseUnless(principal, batchCommandPermission[command]);
  if (refused) return refused;
  if (batchId === null) return { ok: false, error: 'That is not a batch number. Go back to the list of batches and choose one.' };
  const as = actingAs(deps, principal.staffId);
  const done = (message: string) => ({ ok: true as const, data: { batchId, message } });
  switch (command) {
    case 'approve': {
      const r = await approveNoticeBatch(as, batchId);
      return r.ok ? done(`Batch ${batchId} is approved. A notice operator can now start it.`) : r;
    }
    case 'start': {
      const r = await startNoticeBatch(as, batchId);
      return r.ok ? done(`Batch ${batchId} has started sending.`) : r;
    }
    case 'pause': {
      const r = await pauseNoticeBatch(as, batchId);
      return r.ok ? done(`Batch ${batchId} is paused; ${r.data.held} notices are held back until it resumes.`) : r;
    }
    case 'resume': {
      const r = await resumeNoticeBatch(as, batchId);
      return r.ok ? done(`Batch ${batchId} has resumed.`) : r;
    }
    case 'cancel': {
      const r = await cancelNoticeBatch(as, batchId);
      return r.ok ? done(`Batch ${batchId} is cancelled; ${r.data.cancelled} notices will not be sent.`) : r;
    }
  }
}
