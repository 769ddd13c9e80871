import { z } from 'zod';
import { languageCodes } from '../languages';
import { recordCategories, usStateCodes } from './record-row';

export const batchNoticeTypes = ['initial_notice', 'disposal_confirmation', 'notice_copy'] as const;

export const batchSelectionSchema = z.object({
  categories: z.array(z.enum(recordCategories)).optional(),
  languages: z.array(z.enum(languageCodes)).optional(),
  states: z.array(z.string().trim().toUpperCase().refine((s) => usStateCodes.has(s), 'Use two-letter USPS state codes, such as CA or TX')).optional(),
  notYetNotified: z.boolean().optional(),
  hasEmail: z.boolean().optional(),
  disposalCertificationId: z.number().int().positive().optional(),
  channels: z.array(z.enum(['email', 'letter'])).min(1).optional(),
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

export const disposalSchema = z.object({
  certifiedOn: z.iso.date('Enter the certification date as YYYY-MM-DD'),
  reference: z.string().trim().min(1, 'Enter the certification reference').max(200),
  method: z.string().trim().min(1, 'Describe the disposal method').max(500),
  scope: z.enum(['all', 'category', 'batch', 'notice_codes']),
  scopeValue: z.array(z.string().trim().min(1)).default([]),
}).refine((d) => d.scope === 'all' || d.scopeValue.length > 0, { message: 'Name what the certification covers', path: ['scopeValue'] });
export type DisposalInputParsed = z.infer<typeof disposalSchema>;
