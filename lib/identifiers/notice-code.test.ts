import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exampleNoticeCode,
  computeNoticeCheckSymbol,
  crockfordAlphabet,
  dammTable,
  formatNoticeCode,
  generateNoticeCode,
  isValidNoticeCode,
  normalizeNoticeCodeInput,
  suggestNoticeCodes,
} from './notice-code';

const symbolArbitrary = fc.constantFrom(...crockfordAlphabet);
const payloadArbitrary = fc.array(symbolArbitrary, { minLength: 11, maxLength: 11 }).map((s) => s.join(''));
const codeArbitrary = payloadArbitrary.map((p) => p + computeNoticeCheckSymbol(p));

function substitute(code: string, index: number, symbol: string): string {
  return code.slice(0, index) + symbol + code.slice(index + 1);
}

function swapAdjacent(code: string, index: number): string {
  return code.slice(0, index) + code[index + 1] + code[index] + code.slice(index + 2);
}

describe('the check scheme', () => {
  it('Luhn mod 32 would miss the adjacent transposition of "0" and "Z" (why Damm is used)', () => {
    const n = 32;
    const luhnDouble = (d: number) => Math.floor((2 * d) / n) + ((2 * d) % n);
    const missed: string[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        // Swapping a doubled and an undoubled neighbour leaves the Luhn sum unchanged.
        if ((luhnDouble(a) + b) % n === (a + luhnDouble(b)) % n) missed.push(crockfordAlphabet[a]! + crockfordAlphabet[b]!);
      }
    }
    expect(missed).toEqual(['0Z']);
  });

  it('uses a quasigroup: every row and column of the table is a permutation', () => {
    for (let i = 0; i < 32; i++) {
      expect(new Set(dammTable[i]).size).toBe(32);
      expect(new Set(dammTable.map((row) => row[i])).size).toBe(32);
    }
  });

  it('is totally anti-symmetric: (c∘x)∘y = (c∘y)∘x only when x = y (exhaustive)', () => {
    const op = (a: number, b: number) => dammTable[a]![b]!;
    const violations: string[] = [];
    for (let c = 0; c < 32; c++) {
      for (let x = 0; x < 32; x++) {
        for (let y = 0; y < 32; y++) {
          if (x !== y && op(op(c, x), y) === op(op(c, y), x)) violations.push(`${c},${x},${y}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});

describe('generateNoticeCode', () => {
  it('makes valid 12-symbol codes from the alphabet', () => {
    for (let i = 0; i < 2000; i++) {
      const code = generateNoticeCode();
      expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
      expect(isValidNoticeCode(code)).toBe(true);
    }
  });

  it('uses every symbol in every payload position (no stuck bits)', () => {
    const seen = Array.from({ length: 11 }, () => new Set<string>());
    for (let i = 0; i < 3000; i++) {
      const code = generateNoticeCode();
      for (let p = 0; p < 11; p++) seen[p]!.add(code[p]!);
    }
    for (const s of seen) expect(s.size).toBe(32);
  });
});

describe('error detection (property tests)', () => {
  it('every code built from a payload is valid', () => {
    fc.assert(fc.property(codeArbitrary, (code) => isValidNoticeCode(code)));
  });

  it('detects every single-symbol substitution, at every position including the check symbol', () => {
    fc.assert(
      fc.property(codeArbitrary, (code) => {
        const undetected: string[] = [];
        for (let i = 0; i < 12; i++) {
          for (const symbol of crockfordAlphabet) {
            if (symbol !== code[i] && isValidNoticeCode(substitute(code, i, symbol))) undetected.push(`${i}:${symbol}`);
          }
        }
        expect(undetected).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('detects every adjacent transposition of distinct symbols, including with the check symbol', () => {
    fc.assert(
      fc.property(codeArbitrary, (code) => {
        for (let i = 0; i < 11; i++) {
          if (code[i] !== code[i + 1]) expect(isValidNoticeCode(swapAdjacent(code, i))).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('detects the transposition Luhn mod 32 misses', () => {
    const code = `0Z${'1'.repeat(9)}`;
    const valid = code + computeNoticeCheckSymbol(code);
    expect(isValidNoticeCode(swapAdjacent(valid, 0))).toBe(false);
  });
});

describe('exampleNoticeCode', () => {
  it('is a valid code, so staff who try the example meet a real lookup, not a typo warning', () => {
    expect(exampleNoticeCode).toBe('ABCD-EFGH-JKMC');
    expect(isValidNoticeCode(normalizeNoticeCodeInput(exampleNoticeCode)!)).toBe(true);
  });
});

describe('isValidNoticeCode', () => {
  it('accepts only the canonical form', () => {
    const code = generateNoticeCode();
    expect(isValidNoticeCode(code)).toBe(true);
    if (/[A-Z]/.test(code)) expect(isValidNoticeCode(code.toLowerCase())).toBe(false);
    expect(isValidNoticeCode(formatNoticeCode(code))).toBe(false);
    expect(isValidNoticeCode(code.slice(0, 11))).toBe(false);
    expect(isValidNoticeCode(`${code}0`)).toBe(false);
    expect(isValidNoticeCode('')).toBe(false);
    expect(isValidNoticeCode('IIIIIIIIIIII')).toBe(false);
  });
});

describe('normalizeNoticeCodeInput', () => {
  it('strips separators and uppercases', () => {
    expect(normalizeNoticeCodeInput(' abcd-efgh-jk01 ')).toBe('ABCDEFGHJK01');
    expect(normalizeNoticeCodeInput('ABCD EFGH JK01')).toBe('ABCDEFGHJK01');
    expect(normalizeNoticeCodeInput('ABCD.EFGH.JK01')).toBe('ABCDEFGHJK01');
    expect(normalizeNoticeCodeInput('ABCD–EFGH—JK01')).toBe('ABCDEFGHJK01');
  });

  it('reads lookalikes the Crockford way, and U as V', () => {
    expect(normalizeNoticeCodeInput('iIlL-oO00-uU11')).toBe('11110000VV11');
    expect(normalizeNoticeCodeInput('OOOO-IIII-LLLL')).toBe('000011111111');
  });

  it('accepts full-width input from East Asian keyboards', () => {
    expect(normalizeNoticeCodeInput('ＡＢＣＤ－ＥＦＧＨ－ＪＫ０１')).toBe('ABCDEFGHJK01');
  });

  it('returns null for wrong lengths or characters', () => {
    expect(normalizeNoticeCodeInput('')).toBeNull();
    expect(normalizeNoticeCodeInput('ABCD-EFGH-JK0')).toBeNull();
    expect(normalizeNoticeCodeInput('ABCD-EFGH-JK012')).toBeNull();
    expect(normalizeNoticeCodeInput('ABCD-EFGH-JK0!')).toBeNull();
    expect(normalizeNoticeCodeInput('ABCD-EFGH-JK0Ñ')).toBeNull();
    expect(normalizeNoticeCodeInput('ABCD/EFGH/JK01')).toBeNull();
  });

  it('round-trips through formatNoticeCode and is idempotent', () => {
    fc.assert(
      fc.property(codeArbitrary, (code) => {
        expect(formatNoticeCode(code)).toMatch(/^.{4}-.{4}-.{4}$/);
        expect(normalizeNoticeCodeInput(formatNoticeCode(code))).toBe(code);
        expect(normalizeNoticeCodeInput(formatNoticeCode(code).toLowerCase())).toBe(code);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const once = normalizeNoticeCodeInput(input);
        if (once !== null) expect(normalizeNoticeCodeInput(once)).toBe(once);
      }),
    );
  });
});

describe('suggestNoticeCodes', () => {
  it('offers nothing for a valid code or for something that is not a code', () => {
    expect(suggestNoticeCodes(generateNoticeCode())).toEqual([]);
    expect(suggestNoticeCodes('not a code')).toEqual([]);
  });

  it('finds the original after one substitution or one adjacent transposition', () => {
    fc.assert(
      fc.property(codeArbitrary, fc.integer({ min: 0, max: 11 }), symbolArbitrary, fc.boolean(), (code, index, symbol, transpose) => {
        let typo: string;
        if (transpose) {
          const i = Math.min(index, 10);
          fc.pre(code[i] !== code[i + 1]);
          typo = swapAdjacent(code, i);
        } else {
          fc.pre(symbol !== code[index]);
          typo = substitute(code, index, symbol);
        }
        const suggestions = suggestNoticeCodes(formatNoticeCode(typo).toLowerCase());
        expect(suggestions).toContain(code);
        for (const s of suggestions) expect(isValidNoticeCode(s)).toBe(true);
        expect(new Set(suggestions).size).toBe(suggestions.length);
      }),
    );
  });

  it('returns one substitution per position plus the valid transpositions, in a stable order', () => {
    const code = generateNoticeCode();
    const typo = substitute(code, 5, code[5] === 'A' ? 'B' : 'A');
    const suggestions = suggestNoticeCodes(typo);
    const substitutions = suggestions.filter((s) => [...s].filter((ch, i) => ch !== typo[i]).length === 1);
    expect(substitutions).toHaveLength(12);
    expect(substitutions.map((s) => [...s].findIndex((ch, i) => ch !== typo[i]))).toEqual([...Array(12).keys()]);
    expect(suggestNoticeCodes(typo)).toEqual(suggestions);
  });
});
