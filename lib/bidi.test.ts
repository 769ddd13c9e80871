import { describe, expect, it } from 'vitest';
import { FSI, PDI, isolate } from './bidi';

describe('isolate', () => {
  it('wraps a value in FSI … PDI inside right-to-left text', () => {
    expect(isolate('localhost:3300/ar', 'rtl')).toBe(`${FSI}localhost:3300/ar${PDI}`);
    expect(isolate('ABCD-EFGH-JKLM', 'rtl')).toBe('\u2068ABCD-EFGH-JKLM\u2069');
  });

  it('leaves left-to-right text and empty values alone', () => {
    expect(isolate('localhost:3300/en', 'ltr')).toBe('localhost:3300/en');
    expect(isolate('', 'rtl')).toBe('');
  });
});
