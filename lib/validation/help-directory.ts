import { z } from 'zod';
import { normalizeUsPhone } from '../help/phone';
import { parseHours } from '../help/hours';
import { isLanguageCode, type LanguageCode } from '../languages';
import { usStateCodes } from './record-row';

// The admin form of a local-help directory entry (app/admin/help-directory). Messages say how to fix the
// field. Lists typed into one box (states, counties) are split on commas.

const splitList = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const helpCosts = ['free', 'low_cost'] as const;
export type HelpCost = (typeof helpCosts)[number];

export const helpEntrySchema = z.object({
  organization: z.string().trim().min(2, 'Enter the name of the organization.').max(160, 'Enter a name of at most 160 characters.'),
  languages: z
    .array(z.string())
    .min(1, 'Choose at least one language the organization speaks.')
    .refine((codes) => codes.every(isLanguageCode), 'Choose languages from the list.')
    .transform((codes) => [...new Set(codes)] as LanguageCode[]),
  states: z
    .string()
    .transform((v) => [...new Set(splitList(v).map((s) => s.toUpperCase()))])
    .refine((list) => list.length > 0, 'Enter at least one state as its two-letter code, like CA.')
    .refine((list) => list.every((s) => usStateCodes.has(s)), 'Enter states as two-letter USPS codes separated by commas, like CA, NV.'),
  counties: z
    .string()
    .default('')
    .transform(splitList)
    .refine((list) => list.length <= 40 && list.every((c) => c.length <= 60), 'Enter at most 40 counties of up to 60 characters each.'),
  phone: z
    .string()
    .refine((v) => normalizeUsPhone(v) !== null, 'Enter a US phone number with its area code, like 213-555-0101.')
    .transform((v) => normalizeUsPhone(v)!),
  address: z
    .string()
    .trim()
    .min(5, 'Enter the address people can visit or write to.')
    .max(300, 'Enter an address of at most 300 characters.'),
  hours: z
    .string()
    .trim()
    .refine(
      (v) => parseHours(v) !== null,
      'Enter the hours like Mon-Fri 09:00-17:00 America/Los_Angeles: days, 24-hour times, then the time zone.',
    ),
  cost: z.enum(helpCosts, 'Choose whether help is free or low cost.'),
  synthetic: z.boolean().default(false),
});
export type HelpEntryInput = z.infer<typeof helpEntrySchema>;

export const helpEntryIdSchema = z.object({ id: z.coerce.number().int().positive('Choose an entry.') });

/** The form as the schema reads it: the language checkboxes are several values under one name. */
export function readHelpEntryForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    organization: text('organization'),
    languages: form.getAll('languages').filter((v): v is string => typeof v === 'string'),
    states: text('states'),
    counties: text('counties'),
    phone: text('phone'),
    address: text('address'),
    hours: text('hours'),
    cost: text('cost'),
    synthetic: text('synthetic') === 'true',
  };
}
