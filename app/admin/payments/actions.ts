'use server';
// The payments area's server actions, through the action pipeline (../_lib/action.ts): session → the
// permission → the form → context → lib/claims/payments.ts or returns.ts, which hold the rules (held claims
// never exported, a second person releases, a return frees the claim for a check) and write the audit.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { env } from '@/lib/env';
import { cancelPaymentExport, preparePaymentExport, releasePaymentExport } from '@/lib/claims/payments';
import { importPaymentReturns, type ReturnsSummary } from '@/lib/claims/returns';
import { notifyPaymentReturned } from '@/lib/claims/notify';
import { enqueueExportPaymentNotices, enqueueSendGroups } from '@/workers/enqueue';
import { positiveId } from '@/lib/admin/staff-result';
import { refuse, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction, type StaffActionContext } from '@/app/admin/_lib/action';

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const paymentDeps = (ctx: StaffActionContext) => ({ db: ctx.db, hasher: ctx.hasher, sealer: ctx.sealer });

const exportIdSchema = z.object({ exportId: z.number({ error: 'Choose an export.' }) });
const readExportId = (form: FormData) => ({ exportId: positiveId(form.get('exportId')) ?? undefined });

export const prepareExportAction = staffAction({
  gate: 'preparePaymentExports',
  input: z.object({ kind: z.enum(['ach', 'check'], 'Choose a direct-deposit (ACH) file or a check file.') }),
  run: async ({ kind }, ctx): Promise<ActionResult<{ message: string }>> => {
    const ach = env().ach;
    if (kind === 'ach' && ach === null)
      return refuse(
        'conflict',
        'ACH exports are off in this installation: an administrator sets ACH_EXPORTS_ENABLED and the bank details (README "Configuration").',
      );
    const prepared = await preparePaymentExport(paymentDeps(ctx), kind, ctx.principal.staffId, ach?.settings ?? null);
    revalidatePath('/admin/payments');
    if (!prepared)
      return refuse(
        'conflict',
        `No approved claim is waiting for a ${kind === 'ach' ? 'direct-deposit' : 'check'} payment: nothing was prepared.`,
      );
    const left =
      prepared.excluded > 0
        ? ` ${prepared.excluded} returned payment${prepared.excluded === 1 ? ' was' : 's were'} left out: the record's mailing address does not pass the address checks.`
        : '';
    return {
      ok: true,
      data: {
        message: `Export ${prepared.exportId} is prepared: ${prepared.claimCount} claims, ${dollars(prepared.totalCents)}. Another payments officer must release it before it can be downloaded.${left}`,
      },
    };
  },
});

export const releaseExportAction = staffAction({
  gate: 'releasePaymentExports',
  input: exportIdSchema,
  read: readExportId,
  run: async ({ exportId }, ctx): Promise<ActionResult<{ message: string }>> => {
    const result = await releasePaymentExport(paymentDeps(ctx), exportId, ctx.principal.staffId);
    revalidatePath('/admin/payments');
    // The person hears "payment sent" from a job: one notice a payment, minutes for a large export.
    if (result.state === 'released') await enqueueExportPaymentNotices(exportId);
    if (result.state === 'refused')
      return refuse(
        'conflict',
        result.problem === 'same_person'
          ? 'You prepared this export, so another payments officer must release it.'
          : result.problem === 'held_claims'
            ? `A reviewer has put ${result.held} of this export's claims on hold since it was prepared, so it cannot be released. Cancel it and prepare a new export: held claims are left out.`
            : `Export ${exportId} is not waiting for release (already released or cancelled). Reload the page to see its state.`,
      );
    return {
      ok: true,
      data: {
        message: `Export ${exportId} is released: ${result.claims} claims moved to payment issued or reissued. It can be downloaded now.`,
      },
    };
  },
});

export const cancelExportAction = staffAction({
  gate: 'preparePaymentExports',
  input: exportIdSchema,
  read: readExportId,
  run: async ({ exportId }, ctx): Promise<ActionResult<{ message: string }>> => {
    const cancelled = await cancelPaymentExport(paymentDeps(ctx), exportId, ctx.principal.staffId);
    revalidatePath('/admin/payments');
    if (!cancelled)
      return refuse('conflict', `Export ${exportId} can no longer be cancelled (only a prepared export that is not released can).`);
    return { ok: true, data: { message: `Export ${exportId} is cancelled; its claims wait for the next export.` } };
  },
});

export type ReturnsActionData = { summary: ReturnsSummary };

const maxReturnsBytes = 900 * 1024;

export const importReturnsAction = staffAction({
  gate: 'importPaymentReturns',
  input: z.object({
    file: z
      .instanceof(File, { error: 'Choose the returns file the bank sent.' })
      .refine((f) => f.size > 0, 'Choose the returns file the bank sent.')
      .refine((f) => f.size <= maxReturnsBytes, 'The file is larger than 900 KB (about 9,500 returns). Ask the bank for it in parts.'),
  }),
  read: (form) => {
    const file = form.get('file');
    return { file: file instanceof File ? file : undefined };
  },
  run: async ({ file }, ctx): Promise<ActionResult<ReturnsActionData>> => {
    const text = Buffer.from(await file.arrayBuffer()).toString('latin1');
    const notices = { db: ctx.db, auditKey: ctx.hasher.auditKey, enqueueGroups: (keys: string[]) => enqueueSendGroups(keys) };
    const notifyReturned = async (paymentId: number) => {
      const sent = await notifyPaymentReturned(notices, paymentId);
      if (!sent.ok) console.error(`[claims] no payment_returned notice for payment ${paymentId}: ${JSON.stringify(sent.error)}`);
    };
    const result = await importPaymentReturns({ db: ctx.db, auditKey: ctx.hasher.auditKey, notifyReturned }, text, ctx.principal.staffId);
    if (!result.ok) return refuse('invalid', 'The file could not be imported.', { file: result.problem.message });
    revalidatePath('/admin/payments');
    return { ok: true, data: { summary: result.summary } };
  },
});
