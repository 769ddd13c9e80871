'use server';
// The disposal area's server action: guard first, then the inner function (role check, parse, record as
// the signed-in staff member). "Count records" shows what the scope covers before anything is written.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminContext } from '@/lib/admin/context';
import { countDisposalScopeAsStaff, disposalFormValues, recordDisposalAsStaff, type DisposalFormValues } from '@/lib/admin/disposal';
import type { FieldErrors } from '@/lib/admin/staff-result';
import { requireStaff } from '@/lib/auth/guard';
import { disposalAccess } from './access';

export type DisposalFormState = { values: DisposalFormValues; error?: string; fieldErrors?: FieldErrors; counted?: { matching: number; notYetCovered: number } };

export async function submitDisposalForm(_prev: DisposalFormState, form: FormData): Promise<DisposalFormState> {
  const principal = await requireStaff(disposalAccess.submitDisposalForm);
  const values = disposalFormValues(form);
  const ctx = await adminContext();
  const counted = await countDisposalScopeAsStaff(ctx, principal, values);
  if (!counted.ok) return { values, error: counted.error, fieldErrors: counted.fieldErrors };
  if (form.get('intent') !== 'record') return { values, counted: counted.data };
  const recorded = await recordDisposalAsStaff(ctx, principal, values);
  if (!recorded.ok) return { values, error: recorded.error, fieldErrors: recorded.fieldErrors, counted: counted.data };
  revalidatePath('/admin/disposal');
  revalidatePath('/admin/batches');
  redirect(`/admin/disposal/${recorded.data.certification.id}?recorded=1`);
}
