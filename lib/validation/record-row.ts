import { parseIsoDate, todayUtc, type IsoDate } from '../identifiers/dates';
import { normalizeEmail, normalizePhone, normalizeZip } from '../identifiers/names';
import { parseTin, type TinKind } from '../identifiers/tin';
import { findLanguageCode, type LanguageCode } from '../languages';

// One row of the records CSV. Written by hand rather than as a zod schema:
// the import runs this 1.28 million times next to hashing and database
// writes, and the first failing field must come back as a stable reason code
// that an operator report can count, not as a list of zod issues.

export const recordCsvColumns = [
  'tin',
  'first_name',
  'last_name',
  'date_of_birth',
  'street',
  'city',
  'state',
  'zip',
  'email',
  'phone',
  'language',
  'category',
  'disclosed_elements',
  'disclosed_on',
] as const;

/**
 * Columns a file may carry or leave out (issue 17, entitlement on the record): how many acts of unauthorized
 * disclosure the person's record counts (26 U.S.C. 7431: $1,000 for each), and whether a court has found the
 * disclosure of their data unlawful. Left out, or blank in a row, they are unknown, never assumed.
 */
export const optionalRecordCsvColumns = ['disclosure_acts', 'ruled_unlawful'] as const;
export type RecordCsvColumn = (typeof recordCsvColumns)[number] | (typeof optionalRecordCsvColumns)[number];

export const recordRejectReasons = [
  'missing_field',
  'too_long',
  'text_invalid',
  'tin_format',
  'ssn_area',
  'ssn_group',
  'ssn_serial',
  'itin_group',
  'date_format',
  'date_impossible',
  'date_future',
  'date_too_old',
  'state_unknown',
  'zip_format',
  'email_format',
  'phone_format',
  'language_unknown',
  'category_unknown',
  'elements_unknown',
  'disclosed_on_range',
  'acts_format',
  'ruling_format',
] as const;
export type RecordRejectReason = (typeof recordRejectReasons)[number];

export const recordCategories = ['address_verified', 'address_supplied', 'incomplete_address'] as const;
export type RecordCategory = (typeof recordCategories)[number];

/** In canonical order; a row's elements are returned in this order. */
export const disclosedElements = ['name', 'tin', 'address', 'date_of_birth'] as const;
export type DisclosedElement = (typeof disclosedElements)[number];

/** USPS codes: 50 states, DC, the territories, the freely associated states and military mail. */
export const usStateCodes: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP FM MH PW AA AE AP'
  ).split(' '),
);

/** The agreement under which the records were shared was signed in April 2025. */
export const earliestDisclosureDate: IsoDate = '2025-04-01';

/** Maximum length of each trimmed field, in UTF-16 code units. */
export const recordFieldMaxLengths: Readonly<Record<RecordCsvColumn, number>> = {
  tin: 20,
  first_name: 100,
  last_name: 100,
  date_of_birth: 20,
  street: 200,
  city: 100,
  state: 10,
  zip: 10,
  email: 254,
  phone: 30,
  language: 20,
  category: 40,
  disclosed_elements: 100,
  disclosed_on: 20,
  disclosure_acts: 10,
  ruled_unlawful: 10,
};

/** More acts than this on one record is a data error, not a count (the whole list is about 47,000 people). */
export const maxDisclosureActs = 999;

export interface RecordRow {
  tin: string;
  tinKind: TinKind;
  /** Trimmed, inner whitespace collapsed, NFC, original case. */
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  street: string;
  city: string;
  state: string;
  zip: string;
  email: string | null;
  phone: string | null;
  language: LanguageCode;
  category: RecordCategory;
  disclosedElements: DisclosedElement[];
  disclosedOn: IsoDate;
  /** Acts of disclosure counted for the person; null when the file did not say. */
  disclosureActs: number | null;
  /** Whether a court found the disclosure unlawful; null when the file did not say. */
  ruledUnlawful: boolean | null;
}

