import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeNoticeCheckSymbol, crockfordAlphabet, formatNoticeCode } from '../identifiers/notice-code';
import { parseLetterCheck, parseMailCheck } from './self-check';

const today = '2026-03-01';
const dob = { month: '3', day: '9', year: '1984' };
const payload = fc.array(fc.constantFrom(...crockfordAlphabet), { minLength: 11, maxLength: 11 }).map((s) => s.join(''));
const validCode = payload.map((p) => p + computeNoticeCheckSymbol(p));

describe('parseLetterCheck', () => {
  it('reads any way a person might type a valid code: case, hyphens, spaces, I/L for 1, O for 0', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom('-', ' ', '', ' - ', '.'), fc.boolean(), fc.boolean(), (code, sep, lower, lookalikes) => {
        let typed = formatNoticeCode(code).replace(/-/g, sep);
        if (lookalikes) typed = typed.replace(/1/g, 'l').replace(/0/g, 'O');
        if (lower) typed = typed.toLowerCase();
        const r = parseLetterCheck({ code: `  ${typed} `, dob }, today);
        expect(r).toEqual({ ok: true, value: { code, checkSymbolValid: true, dateOfBirth: '1984-03-09' } });
      }),
    );
  });

  it('flags any single mistyped symbol as a typo (the check symbol sees it), not as a format error', () => {
    fc.assert(
      fc.property(validCode, fc.nat(11), fc.constantFrom(...crockfordAlphabet), (code, i, symbol) => {
        fc.pre(code[i] !== symbol);
        const typo = code.slice(0, i) + symbol + code.slice(i + 1);
        const r = parseLetterCheck({ code: typo, dob }, today);
        expect(r).toMatchObject({ ok: true, value: { code: typo, checkSymbolValid: false } });
      }),
    );
  });

  it('names each field that is wrong, with a reason and never the value', () => {
    expect(parseLetterCheck({}, today)).toEqual({ ok: false, fields: { code: 'code_missing', dob: 'date_missing' } });
    expect(parseLetterCheck({ code: 'ABCD-EFGH-JK', dob }, today)).toEqual({ ok: false, fields: { code: 'code_format' } });
    expect(parseLetterCheck({ code: '7K3M-9QXT-2H4P-X', dob }, today)).toEqual({ ok: false, fields: { code: 'code_format' } });
    expect(parseLetterCheck({ code: '7K3M-9QXT-2H4P', dob: { month: '2', day: '30', year: '1990' } }, today)).toEqual({
      ok: false,
      fields: { dob: 'date_impossible' },
    });
    expect(parseLetterCheck({ code: '7K3M-9QXT-2H4P', dob: { month: '3', day: '2', year: '2026' } }, today)).toEqual({
      ok: false,
      fields: { dob: 'date_future' },
    });
    expect(parseLetterCheck({ code: '7K3M-9QXT-2H4P', dob: { month: '3', day: '', year: '1984' } }, today)).toEqual({
      ok: false,
      fields: { dob: 'date_format' },
    });
    expect(parseLetterCheck('not a form', today)).toEqual({ ok: false, fields: { code: 'code_missing', dob: 'date_missing' } });
  });
});

const ssn = fc
  .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .filter(([a]) => a !== 666)
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}${String(g).padStart(2, '0')}${String(s).padStart(4, '0')}`);

const good = { tin: '912-70-1234', dob, lastName: 'García-López', zip: '90011' };

describe('parseMailCheck', () => {
  it('reads an SSN however it is spaced or hyphenated, always to the same nine digits', () => {
    fc.assert(
      fc.property(ssn, fc.constantFrom(['-', '-'], [' ', ' '], ['', ''], [' - ', '-']), (digits, [s1, s2]) => {
        const typed = `${digits.slice(0, 3)}${s1}${digits.slice(3, 5)}${s2}${digits.slice(5)}`;
        const r = parseMailCheck({ ...good, tin: typed }, today);
        expect(r).toMatchObject({ ok: true, value: { tin: digits } });
      }),
    );
  });

  it('gives the SSN and ITIN rule that failed', () => {
    const reason = (tin: string) => {
      const r = parseMailCheck({ ...good, tin }, today);
      return r.ok ? 'ok' : r.fields.tin;
    };
    expect(reason('')).toBe('tin_missing');
    expect(reason('12-345-678')).toBe('tin_format');
    expect(reason('000-12-3456')).toBe('ssn_area');
    expect(reason('666-12-3456')).toBe('ssn_area');
    expect(reason('123-00-4567')).toBe('ssn_group');
    expect(reason('123-45-0000')).toBe('ssn_serial');
    expect(reason('912-93-1234')).toBe('itin_group');
    expect(reason('912-49-1234')).toBe('itin_group');
    expect(reason('912-50-1234')).toBe('ok');
  });

  it('folds the last name and the ZIP+4 to what the record was hashed with', () => {
    for (const lastName of ['García-López', 'garcia lopez', 'GARCIA-LOPEZ', ' García  López ']) {
      expect(parseMailCheck({ ...good, lastName, zip: '90011-1234' }, today)).toEqual({
        ok: true,
        value: { tin: '912701234', dateOfBirth: '1984-03-09', lastName: 'GARCIALOPEZ', zip: '90011' },
      });
    }
  });

  it('names every wrong field at once and never echoes what was typed', () => {
    const typed = { tin: '666-12-3456', dob: { month: '13', day: '1', year: '1984' }, lastName: " -' ", zip: '9001' };
    const r = parseMailCheck(typed, today);
    expect(r).toEqual({ ok: false, fields: { tin: 'ssn_area', dob: 'date_impossible', lastName: 'name_missing', zip: 'zip_format' } });
    expect(JSON.stringify(r)).not.toMatch(/666|9001/);
    expect(parseMailCheck({ ...good, zip: '' }, today)).toEqual({ ok: false, fields: { zip: 'zip_missing' } });
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => parseMailCheck(input, today)).not.toThrow();
        expect(() => parseLetterCheck(input, today)).not.toThrow();
      }),
    );
  });
});
