// What a person types into the two self-check forms, checked field by field. Each failure is a reason
// code the pages translate ("Enter your date of birth as month, day and year"); none carries the value.
import { z } from 'zod';
import { parseDateParts, type DateRejectReason, type IsoDate } from '../identifiers/dates';
import { normalizeLastName, normalizeZip } from '../identifiers/names';
import { isValidNoticeCode, normalizeNoticeCodeInput } from '../identifiers/notice-code';
import { parseTin, type TinRejectReason } from '../identifiers/tin';

// Form fields arrive as strings (plain POST, JavaScript off) or numbers (a client that parsed them).
const part = z.union([z.string().max(20), z.number()]).optional();
const dateOfBirthSchema = z.object({ month: part, day: part, year: part });

export const letterCheckInputSchema = z.object({
  code: z.string().max(100).optional(),
  dob: dateOfBirthSchema.optional(),
});
export type LetterCheckInput = z.input<typeof letterCheckInputSchema>;

export const mailCheckInputSchema = z.object({
  tin: z.string().max(40).optional(),
  dob: dateOfBirthSchema.optional(),
  lastName: z.string().max(200).optional(),
  zip: z.string().max(20).optional(),
});
export type MailCheckInput = z.input<typeof mailCheckInputSchema>;

export type DobReason = 'date_missing' | DateRejectReason;
export type CodeReason = 'code_missing' | 'code_format';
export type TinReason = 'tin_missing' | TinRejectReason;
export type LastNameReason = 'name_missing';
export type ZipReason = 'zip_missing' | 'zip_format';

export type LetterFieldErrors = { code?: CodeReason; dob?: DobReason };
export type MailFieldErrors = { tin?: TinReason; dob?: DobReason; lastName?: LastNameReason; zip?: ZipReason };

export type ParsedLetterCheck = {
  /** 12 canonical symbols; `checkSymbolValid` false means a typo somewhere. */
  code: string;
  checkSymbolValid: boolean;
  dateOfBirth: IsoDate;
};

export type ParsedMailCheck = { tin: string; dateOfBirth: IsoDate; lastName: string; zip: string };

export type Parsed<T, E> = { ok: true; value: T } | { ok: false; fields: E };

const blank = (v: string | number | undefined) => v === undefined || String(v).trim() === '';

export function parseDateOfBirth(
  dob: z.infer<typeof dateOfBirthSchema> | undefined,
  today?: IsoDate,
): { ok: true; value: IsoDate } | { ok: false; reason: DobReason } {
  if (!dob || (blank(dob.month) && blank(dob.day) && blank(dob.year))) return { ok: false, reason: 'date_missing' };
  const parsed = parseDateParts(dob.month ?? '', dob.day ?? '', dob.year ?? '', { today });
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason };
}

/** A shape that is not the form at all (not an object, a field of the wrong type) counts as every field missing. */
function shapeOf<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  return r.success ? r.data : ({} as z.infer<T>);
}

export function parseLetterCheck(input: unknown, today?: IsoDate): Parsed<ParsedLetterCheck, LetterFieldErrors> {
  const raw = shapeOf(letterCheckInputSchema, input);
  const fields: LetterFieldErrors = {};
  let code: string | null = null;
  if (blank(raw.code)) fields.code = 'code_missing';
  else if ((code = normalizeNoticeCodeInput(raw.code!)) === null) fields.code = 'code_format';
  const dob = parseDateOfBirth(raw.dob, today);
  if (!dob.ok) fields.dob = dob.reason;
  if (code === null || !dob.ok) return { ok: false, fields };
  return { ok: true, value: { code, checkSymbolValid: isValidNoticeCode(code), dateOfBirth: dob.value } };
}

export function parseMailCheck(input: unknown, today?: IsoDate): Parsed<ParsedMailCheck, MailFieldErrors> {
  const raw = shapeOf(mailCheckInputSchema, input);
  const fields: MailFieldErrors = {};
  let tin: string | null = null;
  if (blank(raw.tin)) fields.tin = 'tin_missing';
  else {
    const parsed = parseTin(raw.tin!.trim());
    if (parsed.ok) tin = parsed.digits;
    else fields.tin = parsed.reason;
  }
  const dob = parseDateOfBirth(raw.dob, today);
  if (!dob.ok) fields.dob = dob.reason;
  const lastName = normalizeLastName(raw.lastName ?? '');
  if (lastName === '') fields.lastName = 'name_missing';
  let zip: string | null = null;
  if (blank(raw.zip)) fields.zip = 'zip_missing';
  else if ((zip = normalizeZip(raw.zip!)) === null) fields.zip = 'zip_format';
  if (tin === null || !dob.ok || lastName === '' || zip === null) return { ok: false, fields };
  return { ok: true, value: { tin, dateOfBirth: dob.value, lastName, zip } };
}