export type RecordRowRejection = { ok: false; reason: RecordRejectReason; field: RecordCsvColumn };
export type RecordRowResult = { ok: true; row: RecordRow } | RecordRowRejection;

export interface ParseRecordRowOptions {
  /** Upper bound for dates; defaults to today's date in UTC. Pass it once per import for consistency. */
  today?: IsoDate;
}

const categorySet: ReadonlySet<string> = new Set(recordCategories);
const rulingValues: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);
const elementIndex: ReadonlyMap<string, number> = new Map(disclosedElements.map((e, i) => [e, i]));
const needsWhitespaceCollapse = /\s\s|[^\S ]/;
const whitespaceRuns = /\s+/g;
// C0/C1 controls survive only if they are not whitespace; U+FFFD means the
// file was decoded with the wrong encoding and the name is already damaged.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const invalidText = /[\u0000-\u001f\u007f-\u009f\ufffd]/;
const nonAscii = /[\u0080-\uffff]/;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** A failure, or the trimmed value (possibly ''), of a column. */
type FieldValue = string | RecordRowRejection;

function reject(reason: RecordRejectReason, field: RecordCsvColumn): RecordRowRejection {
  return { ok: false, reason, field };
}

function readField(raw: Readonly<Record<string, string | undefined>>, field: RecordCsvColumn, required: boolean): FieldValue {
  const value = (raw[field] ?? '').trim();
  if (value === '') return required ? reject('missing_field', field) : '';
  if (value.length > recordFieldMaxLengths[field]) return reject('too_long', field);
  return value;
}

/** Free text that is shown back to people and printed on letters. */
function readText(raw: Readonly<Record<string, string | undefined>>, field: RecordCsvColumn): FieldValue {
  let value = readField(raw, field, true);
  if (typeof value !== 'string') return value;
  if (needsWhitespaceCollapse.test(value)) value = value.replace(whitespaceRuns, ' ');
  if (invalidText.test(value)) return reject('text_invalid', field);
  // Decomposed and precomposed "é" look the same but hash and compare differently.
  if (nonAscii.test(value)) value = value.normalize('NFC');
  return value;
}

function readName(raw: Readonly<Record<string, string | undefined>>, field: RecordCsvColumn): FieldValue {
  const value = readText(raw, field);
  // A name with no letter or digit ("--") would have no match key at all.
  if (typeof value === 'string' && !letterOrDigit.test(value)) return reject('text_invalid', field);
  return value;
}

function parseElements(value: string): DisclosedElement[] | RecordRejectReason {
  let seen = 0;
  for (const part of value.split(';')) {
    const element = part.trim().toLowerCase();
    if (element === '') continue;
    const index = elementIndex.get(element);
    if (index === undefined) return 'elements_unknown';
    seen |= 1 << index;
  }
  if (seen === 0) return 'missing_field';
  return disclosedElements.filter((_, i) => (seen & (1 << i)) !== 0);
}

/**
 * Validates and normalizes one CSV row (keys are `recordCsvColumns`; other
 * keys are ignored). Fields are checked in column order and the first
 * failure is returned with its column name, never with the value.
 */
