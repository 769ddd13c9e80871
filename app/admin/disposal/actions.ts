'use server';
// The disposal area's server actions, through the action pipeline (../_lib/action.ts): session → the
// permission → the form read and parsed → context → the inner function (scope rules, act as the signed-in
// staff member). "Count records" shows what the scope covers, and a sample, before anything is written;
// recording makes a draft; approval is another staff member's (four eyes), and so is an approved
// certification's withdrawal: one asks (withdrawCertification), another confirms (confirmWithdrawal).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  approveDisposalAsStaff,
  cancelDisposalWithdrawalAsStaff,
  confirmDisposalWithdrawalAsStaff,
  countDisposalScopeAsStaff,
  disposalFormValues,
  recordDisposalAsStaff,
  withdrawDisposalAsStaff,
  type DisposalFormValues,
  type ScopeCount,
} from '@/lib/admin/disposal';
import { positiveId } from '@/lib/admin/staff-result';
import { fromService, refuse, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction } from '@/app/admin/_lib/action';

/** What the form shows: the answers as typed and, once counted, what the scope covers. */
export type DisposalFormData = { values: DisposalFormValues; counted?: ScopeCount };
export type CertificationCommandData = { message: string; reason?: string };

/** The form's shape as disposalFormValues reads it; the scope's rules are lib/admin/disposal.ts's. */
const disposalFormValuesSchema = z.object({
  month: z.string(),
  day: z.string(),
  year: z.string(),
  reference: z.string(),
  method: z.string(),
  methodNote: z.string(),
  scope: z.string(),
  categories: z.array(z.string()),
  batchIds: z.string(),
  noticeCodes: z.string(),
}) satisfies z.ZodType<DisposalFormValues>;

// The certification number comes from a hidden field; a missing or malformed one is answered below.
const readCertification = (form: FormData) => ({
  certificationId: positiveId(form.get('certificationId')),
  reason: typeof form.get('reason') === 'string' ? (form.get('reason') as string) : '',
});
const certificationSchema = z.object({ certificationId: z.number().nullable(), reason: z.string() });

const invalidId = 'That certification number is not valid. Go back to the list and open it again.';

function revalidate(id: number) {
  revalidatePath(`/admin/disposal/${id}`);
  revalidatePath('/admin/disposal');
}

export const submitDisposalForm = staffAction({
  gate: 'recordDisposal',
  input: disposalFormValuesSchema,
  read: disposalFormValues,
  keep: (form) => ({ values: disposalFormValues(form) }),
  run: async (values, ctx, form): Promise<ActionResult<DisposalFormData>> => {
    const principal = ctx.principal;
    const counted = await countDisposalScopeAsStaff(ctx, principal, values);
    if (!counted.ok) return fromService(counted);
    if (form.get('intent') !== 'record') return { ok: true, data: { values, counted: counted.data } };
    const recorded = await recordDisposalAsStaff(ctx, principal, values);
    if (!recorded.ok) return { ...fromService(recorded), keep: { counted: counted.data } } as ActionResult<DisposalFormData>;
    revalidatePath('/admin/disposal');
    redirect(`/admin/disposal/${recorded.data.certification.id}?recorded=1`);
  },
});

export const approveCertification = staffAction({
  gate: 'approveDisposal',
  input: certificationSchema,
  read: readCertification,
  run: async ({ certificationId: id }, ctx): Promise<ActionResult<CertificationCommandData>> => {
    if (id === null) return refuse('invalid', invalidId);
    const result = await approveDisposalAsStaff(ctx, ctx.principal, id);
    revalidatePath(`/admin/disposal/${id}`);
    revalidatePath('/admin/disposal');
    if (!result.ok) return fromService(result);
    const { marked, batch } = result.data;
    return {
      ok: true,
      data: {
        message: `Certification ${id} is approved: ${marked.toLocaleString('en-US')} records newly marked.${batch ? ` Their confirmations are in draft batch ${batch.id}, which another staff member approves before it is sent.` : ''}`,
      },
    };
  },
});

/** Discards a draft, or asks for an approved certification's withdrawal: it stands until another staff member confirms. */
export const withdrawCertification = staffAction({
  gate: 'withdrawDisposal',
  input: certificationSchema,
  read: readCertification,
  keep: (form) => ({ reason: readCertification(form).reason }),
  run: async ({ certificationId: id, reason }, ctx): Promise<ActionResult<CertificationCommandData>> => {
    if (id === null) return refuse('invalid', invalidId);
    const result = await withdrawDisposalAsStaff(ctx, ctx.principal, id, reason);
    revalidate(id);
    if (!result.ok) return fromService(result);
    return {
      ok: true,
      data: {
        message:
          result.data.step === 'discarded'
            ? `Draft certification ${id} is discarded. It had marked nothing; its history is kept.`
            : `Withdrawal of certification ${id} requested. It still stands, and the public pages are unchanged, until another staff member confirms the withdrawal.`,
      },
    };
  },
});

/** The second person confirms a pending withdrawal request (never its requester): the marks are reversed. */
export const confirmWithdrawal = staffAction({
  gate: 'confirmDisposalWithdrawal',
  input: certificationSchema,
  read: readCertification,
  run: async ({ certificationId: id }, ctx): Promise<ActionResult<CertificationCommandData>> => {
    if (id === null) return refuse('invalid', invalidId);
    const result = await confirmDisposalWithdrawalAsStaff(ctx, ctx.principal, id);
    revalidate(id);
    if (!result.ok) return fromService(result);
    const { unmarked, batchCancelled, noticesCancelled, certification } = result.data;
    return {
      ok: true,
      data: {
        message:
          `Certification ${id} is withdrawn: ${unmarked.toLocaleString('en-US')} records no longer show a disposal.` +
          (batchCancelled
            ? ` Its confirmation batch ${certification.batchId} was cancelled; ${noticesCancelled.toLocaleString('en-US')} notices will not be sent.`
            : ''),
      },
    };
  },
});

/** Drops a pending withdrawal request, one's own or another's: nothing else changes. */
export const cancelWithdrawal = staffAction({
  gate: 'cancelDisposalWithdrawal',
  input: certificationSchema,
  read: readCertification,
  run: async ({ certificationId: id }, ctx): Promise<ActionResult<CertificationCommandData>> => {
    if (id === null) return refuse('invalid', invalidId);
    const result = await cancelDisposalWithdrawalAsStaff(ctx, ctx.principal, id);
    revalidate(id);
    if (!result.ok) return fromService(result);
    return {
      ok: true,
      data: { message: `The request to withdraw certification ${id} is cancelled. The certification stands, unchanged.` },
    };
  },
});
