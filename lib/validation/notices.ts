import { z } from 'zod';
import { languageCodes } from '../languages';
import { recordCategories, usStateCodes } from './record-row';

export const batchNoticeTypes = ['initial_notice', 'disposal_confirmation', 'notice_copy'] as const;

export const batchSelectionSchema = z.object({
  categories: z.array(z.enum(recordCategories)).optional(),
  languages: z.array(z.enum(languageCodes)).optional(),
  states: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine((s) => usStateCodes.has(s), 'Use two-letter USPS state codes, such as CA or TX'),
    )
    .optional(),
  notYetNotified: z.boolean().optional(),
  hasEmail: z.boolean().optional(),
  disposalCertificationId: z.number().int().positive().optional(),
  channels: z
    .array(z.enum(['email', 'letter']))
    .min(1)
    .optional(),
});

export const createBatchSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the batch a name').max(200, 'Keep the batch name under 200 characters'),
    type: z.enum(batchNoticeTypes, { error: 'Choose the notice type: initial_notice, disposal_confirmation or notice_copy' }),
    selection: batchSelectionSchema,
  })
  // A disposal confirmation prints its certification's date and reference; without one it could not be sent.
  .refine((b) => b.type !== 'disposal_confirmation' || b.selection.disposalCertificationId !== undefined, {
    message: 'Disposal confirmations are created by recording a disposal certification, which selects the records it covers',
    path: ['type'],
  });
export type CreateBatchInput = z.infer<typeof createBatchSchema>;

export const disposalMethodCodes = ['deletion', 'media_destruction', 'data_return', 'other'] as const;

export const disposalSchema = z
  .object({
    certifiedOn: z.iso.date('Enter the certification date as YYYY-MM-DD'),
    reference: z.string().trim().min(1, 'Enter the certification reference').max(200),
    // A code from a fixed list: the public pages show its translated label, never what staff typed.
    method: z.enum(disposalMethodCodes, { error: 'Choose the disposal method: deletion, media_destruction, data_return or other' }),
    methodNote: z
      .string()
      .trim()
      .max(500, 'Keep the note under 500 characters')
      .optional()
      .transform((v) => v || undefined),
    scope: z.enum(['all', 'category', 'batch', 'notice_codes'], { error: 'Choose what the certification covers' }),
    scopeValue: z.array(z.string().trim().min(1)).default([]),
  })
  .refine((d) => d.scope === 'all' || d.scopeValue.length > 0, { message: 'Name what the certification covers', path: ['scopeValue'] })
  .refine((d) => d.scope !== 'all' || d.scopeValue.length === 0, {
    message: 'A certification of every record takes no values',
    path: ['scopeValue'],
  })
  .refine((d) => d.method !== 'other' || d.methodNote !== undefined, {
    message: 'Describe the method for staff when it is “other”',
    path: ['methodNote'],
  });
export type DisposalInputParsed = z.infer<typeof disposalSchema>;

/** Why a certification is withdrawn: kept on the certification for staff, never shown to the public. */
export const withdrawalReasonSchema = z
  .string({ error: 'Give the reason for the withdrawal' })
  .trim()
  .min(1, 'Give the reason for the withdrawal')
  .max(500, 'Keep the reason under 500 characters');