export function parseRecordRow(raw: Readonly<Record<string, string | undefined>>, options: ParseRecordRowOptions = {}): RecordRowResult {
  const today = options.today ?? todayUtc();

  const tinText = readField(raw, 'tin', true);
  if (typeof tinText !== 'string') return tinText;
  const tin = parseTin(tinText);
  if (!tin.ok) return reject(tin.reason, 'tin');

  const firstName = readName(raw, 'first_name');
  if (typeof firstName !== 'string') return firstName;
  const lastName = readName(raw, 'last_name');
  if (typeof lastName !== 'string') return lastName;

  const dobText = readField(raw, 'date_of_birth', true);
  if (typeof dobText !== 'string') return dobText;
  const dob = parseIsoDate(dobText, { today });
  if (!dob.ok) return reject(dob.reason, 'date_of_birth');

  const street = readText(raw, 'street');
  if (typeof street !== 'string') return street;
  const city = readText(raw, 'city');
  if (typeof city !== 'string') return city;

  const stateText = readField(raw, 'state', true);
  if (typeof stateText !== 'string') return stateText;
  const state = stateText.toUpperCase();
  if (!usStateCodes.has(state)) return reject('state_unknown', 'state');

  const zipText = readField(raw, 'zip', true);
  if (typeof zipText !== 'string') return zipText;
  const zip = normalizeZip(zipText);
  if (zip === null) return reject('zip_format', 'zip');

  const emailText = readField(raw, 'email', false);
  if (typeof emailText !== 'string') return emailText;
  const email = emailText === '' ? null : normalizeEmail(emailText);
  if (emailText !== '' && email === null) return reject('email_format', 'email');

  const phoneText = readField(raw, 'phone', false);
  if (typeof phoneText !== 'string') return phoneText;
  const phone = phoneText === '' ? null : normalizePhone(phoneText);
  if (phoneText !== '' && phone === null) return reject('phone_format', 'phone');

  const languageText = readField(raw, 'language', true);
  if (typeof languageText !== 'string') return languageText;
  const language = findLanguageCode(languageText);
  if (language === null) return reject('language_unknown', 'language');

  const categoryText = readField(raw, 'category', true);
  if (typeof categoryText !== 'string') return categoryText;
  const category = categoryText.toLowerCase();
  if (!categorySet.has(category)) return reject('category_unknown', 'category');

  const elementsText = readField(raw, 'disclosed_elements', true);
  if (typeof elementsText !== 'string') return elementsText;
  const elements = parseElements(elementsText);
  if (typeof elements === 'string') return reject(elements, 'disclosed_elements');

  const disclosedText = readField(raw, 'disclosed_on', true);
  if (typeof disclosedText !== 'string') return disclosedText;
  const disclosed = parseIsoDate(disclosedText, { today, earliest: earliestDisclosureDate });
  if (!disclosed.ok) {
    const outOfRange = disclosed.reason === 'date_future' || disclosed.reason === 'date_too_old';
    return reject(outOfRange ? 'disclosed_on_range' : disclosed.reason, 'disclosed_on');
  }

  const actsText = readField(raw, 'disclosure_acts', false);
  if (typeof actsText !== 'string') return actsText;
  let disclosureActs: number | null = null;
  if (actsText !== '') {
    if (!/^[0-9]{1,3}$/.test(actsText) || Number(actsText) < 1 || Number(actsText) > maxDisclosureActs)
      return reject('acts_format', 'disclosure_acts');
    disclosureActs = Number(actsText);
  }

  const rulingText = readField(raw, 'ruled_unlawful', false);
  if (typeof rulingText !== 'string') return rulingText;
  let ruledUnlawful: boolean | null = null;
  if (rulingText !== '') {
    const ruling = rulingValues.get(rulingText.toLowerCase());
    if (ruling === undefined) return reject('ruling_format', 'ruled_unlawful');
    ruledUnlawful = ruling;
  }

  return {
    ok: true,
    row: {
      tin: tin.digits,
      tinKind: tin.kind,
      firstName,
      lastName,
      dateOfBirth: dob.value,
      street,
      city,
      state,
      zip,
      email,
      phone,
      language,
      category: category as RecordCategory,
      disclosedElements: elements,
      disclosedOn: disclosed.value,
      disclosureActs,
      ruledUnlawful,
    },
  };
}

export type HeaderCheck = { ok: true } | { ok: false; missing: RecordCsvColumn[]; unexpected: string[] };

/** Checks a CSV header before any row is read: every column present, nothing unknown (a typo would silently drop data). */
export function checkRecordCsvHeader(header: readonly string[]): HeaderCheck {
  const present = new Set(header);
  const known: ReadonlySet<string> = new Set([...recordCsvColumns, ...optionalRecordCsvColumns]);
  const missing = recordCsvColumns.filter((c) => !present.has(c));
  const unexpected = [...present].filter((h) => !known.has(h));
  return missing.length === 0 && unexpected.length === 0 ? { ok: true } : { ok: false, missing, unexpected };
}
