import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, isLeapYear, parseDateParts, parseIsoDate, todayUtc } from './dates';

const today = '2026-02-27';

describe('parseIsoDate', () => {
  it('accepts real dates', () => {
    expect(parseIsoDate('1985-07-04', { today })).toEqual({ ok: true, value: '1985-07-04' });
    expect(parseIsoDate(' 2024-02-29 ', { today })).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseIsoDate('2000-02-29', { today })).toEqual({ ok: true, value: '2000-02-29' });
    expect(parseIsoDate('1900-01-01', { today })).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseIsoDate(today, { today })).toEqual({ ok: true, value: today });
  });

  it.each(['', '1985-7-4', '85-07-04', '1985/07/04', '07/04/1985', '1985-07-04T00:00:00Z', '19850704', '１９８５-０７-０４', 'abcd-ef-gh'])(
    'rejects %j as date_format',
    (input) => {
      expect(parseIsoDate(input, { today })).toEqual({ ok: false, reason: 'date_format' });
    },
  );

  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-06-00', '2024-01-32'])(
    'rejects %j as date_impossible',
    (input) => {
      expect(parseIsoDate(input, { today })).toEqual({ ok: false, reason: 'date_impossible' });
    },
  );

  it('rejects dates after today and before the earliest date', () => {
    expect(parseIsoDate('2026-02-28', { today })).toEqual({ ok: false, reason: 'date_future' });
    expect(parseIsoDate('1899-12-31', { today })).toEqual({ ok: false, reason: 'date_too_old' });
    expect(parseIsoDate('0000-01-01', { today })).toEqual({ ok: false, reason: 'date_too_old' });
    expect(parseIsoDate('2025-03-31', { today, earliest: '2025-04-01' })).toEqual({ ok: false, reason: 'date_too_old' });
  });

  it('defaults today to the UTC date, whatever the process time zone', () => {
    expect(todayUtc(new Date('2026-03-01T02:00:00Z'))).toBe('2026-03-01');
    expect(todayUtc(new Date('2026-02-28T23:59:59-08:00'))).toBe('2026-03-01');
    expect(parseIsoDate('9999-12-31')).toEqual({ ok: false, reason: 'date_future' });
  });

  it('agrees with the proleptic Gregorian calendar for every day of 1896–2104', () => {
    // Walk day by day with UTC arithmetic (safe: Date.UTC never applies a time zone).
    const disagreements: string[] = [];
    let days = 0;
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2105, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const iso = formatIsoDate(y, m, day);
      const next = new Date(t + 86_400_000);
      const isLastOfMonth = next.getUTCMonth() + 1 !== m;
      if (!parseIsoDate(iso, { today: '2104-12-31' }).ok || isLastOfMonth !== (day === daysInMonth(y, m))) disagreements.push(iso);
      days++;
    }
    expect(days).toBe(74_875);
    expect(disagreements).toEqual([]);
  });

  it('round-trips formatted dates and is idempotent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = formatIsoDate(y, m, d);
        const result = parseIsoDate(iso, { today: '2026-12-31' });
        if (d <= daysInMonth(y, m)) expect(result).toEqual({ ok: true, value: iso });
        else expect(result).toEqual({ ok: false, reason: 'date_impossible' });
      }),
    );
  });
});

describe('parseDateParts', () => {
  it('takes month, day, year in US order, with or without leading zeros', () => {
    expect(parseDateParts('7', '4', '1985', { today })).toEqual({ ok: true, value: '1985-07-04' });
    expect(parseDateParts('07', '04', '1985', { today })).toEqual({ ok: true, value: '1985-07-04' });
    expect(parseDateParts(' 12 ', ' 31 ', ' 1999 ', { today })).toEqual({ ok: true, value: '1999-12-31' });
    expect(parseDateParts(2, 29, 2024, { today })).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each([
    ['', '4', '1985'],
    ['7', '', '1985'],
    ['7', '4', ''],
    ['7', '4', '85'],
    ['7', '4', '19850'],
    ['July', '4', '1985'],
    ['007', '4', '1985'],
    ['7.0', '4', '1985'],
    ['-7', '4', '1985'],
    ['７', '4', '1985'],
  ])('rejects (%j, %j, %j) as date_format', (m, d, y) => {
    expect(parseDateParts(m, d, y, { today })).toEqual({ ok: false, reason: 'date_format' });
  });

  it('rejects impossible, future and too-old dates with the same reasons as parseIsoDate', () => {
    expect(parseDateParts('2', '29', '2023', { today })).toEqual({ ok: false, reason: 'date_impossible' });
    expect(parseDateParts('13', '1', '1985', { today })).toEqual({ ok: false, reason: 'date_impossible' });
    expect(parseDateParts('0', '1', '1985', { today })).toEqual({ ok: false, reason: 'date_impossible' });
    expect(parseDateParts('4', '31', '1985', { today })).toEqual({ ok: false, reason: 'date_impossible' });
    expect(parseDateParts('3', '1', '2026', { today })).toEqual({ ok: false, reason: 'date_future' });
    expect(parseDateParts('12', '31', '1899', { today })).toEqual({ ok: false, reason: 'date_too_old' });
  });

  it('agrees with parseIsoDate on every input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 1890, max: 2030 }), (m, d, y) => {
        expect(parseDateParts(m, d, y, { today })).toEqual(parseIsoDate(formatIsoDate(y, m, d), { today }));
      }),
    );
  });
});

describe('calendar helpers', () => {
  it('knows the Gregorian leap-year rule', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
