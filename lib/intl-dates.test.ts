import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate } from './intl-dates';
import { languageCodes } from './languages';

const englishMonths = /January|February|March|April|May|June|July|August|September|October|November|December|\bDec\b/;

describe('dates per language', () => {
  it('never print English month names outside English', () => {
    for (const code of languageCodes) {
      if (code === 'en') continue;
      expect(formatLongDate(code, '2025-12-03'), code).not.toMatch(englishMonths);
      expect(formatDateTime(code, '2025-12-03T14:05:00Z', 'America/New_York'), code).not.toMatch(englishMonths);
    }
    expect(formatLongDate('en', '2025-12-03')).toBe('December 3, 2025');
  });

  it('write Haitian Creole months in Creole', () => {
    expect(formatLongDate('ht', '2025-08-14')).toBe('14 out 2025');
    expect(formatLongDate('ht', '2026-01-23')).toBe('23 janvye 2026');
  });

  it('use the Gregorian calendar everywhere, Farsi included', () => {
    // 2025 in Persian digits; the Solar Hijri year would be ۱۴۰۴.
    expect(formatLongDate('fa', '2025-08-14')).toContain('۲۰۲۵');
    expect(formatLongDate('ar', '2025-08-14')).toMatch(/2025|٢٠٢٥/);
  });
});
