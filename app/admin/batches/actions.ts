'use server';
// The batches area's server actions: guard first (role from the session), then the inner function in
// lib/admin, which checks the role again, parses, and acts as the signed-in staff member.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { batchFormValues, type BatchFormValues } from '@/lib/admin/batch-form';
import { countBatchSelectionAsStaff, createBatchAsStaff, runBatchCommandAsStaff, type BatchCommand, type SelectionCount } from '@/lib/admin/batches';
import { adminContext } from '@/lib/admin/context';
import { positiveId, type FieldErrors } from '@/lib/admin/staff-result';
import { authorizeAction } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { batchesAccess } from './access';

// `code` is set when the guard refused (unauthenticated / forbidden), as every admin action reports it.
export type BatchFormState = { values: BatchFormValues; error?: string; code?: string; fieldErrors?: FieldErrors; counted?: SelectionCount };
export type CommandState = { ok?: boolean; message?: string; code?: string };

/** A call without a form (the authorization matrix makes one) reads as an empty form. */
const formOf = (form: unknown): FormData => (form instanceof FormData ? form : new FormData());

/** "Count records" shows what the selection covers; "Create batch" makes the draft and opens it. */
export async function submitBatchForm(_prev: BatchFormState, submitted: FormData): Promise<BatchFormState> {
  const form = formOf(submitted);
  const values = batchFormValues(form);
  const gate = await authorizeAction(batchesAccess.submitBatchForm);
  if (!gate.ok) return { values, error: gate.error.message, code: gate.error.code };
  const principal = principalOf(gate.data);
  const ctx = await adminContext();
  const counted = await countBatchSelectionAsStaff(ctx, principal, values);
  if (!counted.ok) return { values, error: counted.error, fieldErrors: counted.fieldErrors };
  if (form.get('intent') !== 'create') return { values, counted: counted.data };
  const created = await createBatchAsStaff(ctx, principal, values);
  if (!created.ok) return { values, error: created.error, fieldErrors: created.fieldErrors, counted: counted.data };
  revalidatePath('/admin/batches');
  redirect(`/admin/batches/${created.data.id}?created=1`);
}

async function command(name: BatchCommand, form: FormData): Promise<CommandState> {
  const gate = await authorizeAction(batchesAccess[`${name}Batch`]);
  if (!gate.ok) return { ok: false, message: gate.error.message, code: gate.error.code };
  const principal = principalOf(gate.data);
  const id = positiveId(formOf(form).get('batchId'));
  const result = await runBatchCommandAsStaff(await adminContext(), principal, name, id);
  if (id !== null) revalidatePath(`/admin/batches/${id}`);
  return result.ok ? { ok: true, message: result.data.message } : { ok: false, message: result.error };
}

export async function approveBatch(_prev: CommandState, form: FormData): Promise<CommandState> {
  return command('approve', form);
}
export async function startBatch(_prev: CommandState, form: FormData): Promise<CommandState> {
  return command('start', form);
}
export async function pauseBatch(_prev: CommandState, form: FormData): Promise<CommandState> {
  return command('pause', form);
}
export async function resumeBatch(_prev: CommandState, form: FormData): Promise<CommandState> {
  return command('resume', form);
}
export async function cancelBatch(_prev: CommandState, form: FormData): Promise<CommandState> {
  return command('cancel', form);
}
