import { takeRandomBytes } from '../random-pool';

// Notice codes are printed on letters and typed back by people, often on a
// phone, often reading in a second language. 11 random Crockford base32
// symbols (55 bits) + 1 check symbol, shown as XXXX-XXXX-XXXX.
//
// Why not Luhn mod 32: Luhn mod N doubles every other symbol, and in base 32
// the doubled-and-folded value of 0 is 0 and of 31 is 31, so f(d) − d is 0 for
// both. Swapping adjacent "0" and "Z" (values 0 and 31) therefore keeps the sum
// and goes undetected — the base-32 twin of Luhn's 09↔90 blind spot (see the
// test that finds it exhaustively). Instead the check symbol comes from Damm's
// algorithm over the quasigroup x∘y = α·x ⊕ y in GF(32) (α a root of
// x⁵ + x² + 1). It is totally anti-symmetric — (c∘x)∘y = (c∘y)∘x only when
// x = y — so every single-symbol substitution and every adjacent transposition
// of distinct symbols is detected, including ones that involve the check symbol.

export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const noticeCodeLength = 12;
const payloadLength = noticeCodeLength - 1;

const symbolValues = new Int8Array(128).fill(-1);
for (let v = 0; v < crockfordAlphabet.length; v++) symbolValues[crockfordAlphabet.charCodeAt(v)] = v;

/** Multiplication by α in GF(2⁵) with the reduction polynomial x⁵ + x² + 1. */
function timesAlpha(x: number): number {
  const shifted = x << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

/** The Damm operation table, row = interim value, column = symbol value. */
export const dammTable: readonly (readonly number[])[] = Array.from({ length: 32 }, (_, x) =>
  Array.from({ length: 32 }, (_, y) => timesAlpha(x) ^ y),
);

function symbolValue(code: string, index: number): number {
  const c = code.charCodeAt(index);
  return c < 128 ? (symbolValues[c] ?? -1) : -1;
}

/** Runs Damm over the symbols; -1 when a character is outside the alphabet. */
function dammInterim(symbols: string): number {
  let interim = 0;
  for (let i = 0; i < symbols.length; i++) {
    const v = symbolValue(symbols, i);
    if (v < 0) return -1;
    interim = dammTable[interim]![v]!;
  }
  return interim;
}

/** The check symbol that brings the Damm interim of `payload` back to 0. */
export function computeNoticeCheckSymbol(payload: string): string {
  const interim = dammInterim(payload);
  if (interim < 0) throw new Error('Notice code payload has a character outside the Crockford alphabet');
  const row = dammTable[interim]!;
  return crockfordAlphabet[row.indexOf(0)]!;
}

/** 55 bits from the CSPRNG; 256 is a multiple of 32, so masking a byte is unbiased. */
export function generateNoticeCode(): string {
  const bytes = takeRandomBytes(payloadLength);
  let payload = '';
  for (const byte of bytes) payload += crockfordAlphabet[byte & 31];
  return payload + computeNoticeCheckSymbol(payload);
}

/** True only for the canonical form: 12 uppercase alphabet symbols with a valid check symbol. */
export function isValidNoticeCode(code: string): boolean {
  return code.length === noticeCodeLength && dammInterim(code) === 0;
}

// Hyphen-like punctuation people paste or type (including from IMEs and word processors).
const separators = /[\s\-.\u2010-\u2015\u2212\u30FC\uFF0D\uFF0E\u00B7]/gu;
const lookalikes: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0', U: 'V' };

/**
 * Turns what a person typed into the canonical 12 symbols, or null.
 * NFKC first, so full-width digits and letters from East Asian keyboards
 * count; then Crockford's reading rules (I/L → 1, O → 0) plus U → V, since U
 * is not in the alphabet and is the closest shape. Does not check the check
 * symbol: a null here means "not a code at all", an invalid check means "typo".
 */
export function normalizeNoticeCodeInput(input: string): string | null {
  const compact = input.normalize('NFKC').toUpperCase().replace(separators, '');
  if (compact.length !== noticeCodeLength) return null;
  let out = '';
  for (const ch of compact) {
    const mapped = lookalikes[ch] ?? ch;
    const c = mapped.charCodeAt(0);
    if (c >= 128 || symbolValues[c] === -1) return null;
    out += mapped;
  }
  return out;
}

/** "XXXX-XXXX-XXXX"; normalizeNoticeCodeInput(formatNoticeCode(c)) === c. */
export function formatNoticeCode(code: string): string {
  if (code.length !== noticeCodeLength) throw new Error('Expected a 12-symbol notice code');
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Every valid code one typo away from the input: first the adjacent
 * transpositions (left to right), then the single substitutions (by position,
 * then alphabet order), without duplicates. A valid input has no valid
 * neighbours (that is what the check symbol guarantees), so it returns [].
 * An invalid input always has exactly one valid substitution per position,
 * so the caller must narrow the list (e.g. to codes that exist) before showing any.
 */
export function suggestNoticeCodes(input: string): string[] {
  const code = normalizeNoticeCodeInput(input);
  if (code === null || isValidNoticeCode(code)) return [];
  const found = new Set<string>();
  for (let i = 0; i + 1 < code.length; i++) {
    const a = code[i]!;
    const b = code[i + 1]!;
    if (a === b) continue;
    const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
    if (isValidNoticeCode(swapped)) found.add(swapped);
  }
  for (let i = 0; i < code.length; i++) {
    for (const symbol of crockfordAlphabet) {
      if (symbol === code[i]) continue;
      const substituted = code.slice(0, i) + symbol + code.slice(i + 1);
      if (isValidNoticeCode(substituted)) found.add(substituted);
    }
  }
  return [...found];
}

/**
 * The code staff screens show as an example: a valid one (its check symbol computed), so someone who
 * tries it sees how a real code behaves rather than a typo warning. ABCD-EFGH-JKMC.
 */
export const exampleNoticeCode = formatNoticeCode(`ABCDEFGHJKM${computeNoticeCheckSymbol('ABCDEFGHJKM')}`);
