import { describe, expect, it } from 'vitest';
import { prefersTagalog } from './accept-language';

describe('prefersTagalog', () => {
  it('is true when Filipino or Tagalog is the most preferred language', () => {
    expect(prefersTagalog('fil-PH,fil;q=0.9,en-US;q=0.8')).toBe(true);
    expect(prefersTagalog('tl')).toBe(true);
    expect(prefersTagalog('en;q=0.5, FIL;q=0.9')).toBe(true);
  });

  it('is false otherwise', () => {
    expect(prefersTagalog('en-US,fil;q=0.9')).toBe(false);
    expect(prefersTagalog('filx,en')).toBe(false);
    expect(prefersTagalog('fil;q=0')).toBe(false);
    expect(prefersTagalog('')).toBe(false);
  });
});
