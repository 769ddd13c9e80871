// Every expected date here was counted by hand on a calendar, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import { addDays, appealByDate, cureByDate, cureDayOpen, dayHasPassed, lastZoneDay, newYorkDay } from './deadlines';

const early = '2000-01-01'; // a claims deadline that never wins

describe('claim deadlines, in calendar days in America/New_York', () => {
  it('reads the day in New York, not in UTC', () => {
    // 03:30 UTC on March 2 is 22:30 EST on March 1.
    expect(newYorkDay(new Date('2026-03-02T03:30:00Z'))).toBe('2026-03-01');
    expect(newYorkDay(new Date('2026-03-02T05:00:00Z'))).toBe('2026-03-02');
  });

  it('crosses the spring clock change on the right side (March 8, 2026: EST → EDT at 2:00)', () => {
    expect(newYorkDay(new Date('2026-03-08T06:30:00Z'))).toBe('2026-03-08'); // 01:30 EST
    expect(newYorkDay(new Date('2026-03-09T03:59:00Z'))).toBe('2026-03-08'); // 23:59 EDT (UTC−4)
    expect(newYorkDay(new Date('2026-03-09T04:00:00Z'))).toBe('2026-03-09'); // 00:00 EDT
    // A request at 23:59 on the changeover day counts from March 8: April 7, not April 8.
    expect(cureByDate(new Date('2026-03-09T03:59:00Z'), false, early)).toBe('2026-04-07');
  });

  it('crosses the autumn clock change (November 1, 2026: EDT → EST at 2:00)', () => {
    // 04:30 UTC on November 2 is 23:30 EST on November 1 (it would be 00:30 November 2 in EDT).
    expect(newYorkDay(new Date('2026-11-02T04:30:00Z'))).toBe('2026-11-01');
    expect(cureByDate(new Date('2026-11-02T04:30:00Z'), false, early)).toBe('2026-12-01');
    expect(cureByDate(new Date('2026-11-02T04:30:00Z'), true, early)).toBe('2026-12-04');
  });

  it('counts 30 days, 33 by letter, across a month end', () => {
    // January 31 + 30: February has 28 days in 2026, so March 2; by letter March 5.
    expect(cureByDate(new Date('2026-01-31T15:00:00Z'), false, early)).toBe('2026-03-02');
    expect(cureByDate(new Date('2026-01-31T15:00:00Z'), true, early)).toBe('2026-03-05');
    // December 15 + 30 crosses the year: January 14.
    expect(cureByDate(new Date('2026-12-15T17:00:00Z'), false, early)).toBe('2027-01-14');
  });

  it('counts the leap day (2028)', () => {
    // January 30 + 30 = February 29, 2028; + 33 = March 3.
    expect(cureByDate(new Date('2028-01-30T12:00:00Z'), false, early)).toBe('2028-02-29');
    expect(cureByDate(new Date('2028-01-30T12:00:00Z'), true, early)).toBe('2028-03-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('never gives a cure date before the claims deadline', () => {
    expect(cureByDate(new Date('2026-12-07T14:00:00Z'), true, '2027-12-31')).toBe('2027-12-31');
    // 30 days after December 10, 2027 is January 9, 2028: later than the deadline, so it stands.
    expect(cureByDate(new Date('2027-12-10T14:00:00Z'), false, '2027-12-31')).toBe('2028-01-09');
    // The day the later date equals the deadline.
    expect(cureByDate(new Date('2027-12-01T14:00:00Z'), false, '2027-12-31')).toBe('2027-12-31');
  });

  it('gives 30 days to appeal a denial', () => {
    expect(appealByDate(new Date('2026-12-31T12:00:00Z'))).toBe('2027-01-30');
    // February 10, 2028 + 30: 19 days to February 29, 11 more: March 11.
    expect(appealByDate(new Date('2028-02-10T12:00:00Z'))).toBe('2028-03-11');
    // 02:00 UTC on January 1 is still December 31 in New York.
    expect(appealByDate(new Date('2027-01-01T02:00:00Z'))).toBe('2027-01-30');
  });

  it('lets a last day run to the end of that day in New York', () => {
    expect(dayHasPassed('2026-03-31', new Date('2026-04-01T03:59:00Z'))).toBe(false); // 23:59 EDT March 31
    expect(dayHasPassed('2026-03-31', new Date('2026-04-01T04:00:00Z'))).toBe(true);
  });
});

describe('the cure-by day', () => {
  it('takes an answer through the whole day everywhere in the US (until midnight at UTC-12), not a moment after', () => {
    expect(cureDayOpen('2027-03-31', new Date('2027-03-31T23:59:59Z'))).toBe(true);
    expect(cureDayOpen('2027-03-31', new Date('2027-04-01T11:59:59.999Z'))).toBe(true);
    expect(cureDayOpen('2027-03-31', new Date('2027-04-01T12:00:00Z'))).toBe(false);
    expect(cureDayOpen('2027-12-31', new Date('2028-01-01T11:00:00Z'))).toBe(true);
    expect(cureDayOpen('2027-02-28', new Date('2027-03-01T12:00:00Z'))).toBe(false);
    expect([lastZoneDay(new Date('2027-04-01T11:59:59Z')), lastZoneDay(new Date('2027-04-01T12:00:00Z'))]).toEqual([
      '2027-03-31',
      '2027-04-01',
    ]);
  });
});
