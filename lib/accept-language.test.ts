import { describe, expect, it } from 'vitest';
import { normalizeAcceptLanguage } from './accept-language';

describe('normalizeAcceptLanguage', () => {
  it('turns Filipino into the portal’s Tagalog tag, keeping region and weight', () => {
    expect(normalizeAcceptLanguage('fil-PH,fil;q=0.9,en-US;q=0.8')).toBe('tl-PH,tl;q=0.9,en-US;q=0.8');
    expect(normalizeAcceptLanguage('en, FIL;q=0.5')).toBe('en, tl;q=0.5');
    expect(normalizeAcceptLanguage('fil')).toBe('tl');
  });

  it('leaves other tags alone', () => {
    expect(normalizeAcceptLanguage('zh-TW,zh;q=0.9')).toBe('zh-TW,zh;q=0.9');
    expect(normalizeAcceptLanguage('filx,en')).toBe('filx,en');
  });
});
