// What an advocate types to open a case or put a new authorization on file (issue 15, item 3): a label for
// the client, the client's language, and the authorization: its kind, what it allows, the CAF number where
// there is one, and its start and expiry dates (three numeric fields each, as the claim form asks for dates).
// Each failure is a code the page turns into a sentence in the advocate's language.
//
// The CAF number is optional for every kind: the IRS assigns one to a representative who has none yet, and
// an 8821 or a signed consent may name someone with none at all. Its format is four digits, five digits and
// an optional letter R (1234-56789R); dashes and spaces may be typed or left out.
import { z } from 'zod';
import { parseDateParts, type IsoDate } from '../identifiers/dates';
import { isLanguageCode, type LanguageCode } from '../languages';

export const authorizationKinds = ['form_8821', 'form_2848', 'signed_consent'] as const;
export type AuthorizationKind = (typeof authorizationKinds)[number];
export const authorizationScopes = ['status', 'copies', 'claim'] as const;
export type AuthorizationScope = (typeof authorizationScopes)[number];

export const labelMaxLength = 120;

const part = z.string().max(20).optional();
const dateInputSchema = z.object({ month: part, day: part, year: part }).partial().optional();

export const authorizationInputSchema = z.object({
  kind: z.string().max(40).optional(),
  scopes: z.array(z.string().max(20)).max(10).optional(),
  cafNumber: z.string().max(40).optional(),
  startsOn: dateInputSchema,
  expiresOn: dateInputSchema,
});
export type AuthorizationInput = z.input<typeof authorizationInputSchema>;

export const caseInputSchema = authorizationInputSchema.extend({
  label: z.string().max(1000).optional(),
  language: z.string().max(20).optional(),
});
export type CaseInput = z.input<typeof caseInputSchema>;

export type AuthorizationFieldErrors = {
  kind?: 'kind_missing';
  scopes?: 'scopes_missing';
  cafNumber?: 'caf_format';
  startsOn?: 'date_missing' | 'date_format' | 'date_impossible';
  expiresOn?: 'date_missing' | 'date_format' | 'date_impossible' | 'date_before_start' | 'date_past';
};
export type CaseFieldErrors = AuthorizationFieldErrors & { label?: 'label_missing' | 'label_too_long'; language?: 'language_missing' };

export type ParsedAuthorization = {
  kind: AuthorizationKind;
  scopes: { status: boolean; copies: boolean; claim: boolean };
  cafNumber: string | null;
  startsOn: IsoDate;
  expiresOn: IsoDate;
};
export type ParsedCase = { label: string; language: LanguageCode; authorization: ParsedAuthorization };

/** 1234-56789 or 1234-56789R from what was typed (spaces, dashes, a lower-case r), or null. */
export function normalizeCafNumber(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/gu, '');
  const m = /^([0-9]{4})([0-9]{5})(R?)$/.exec(compact);
  return m ? `${m[1]}-${m[2]}${m[3]}` : null;
}

type DateParts = { month?: string; day?: string; year?: string } | undefined;
const blankDate = (d: DateParts) => !d || [d.month, d.day, d.year].every((v) => v === undefined || v.trim() === '');

function parseDate(d: DateParts): { ok: true; value: IsoDate } | { ok: false; reason: 'date_missing' | 'date_format' | 'date_impossible' } {
  if (blankDate(d)) return { ok: false, reason: 'date_missing' };
  // A signed authorization may be dated years back or run years ahead: no "future" or "too old" bound.
  const r = parseDateParts(d!.month ?? '', d!.day ?? '', d!.year ?? '', { today: '9999-12-31', earliest: '1990-01-01' });
  if (r.ok) return r;
  return { ok: false, reason: r.reason === 'date_format' ? 'date_format' : 'date_impossible' };
}

/** `today` is the programme's calendar day (America/New_York, lib/orgs/authorizations.ts): an expiry before it is refused. */
export function parseAuthorization(
  input: unknown,
  today: IsoDate,
): { ok: true; value: ParsedAuthorization } | { ok: false; fields: AuthorizationFieldErrors } {
  const raw = authorizationInputSchema.safeParse(input);
  const v = raw.success ? raw.data : {};
  const fields: AuthorizationFieldErrors = {};
  const kind = authorizationKinds.find((k) => k === v.kind);
  if (!kind) fields.kind = 'kind_missing';
  const scopes = new Set((v.scopes ?? []).filter((s): s is AuthorizationScope => (authorizationScopes as readonly string[]).includes(s)));
  if (scopes.size === 0) fields.scopes = 'scopes_missing';
  let cafNumber: string | null = null;
  if (v.cafNumber && v.cafNumber.trim() !== '') {
    cafNumber = normalizeCafNumber(v.cafNumber);
    if (!cafNumber) fields.cafNumber = 'caf_format';
  }
  const start = parseDate(v.startsOn);
  if (!start.ok) fields.startsOn = start.reason;
  const expiry = parseDate(v.expiresOn);
  if (!expiry.ok) fields.expiresOn = expiry.reason;
  else if (start.ok && expiry.value < start.value) fields.expiresOn = 'date_before_start';
  else if (expiry.value < today) fields.expiresOn = 'date_past';
  if (!kind || scopes.size === 0 || Object.keys(fields).length > 0 || !start.ok || !expiry.ok) return { ok: false, fields };
  return {
    ok: true,
    value: {
      kind,
      scopes: { status: scopes.has('status'), copies: scopes.has('copies'), claim: scopes.has('claim') },
      cafNumber,
      startsOn: start.value,
      expiresOn: expiry.value,
    },
  };
}

export function parseCase(input: unknown, today: IsoDate): { ok: true; value: ParsedCase } | { ok: false; fields: CaseFieldErrors } {
  const raw = caseInputSchema.safeParse(input);
  const v = raw.success ? raw.data : {};
  const fields: CaseFieldErrors = {};
  const label = (v.label ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (label === '') fields.label = 'label_missing';
  else if (label.length > labelMaxLength) fields.label = 'label_too_long';
  const language = isLanguageCode(v.language) ? v.language : null;
  if (!language) fields.language = 'language_missing';
  const authorization = parseAuthorization(raw.success ? raw.data : {}, today);
  if (!authorization.ok) Object.assign(fields, authorization.fields);
  if (!authorization.ok || !language || Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, value: { label, language, authorization: authorization.value } };
}
