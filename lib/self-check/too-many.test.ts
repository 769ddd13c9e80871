import { describe, expect, it } from 'vitest';
import { longestStatedWaitMs, tooManyPath, tooManyWaitMs } from './too-many';

describe('the too-many-tries address', () => {
  it('carries when the limit opens and which form it came from', () => {
    expect(tooManyPath('es', 1_800_000_000_000.4, 'mail')).toBe('/es/check/too-many?until=1800000000001&from=mail');
  });

  it('states the wait left, at least a second and at most 48 hours', () => {
    const now = 1_800_000_000_000;
    expect(tooManyWaitMs(String(now + 90_000), now)).toBe(90_000);
    expect(tooManyWaitMs(String(now - 5_000), now)).toBe(1000);
    expect(tooManyWaitMs(String(now + 10 * longestStatedWaitMs), now)).toBe(longestStatedWaitMs);
    expect(tooManyWaitMs('soon', now)).toBe(longestStatedWaitMs);
    expect(tooManyWaitMs(undefined, now)).toBe(longestStatedWaitMs);
  });
});
