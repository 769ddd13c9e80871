// What a person types on the claim status page: the claim number (C-XXXX-XXXX-XXXX, with or without the C
// and the dashes, any case, read with the notice code's Crockford rules) and the 8-digit PIN; and the
// written answer to a request for more information. Each failure is a code the page translates.
import { z } from 'zod';
import { answerMaxLength } from '../claims/answer-limit';
import { isValidNoticeCode, normalizeNoticeCodeInput } from '../identifiers/notice-code';

export const claimLookupInputSchema = z.object({
  claimNumber: z.string().max(100).optional(),
  pin: z.string().max(100).optional(),
});
export type ClaimLookupInput = z.input<typeof claimLookupInputSchema>;

export type ClaimNumberReason = 'claim_number_missing' | 'claim_number_format';
export type PinReason = 'pin_missing' | 'pin_format';
export type ClaimLookupFieldErrors = { claimNumber?: ClaimNumberReason; pin?: PinReason };

export type ParsedClaimLookup = { claimNumber: string; checkSymbolValid: boolean; pin: string };

const separators = /[\s\-.\u2010-\u2015\u2212\u30FC\uFF0D\uFF0E\u00B7]/gu;

/**
 * The 12 canonical symbols of a claim number, or null. The printed form starts with "C-" (so it is not
 * mistaken for a notice code); a person may type it or leave it off, so 13 symbols starting with C lose it.
 */
export function normalizeClaimNumberInput(input: string): string | null {
  const compact = input.normalize('NFKC').toUpperCase().replace(separators, '');
  const bare = compact.length === 13 && compact.startsWith('C') ? compact.slice(1) : compact;
  return normalizeNoticeCodeInput(bare);
}

/** Eight digits; full-width digits (East Asian keyboards), spaces and dashes are fine. */
export function normalizePinInput(input: string): string | null {
  const digits = input.normalize('NFKC').replace(separators, '');
  return /^[0-9]{8}$/.test(digits) ? digits : null;
}

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

export function parseClaimLookup(input: unknown): { ok: true; value: ParsedClaimLookup } | { ok: false; fields: ClaimLookupFieldErrors } {
  const r = claimLookupInputSchema.safeParse(input);
  const raw = r.success ? r.data : {};
  const fields: ClaimLookupFieldErrors = {};
  let claimNumber: string | null = null;
  let pin: string | null = null;
  if (blank(raw.claimNumber)) fields.claimNumber = 'claim_number_missing';
  else if ((claimNumber = normalizeClaimNumberInput(raw.claimNumber!)) === null) fields.claimNumber = 'claim_number_format';
  if (blank(raw.pin)) fields.pin = 'pin_missing';
  else if ((pin = normalizePinInput(raw.pin!)) === null) fields.pin = 'pin_format';
  if (claimNumber === null || pin === null) return { ok: false, fields };
  return { ok: true, value: { claimNumber, checkSymbolValid: isValidNoticeCode(claimNumber), pin } };
}

export { answerMaxLength };
export type AnswerReason = 'answer_missing' | 'answer_too_long';

export function parseClaimAnswer(input: unknown): { ok: true; value: string } | { ok: false; reason: AnswerReason } {
  const text = typeof input === 'string' ? input.normalize('NFC').replace(/\r\n/g, '\n').trim() : '';
  if (text === '') return { ok: false, reason: 'answer_missing' };
  if ([...text].length > answerMaxLength) return { ok: false, reason: 'answer_too_long' };
  return { ok: true, value: text };
}
