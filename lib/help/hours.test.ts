import { describe, expect, it } from 'vitest';
import { formatHours, parseHours, zoneName } from './hours';
import { formatUsPhone, normalizeUsPhone, telUri } from './phone';

describe('parseHours', () => {
  it('reads days, times and the zone', () => {
    expect(parseHours('Mon-Fri 08:00-20:00 America/New_York')).toEqual({
      spans: [{ firstDay: 0, lastDay: 4, opens: '08:00', closes: '20:00' }],
      timeZone: 'America/New_York',
    });
    expect(parseHours(' mon-thu 09:00-17:00 ,  Sat 10:00-13:00   America/Los_Angeles ')?.spans).toHaveLength(2);
  });
  it.each([
    'Mon-Fri 9-5',
    'Mon-Fri 09:00-17:00',
    'Mon-Fri 09:00-17:00 Eastern',
    'Mon-Fri 09:00-17:00 Mars/Olympus',
    'Fri-Mon 09:00-17:00 America/Chicago',
    'Mon 17:00-09:00 America/Chicago',
    'Mon 24:00-25:00 America/Chicago',
    'Xyz 09:00-17:00 America/Chicago',
    '',
  ])('refuses %j', (text) => {
    expect(parseHours(text)).toBeNull();
  });
});

describe('formatHours', () => {
  const hours = parseHours('Mon-Fri 08:00-20:00, Sat 10:00-13:00 America/New_York')!;
  it('prints each locale its own day names and times, with the zone named', () => {
    // Intl puts narrow and thin spaces around times and dashes; compare with plain ones.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatHours(hours, 'en'))).toBe('Monday – Friday, 8:00 AM – 8:00 PM; Saturday, 10:00 AM – 1:00 PM (Eastern Time)');
    expect(plain(formatHours(hours, 'es'))).toMatch(
      /^lunes – viernes, 8:00 ?– ?20:00; sábado, 10:00 ?– ?13:00 \(hora (del este|oriental)\)$/,
    );
  });
  it('names the zone as people say it', () => {
    expect(zoneName('America/Los_Angeles', 'en')).toBe('Pacific Time');
    expect(zoneName('America/Chicago', 'en')).toBe('Central Time');
  });
});

describe('US phone numbers', () => {
  it('keeps 10 digits however the number was typed', () => {
    expect(normalizeUsPhone('(213) 555-0101')).toBe('2135550101');
    expect(normalizeUsPhone('1-877-777-4778')).toBe('8777774778');
    expect(normalizeUsPhone('+1 877.777.4778')).toBe('8777774778');
  });
  it.each(['555-0101', '012-555-0101', '213-155-0101', 'call 213 555 0101', '2135550101999'])('refuses %j', (text) => {
    expect(normalizeUsPhone(text)).toBeNull();
  });
  it('prints and dials the IRS way', () => {
    expect(formatUsPhone('8777774778')).toBe('1-877-777-4778');
    expect(telUri('8777774778')).toBe('tel:+18777774778');
  });
});
