// An advocacy organization's application (issue 15, item 1), as the public form posts it. Each field's
// problem is a code the page translates (messages OrgApply.errors.<code>); the service adds the two that need
// the database (an EIN already live, a contact email already a member elsewhere).
import { z } from 'zod';
import { normalizeEmail, normalizePhone } from '../identifiers/names';
import { isLanguageCode } from '../languages';
import { checkUsAddress } from '../letters/address';
import { usStateCodes } from './record-row';
import {
  orgApplicationFields,
  orgApplicationNames,
  organizationKinds,
  type OrgApplicationField,
  type OrgApplicationProblem,
  type OrgApplicationErrors,
  type OrgApplicationValues,
} from './org-fields';

export {
  emptyOrgApplication,
  orgApplicationFields,
  orgApplicationNames,
  organizationKinds,
  type OrganizationKind,
  type OrgApplicationField,
  type OrgApplicationProblem,
  type OrgApplicationErrors,
  type OrgApplicationValues,
} from './org-fields';

/** The typed values of a posted form, by field (anything missing is empty). */
export function orgApplicationValuesOf(form: Readonly<Record<string, string | undefined>>): OrgApplicationValues {
  return Object.fromEntries(
    orgApplicationFields.map((f) => [f, (form[orgApplicationNames[f]] ?? '').slice(0, 1000)]),
  ) as OrgApplicationValues;
}

// EIN prefixes the IRS has never assigned ("How EINs are assigned and valid EIN prefixes"): a number that
// starts with one of them is mistyped.
const unassignedEinPrefixes = new Set([
  '00',
  '07',
  '08',
  '09',
  '17',
  '18',
  '19',
  '28',
  '29',
  '49',
  '69',
  '70',
  '78',
  '79',
  '89',
  '96',
  '97',
]);

const maxName = 200;
const maxLine = 100;

const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

export const orgApplicationSchema = z.object({
  name: requiredText(maxName).transform((s) => s.normalize('NFC')),
  ein: z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^(?:[0-9]{2}-[0-9]{7}|[0-9]{9})$/, 'ein_format')
    .transform((s) => s.replace('-', ''))
    .refine((s) => !unassignedEinPrefixes.has(s.slice(0, 2)), 'ein_prefix'),
  kind: z.string().min(1, 'required').pipe(z.enum(organizationKinds, 'kind_unknown')),
  addressLine1: requiredText(maxLine),
  addressLine2: z
    .string()
    .trim()
    .max(maxLine, 'too_long')
    .transform((s) => (s === '' ? null : s)),
  city: requiredText(maxLine),
  state: z
    .string()
    .trim()
    .min(1, 'required')
    .transform((s) => s.toUpperCase())
    .refine((s) => usStateCodes.has(s), 'state_invalid'),
  // The same rule as a letter's address (lib/letters/address.ts): five digits, or ZIP+4 with its hyphen.
  zip: z
    .string()
    .trim()
    .min(1, 'required')
    .refine((s) => checkUsAddress({ firstName: '', lastName: 'ORG', street: 'X', city: 'X', state: 'NY', zip: s }).ok, 'zip_invalid'),
  contactName: requiredText(maxName).transform((s) => s.normalize('NFC')),
  contactEmail: z
    .string()
    .trim()
    .min(1, 'required')
    .transform((s, ctx) => {
      const email = normalizeEmail(s);
      if (email === null) ctx.addIssue({ code: 'custom', message: 'email_format' });
      return email ?? '';
    }),
  contactPhone: z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const phone = normalizePhone(s);
      if (phone === null) ctx.addIssue({ code: 'custom', message: 'phone_format' });
      return phone;
    }),
});

export type OrgApplication = z.output<typeof orgApplicationSchema> & { language: string };

export type OrgApplicationResult = { ok: true; value: OrgApplication } | { ok: false; errors: OrgApplicationErrors };

/** Reads an application: the values as typed and the page's locale (the contact's language from then on). */
export function parseOrgApplication(values: OrgApplicationValues, language: string): OrgApplicationResult {
  if (!isLanguageCode(language)) throw new Error('An application is read in one of the portal’s languages.');
  const parsed = orgApplicationSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: { ...parsed.data, language } };
  const errors: OrgApplicationErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as OrgApplicationField;
    errors[field] ??= issue.message as OrgApplicationProblem;
  }
  return { ok: false, errors };
}

/** The EIN as people write it: 12-3456789. */
export function formatEin(ein: string): string {
  return /^[0-9]{9}$/.test(ein) ? `${ein.slice(0, 2)}-${ein.slice(2)}` : ein;
}
