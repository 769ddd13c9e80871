'use server';
// The disposal area's server action: guard first, then the inner function (role check, parse, record as
// the signed-in staff member). "Count records" shows what the scope covers before anything is written.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminContext } from '@/lib/admin/context';
import { countDisposalScopeAsStaff, disposalFormValues, recordDisposalAsStaff, type DisposalFormValues } from '@/lib/admin/disposal';
import type { FieldErrors } from '@/lib/admin/staff-result';
import { authorizeAction } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { disposalAccess } from './access';

// `code` is set when the guard refused (unauthenticated / forbidden), as every admin action reports it.
export type DisposalFormState = { values: DisposalFormValues; error?: string; code?: string; fieldErrors?: FieldErrors; counted?: { matching: number; notYetCovered: number } };

export async function submitDisposalForm(_prev: DisposalFormState, submitted: FormData): Promise<DisposalFormState> {
  // A call without a form (the authorization matrix makes one) reads as an empty form.
  const form = submitted instanceof FormData ? submitted : new FormData();
  const values = disposalFormValues(form);
  const gate = await authorizeAction(disposalAccess.submitDisposalForm);
  if (!gate.ok) return { values, error: gate.error.message, code: gate.error.code };
  const principal = principalOf(gate.data);
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
