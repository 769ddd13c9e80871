import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTin, isItinGroup, itinGroups, maskTin, parseTin, tinLast4 } from './tin';

/** Arbitrary well-formed SSN digits (area 001–899 except 666, group 01–99, serial 0001–9999). */
const ssnDigitsArbitrary = fc
  .tuple(
    fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
  )
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}${String(g).padStart(2, '0')}${String(s).padStart(4, '0')}`);

/** Arbitrary well-formed ITIN digits. */
const itinDigitsArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...itinGroups), fc.integer({ min: 0, max: 9999 }))
  .map(([p, g, s]) => `9${String(p).padStart(2, '0')}${String(g).padStart(2, '0')}${String(s).padStart(4, '0')}`);

describe('parseTin', () => {
  it.each(['123-45-6789', '123 45 6789', '123456789', ' 123-45-6789 ', '12-345-6789', '123--45--6789'])('accepts %j as an SSN', (input) => {
    expect(parseTin(input)).toEqual({ ok: true, digits: '123456789', kind: 'ssn' });
  });

  it('recognizes ITINs by the leading 9 and a valid group', () => {
    expect(parseTin('912-70-1234')).toEqual({ ok: true, digits: '912701234', kind: 'itin' });
    expect(parseTin('900-50-0000')).toEqual({ ok: true, digits: '900500000', kind: 'itin' });
  });

  it.each([
    ['', 'empty'],
    ['12345678', 'eight digits'],
    ['1234567890', 'ten digits'],
    ['123-45-678a', 'a letter'],
    ['123_45_6789', 'an underscore'],
    ['123.45.6789', 'periods'],
    ['123–45–6789', 'en dashes'],
    ['１２３４５６７８９', 'full-width digits'],
    ['123\t45\t6789', 'tabs'],
    ['+123456789', 'a plus sign'],
  ])('rejects %j (%s) as tin_format', (input) => {
    expect(parseTin(input)).toEqual({ ok: false, reason: 'tin_format' });
  });

  it.each(['000-12-3456', '666-12-3456'])('rejects area %j as ssn_area', (input) => {
    expect(parseTin(input)).toEqual({ ok: false, reason: 'ssn_area' });
  });

  it('rejects group 00 and serial 0000 of an SSN', () => {
    expect(parseTin('123-00-4567')).toEqual({ ok: false, reason: 'ssn_group' });
    expect(parseTin('123-45-0000')).toEqual({ ok: false, reason: 'ssn_serial' });
  });

  it('checks the area before the group and the group before the serial', () => {
    expect(parseTin('000-00-0000')).toEqual({ ok: false, reason: 'ssn_area' });
    expect(parseTin('123-00-0000')).toEqual({ ok: false, reason: 'ssn_group' });
  });

  it('accepts SSN areas next to the forbidden ones', () => {
    for (const area of ['001', '665', '667', '899']) expect(parseTin(`${area}-12-3456`).ok).toBe(true);
  });

  it('treats every group of the 9xx space exactly as facts.md lists', () => {
    const accepted: number[] = [];
    for (let group = 0; group < 100; group++) {
      const result = parseTin(`987${String(group).padStart(2, '0')}4321`);
      if (result.ok) {
        expect(result.kind).toBe('itin');
        accepted.push(group);
      } else {
        expect(result.reason).toBe('itin_group');
      }
    }
    const expected = [
      ...Array.from({ length: 16 }, (_, i) => 50 + i),
      ...Array.from({ length: 19 }, (_, i) => 70 + i),
      90,
      91,
      92,
      94,
      95,
      96,
      97,
      98,
      99,
    ];
    expect(accepted).toEqual(expected);
    expect(itinGroups).toEqual(expected);
  });

  it('rejects ATINs (group 93) and IRS-internal groups as itin_group', () => {
    expect(parseTin('912-93-1234')).toEqual({ ok: false, reason: 'itin_group' });
    expect(parseTin('912-00-1234')).toEqual({ ok: false, reason: 'itin_group' });
    expect(parseTin('912-89-1234')).toEqual({ ok: false, reason: 'itin_group' });
    expect(isItinGroup(66)).toBe(false);
    expect(isItinGroup(69)).toBe(false);
  });

  it('accepts every well-formed SSN and ITIN, in every accepted spelling', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          ssnDigitsArbitrary.map((d) => [d, 'ssn'] as const),
          itinDigitsArbitrary.map((d) => [d, 'itin'] as const),
        ),
        ([digits, kind]) => {
          for (const spelling of [digits, formatTin(digits), `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`]) {
            expect(parseTin(spelling)).toEqual({ ok: true, digits, kind });
          }
        },
      ),
    );
  });

  it('is idempotent on its own output and never accepts anything but 9 digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const result = parseTin(input);
        if (result.ok) {
          expect(result.digits).toMatch(/^[0-9]{9}$/);
          expect(parseTin(result.digits)).toEqual(result);
        }
      }),
    );
  });
});

describe('display helpers', () => {
  it('shows only the last four', () => {
    expect(tinLast4('912701234')).toBe('1234');
    expect(maskTin('912701234')).toBe('•••-••-1234');
    expect(formatTin('912701234')).toBe('912-70-1234');
  });

  it('refuses anything but 9 digits, without echoing it', () => {
    expect(() => maskTin('123-45-6789')).toThrow('Expected the 9 digits of a parsed TIN');
    expect(() => tinLast4('12345')).toThrow();
    expect(() => formatTin('')).toThrow();
  });
});
