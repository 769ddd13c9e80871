// Taxpayer identification numbers (SSN and ITIN), rules from shared/facts.md.
// The portal only ever stores keyed hashes of the 9 digits, so the digits this
// returns must be exactly what every other path (import, self-check, advocate
// lookup) produces for the same number: no leniency that one path has and
// another lacks.

export const tinRejectReasons = ['tin_format', 'ssn_area', 'ssn_group', 'ssn_serial', 'itin_group'] as const;
export type TinRejectReason = (typeof tinRejectReasons)[number];

export type TinKind = 'ssn' | 'itin';

export type TinResult = { ok: true; digits: string; kind: TinKind } | { ok: false; reason: TinRejectReason };

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_SPACE = 32;
const CODE_HYPHEN = 45;

/**
 * Accepts "123-45-6789", "123 45 6789" or "123456789". Only ASCII spaces and
 * hyphen-minus are separators; anything else that is not an ASCII digit
 * (including full-width digits and Unicode dashes) is `tin_format`, so the
 * accepted language stays small and identical everywhere.
 */
export function parseTin(input: string): TinResult {
  let digits = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= CODE_0 && c <= CODE_9) {
      if (digits.length === 9) return { ok: false, reason: 'tin_format' };
      digits += input[i];
    } else if (c !== CODE_SPACE && c !== CODE_HYPHEN) {
      return { ok: false, reason: 'tin_format' };
    }
  }
  if (digits.length !== 9) return { ok: false, reason: 'tin_format' };
  return classifyTinDigits(digits);
}

/** Classifies exactly nine ASCII digits; callers must have checked the format. */
function classifyTinDigits(digits: string): TinResult {
  const area = digits.slice(0, 3);
  const group = Number(digits.slice(3, 5));
  if (digits.charCodeAt(0) === CODE_9) {
    // 900–999 is not an SSN area but the ITIN space. Group 93 is an ATIN
    // (adoption) and other groups are IRS-internal: neither is a person's ITIN.
    return isItinGroup(group) ? { ok: true, digits, kind: 'itin' } : { ok: false, reason: 'itin_group' };
  }
  if (area === '000' || area === '666') return { ok: false, reason: 'ssn_area' };
  if (group === 0) return { ok: false, reason: 'ssn_group' };
  if (digits.endsWith('0000')) return { ok: false, reason: 'ssn_serial' };
  // An expired ITIN or an SSN issued after 2011 randomization look the same as
  // any other: there is no check digit and no expiry in the number itself.
  return { ok: true, digits, kind: 'ssn' };
}

/** ITIN 4th–5th digits: 50–65, 70–88, 90–92, 94–99. */
export function isItinGroup(group: number): boolean {
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

/** The ITIN groups in ascending order (44 of them); used by the synthetic generator. */
export const itinGroups: readonly number[] = Array.from({ length: 100 }, (_, g) => g).filter(isItinGroup);

function assertTinDigits(digits: string): void {
  // The value itself is never put in the message: it would end up in logs.
  if (!/^[0-9]{9}$/.test(digits)) throw new Error('Expected the 9 digits of a parsed TIN');
}

export function tinLast4(digits: string): string {
  assertTinDigits(digits);
  return digits.slice(5);
}

/** "•••-••-1234": what a person may be shown; never more than the last four. */
export function maskTin(digits: string): string {
  return `•••-••-${tinLast4(digits)}`;
}

/** "123-45-6789": the conventional display; parseTin(formatTin(d)) returns d. */
export function formatTin(digits: string): string {
  assertTinDigits(digits);
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}
