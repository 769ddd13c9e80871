// Haitian pages get Creole where Intl would answer in English (Node's ICU has no `ht` data).
import { describe, expect, it } from 'vitest';
import { parseHours, formatHours, zoneName } from './help/hours';
import { formatClock } from './self-check/feedback';

describe('Haitian Creole where Intl has no data', () => {
  it('writes help-line hours with Creole days, the 24-hour clock and the zone named in Creole', () => {
    const hours = parseHours('Mon-Fri 08:00-20:00 America/New_York')!;
    expect(formatHours(hours, 'ht')).toBe('lendi – vandredi, 08:00 – 20:00 (lè Lès (Eastern Time))');
    expect(zoneName('America/Los_Angeles', 'ht')).toBe('lè Pasifik (Pacific Time)');
    // Other languages keep Intl's own words.
    expect(formatHours(hours, 'es')).toMatch(/^lunes/);
  });

  it('writes a lock-out time without English words', () => {
    // Thursday 3 December 2026, 14:05:09 UTC = 09:05:09 in New York.
    const at = Date.UTC(2026, 11, 3, 14, 5, 9);
    expect(formatClock(at, 60_000, 'ht', 'America/New_York')).toBe('09:05:09 EST');
    expect(formatClock(at, 30 * 60_000, 'ht', 'America/New_York')).toBe('09:05 EST');
    expect(formatClock(at, 24 * 3_600_000, 'ht', 'America/New_York')).toBe('jedi 3 desanm, 09:05 EST');
  });
});
