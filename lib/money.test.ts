import { describe, expect, it } from 'vitest';
import { formatUsd } from './money';

describe('formatUsd', () => {
  it('writes dollars in the language’s own way, without cents when whole', () => {
    expect(formatUsd('en', 300_000)).toBe('$3,000');
    expect(formatUsd('en', 420_050)).toBe('$4,200.50');
    expect(formatUsd('es', 300_000)).toBe('$3,000'); // es-US, as Spanish-speaking people in the US read it
    expect(formatUsd('ru', 300_000)).toMatch(/^3\s000\s\$$/);
    expect(formatUsd('fa', 100_000)).toContain('۱٬۰۰۰');
  });

  it('refuses a fraction of a cent', () => {
    expect(() => formatUsd('en', 1.5)).toThrow(RangeError);
  });
});
