'use server';
// The letters area's server actions, through the action pipeline (../_lib/action.ts): session → the
// permission (markPrintFiles) → the print file's number from the form → context → lib/letters/print-files,
// which moves the file ready → printed → mailed (each step once, the file's letters with it) and audits it.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { markPrintFile } from '@/lib/letters/print-files';
import { positiveId } from '@/lib/admin/staff-result';
import { refuse, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction, type StaffActionContext } from '@/app/admin/_lib/action';

const fileIdSchema = z.object({ fileId: z.number({ error: 'Choose a print file.' }) });
const readFileId = (form: FormData) => ({ fileId: positiveId(form.get('fileId')) ?? undefined });

/** Moves the file one step and says what happened; a refusal says why (a file moves ready → printed → mailed, once each). */
function markAs(to: 'printed' | 'mailed') {
  return async ({ fileId }: { fileId: number }, ctx: StaffActionContext): Promise<ActionResult<{ message: string }>> => {
    const result = await markPrintFile(
      { db: ctx.db, sealer: ctx.sealer, auditKey: ctx.auditKey, actor: ctx.principal.staffId },
      fileId,
      to,
    );
    if (!result.ok) return refuse('conflict', `${result.error} Reload the page to see the file's current state.`);
    revalidatePath('/admin/letters');
    revalidatePath(`/admin/batches/${result.data.batchId}`);
    const f = result.data;
    return { ok: true, data: { message: `File ${f.fileNumber} of batch ${f.batchId} is marked ${to} (${f.letters} letters).` } };
  };
}

export const markPrintFilePrinted = staffAction({ gate: 'markPrintFiles', input: fileIdSchema, read: readFileId, run: markAs('printed') });
export const markPrintFileMailed = staffAction({ gate: 'markPrintFiles', input: fileIdSchema, read: readFileId, run: markAs('mailed') });
