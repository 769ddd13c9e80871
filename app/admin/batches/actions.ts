'use server';
// The batches area's server actions, through the action pipeline (../_lib/action.ts): session → the
// permission (manageBatches, approveBatches) → the form read and parsed → context → the inner function in
// lib/admin/batches.ts, which applies the selection rules and acts as the signed-in staff member.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { batchFormValues, type BatchFormValues } from '@/lib/admin/batch-form';
import {
  batchCommandPermission,
  countBatchSelectionAsStaff,
  createBatchAsStaff,
  runBatchCommandAsStaff,
  type BatchCommand,
  type SelectionCount,
} from '@/lib/admin/batches';
import { positiveId } from '@/lib/admin/staff-result';
import { fromService, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction } from '@/app/admin/_lib/action';

/** What the form shows: the answers as typed and, once counted, what the selection covers. */
export type BatchFormData = { values: BatchFormValues; counted?: SelectionCount };

/** The form's shape as batchFormValues reads it; the selection's rules are lib/admin/batch-form.ts's. */
const batchFormValuesSchema = z.object({
  name: z.string(),
  type: z.string(),
  categories: z.array(z.string()),
  languages: z.array(z.string()),
  states: z.string(),
  channels: z.array(z.string()),
  hasEmail: z.boolean(),
  notYetNotified: z.boolean(),
}) satisfies z.ZodType<BatchFormValues>;

/** "Count records" shows what the selection covers; "Create batch" makes the draft and opens it. */
export const submitBatchForm = staffAction({
  gate: 'manageBatches',
  input: batchFormValuesSchema,
  read: batchFormValues,
  keep: (form) => ({ values: batchFormValues(form) }),
  run: async (values, ctx, form): Promise<ActionResult<BatchFormData>> => {
    const counted = await countBatchSelectionAsStaff(ctx, ctx.principal, values);
    if (!counted.ok) return fromService(counted);
    if (form.get('intent') !== 'create') return { ok: true, data: { values, counted: counted.data } };
    const created = await createBatchAsStaff(ctx, ctx.principal, values);
    if (!created.ok) return { ...fromService(created), keep: { counted: counted.data } } as ActionResult<BatchFormData>;
    revalidatePath('/admin/batches');
    redirect(`/admin/batches/${created.data.id}?created=1`);
  },
});

// The batch number comes from a hidden field; the service answers a missing or malformed one.
const batchIdSchema = z.object({ batchId: z.number().nullable() });
const readBatchId = (form: FormData) => ({ batchId: positiveId(form.get('batchId')) });

function command(name: BatchCommand) {
  return staffAction({
    gate: batchCommandPermission[name],
    input: batchIdSchema,
    read: readBatchId,
    run: async ({ batchId }, ctx): Promise<ActionResult<{ message: string }>> => {
      const result = await runBatchCommandAsStaff(ctx, ctx.principal, name, batchId);
      if (batchId !== null) revalidatePath(`/admin/batches/${batchId}`);
      return result.ok ? { ok: true, data: { message: result.data.message } } : fromService(result);
    },
  });
}

export const approveBatch = command('approve');
export const startBatch = command('start');
export const pauseBatch = command('pause');
export const resumeBatch = command('resume');
export const cancelBatch = command('cancel');
