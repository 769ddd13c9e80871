'use server';
// The disposal area's server actions: guard first, then the inner function (role check, parse, act as the
// signed-in staff member). "Count records" shows what the scope covers, and a sample, before anything is
// written; recording makes a draft; approval is another staff member's (four eyes), and so is an approved
// certification's withdrawal: one asks (withdrawCertification), another confirms (confirmWithdrawal).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminContext } from '@/lib/admin/context';
import {
  approveDisposalAsStaff, cancelDisposalWithdrawalAsStaff, confirmDisposalWithdrawalAsStaff, countDisposalScopeAsStaff, disposalFormValues, recordDisposalAsStaff,
  withdrawDisposalAsStaff, type DisposalFormValues, type ScopeCount,
} from '@/lib/admin/disposal';
import { positiveId, type FieldErrors } from '@/lib/admin/staff-result';
import { authorizeAction } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { disposalAccess } from './access';

// `code` is set when the guard refused (unauthenticated / forbidden), as every admin action reports it.
export type DisposalFormState = { values: DisposalFormValues; error?: string; code?: string; fieldErrors?: FieldErrors; counted?: ScopeCount };
export type CertificationCommandState = { ok?: boolean; message?: string; code?: string; fieldErrors?: FieldErrors; reason?: string };

const invalidId = 'That certification number is not valid. Go back to the list and open it again.';

function revalidate(id: number) {
  revalidatePath(`/admin/disposal/${id}`);
  revalidatePath('/admin/disposal');
}

/** A call without a form (the authorization matrix makes one) reads as an empty form. */
const formOf = (form: unknown): FormData => (form instanceof FormData ? form : new FormData());

export async function submitDisposalForm(_prev: DisposalFormState, submitted: FormData): Promise<DisposalFormState> {
  const form = formOf(submitted);
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
  redirect(`/admin/disposal/${recorded.data.certification.id}?recorded=1`);
}

export async function approveCertification(_prev: CertificationCommandState, submitted: FormData): Promise<CertificationCommandState> {
  const gate = await authorizeAction(disposalAccess.approveCertification);
  if (!gate.ok) return { ok: false, message: gate.error.message, code: gate.error.code };
  const id = positiveId(formOf(submitted).get('certificationId'));
  if (id === null) return { ok: false, message: 'That certification number is not valid. Go back to the list and open it again.' };
  const result = await approveDisposalAsStaff(await adminContext(), principalOf(gate.data), id);
  revalidatePath(`/admin/disposal/${id}`);
  revalidatePath('/admin/disposal');
  if (!result.ok) return { ok: false, message: result.error };
  const { marked, batch } = result.data;
  return {
    ok: true,
    message: `Certification ${id} is approved: ${marked.toLocaleString('en-US')} records newly marked.${batch ? ` Their confirmations are in draft batch ${batch.id}, which another staff member approves before it is sent.` : ''}`,
  };
}

/** Discards a draft, or asks for an approved certification's withdrawal: it stands until another staff member confirms. */
export async function withdrawCertification(_prev: CertificationCommandState, submitted: FormData): Promise<CertificationCommandState> {
  const form = formOf(submitted);
  const reason = typeof form.get('reason') === 'string' ? (form.get('reason') as string) : '';
  const gate = await authorizeAction(disposalAccess.withdrawCertification);
  if (!gate.ok) return { ok: false, message: gate.error.message, code: gate.error.code, reason };
  const id = positiveId(form.get('certificationId'));
  if (id === null) return { ok: false, message: invalidId, reason };
  const result = await withdrawDisposalAsStaff(await adminContext(), principalOf(gate.data), id, reason);
  revalidate(id);
  if (!result.ok) return { ok: false, message: result.error, fieldErrors: result.fieldErrors, reason };
  return {
    ok: true,
    message:
      result.data.step === 'discarded'
        ? `Draft certification ${id} is discarded. It had marked nothing; its history is kept.`
        : `Withdrawal of certification ${id} requested. It still stands, and the public pages are unchanged, until another staff member confirms the withdrawal.`,
  };
}

/** The second person confirms a pending withdrawal request (never its requester): the marks are reversed. */
export async function confirmWithdrawal(_prev: CertificationCommandState, submitted: FormData): Promise<CertificationCommandState> {
  const gate = await authorizeAction(disposalAccess.confirmWithdrawal);
  if (!gate.ok) return { ok: false, message: gate.error.message, code: gate.error.code };
  const id = positiveId(formOf(submitted).get('certificationId'));
  if (id === null) return { ok: false, message: invalidId };
  const result = await confirmDisposalWithdrawalAsStaff(await adminContext(), principalOf(gate.data), id);
  revalidate(id);
  if (!result.ok) return { ok: false, message: result.error };
  const { unmarked, batchCancelled, noticesCancelled, certification } = result.data;
  return {
    ok: true,
    message:
      `Certification ${id} is withdrawn: ${unmarked.toLocaleString('en-US')} records no longer show a disposal.` +
      (batchCancelled ? ` Its confirmation batch ${certification.batchId} was cancelled; ${noticesCancelled.toLocaleString('en-US')} notices will not be sent.` : ''),
  };
}

/** Drops a pending withdrawal request, one's own or another's: nothing else changes. */
export async function cancelWithdrawal(_prev: CertificationCommandState, submitted: FormData): Promise<CertificationCommandState> {
  const gate = await authorizeAction(disposalAccess.cancelWithdrawal);
  if (!gate.ok) return { ok: false, message: gate.error.message, code: gate.error.code };
  const id = positiveId(formOf(submitted).get('certificationId'));
  if (id === null) return { ok: false, message: invalidId };
  const result = await cancelDisposalWithdrawalAsStaff(await adminContext(), principalOf(gate.data), id);
  revalidate(id);
  if (!result.ok) return { ok: false, message: result.error };
  return { ok: true, message: `The request to withdraw certification ${id} is cancelled. The certification stands, unchanged.` };
}
