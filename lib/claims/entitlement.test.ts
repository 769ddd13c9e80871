import { describe, expect, it } from 'vitest';
import { entitlementOf } from './entitlement';

describe('entitlementOf', () => {
  it.each([
    [1, 100_000],
    [3, 300_000],
    [999, 99_900_000],
  ])('gives %i act(s) $1,000 each (%i cents), not a floor', (acts, cents) => {
    expect(entitlementOf({ disclosureActs: acts, ruledUnlawful: true })).toEqual({
      acts,
      statutoryCents: cents,
      atLeast: false,
      ruledUnlawful: true,
    });
  });

  it('gives an unknown count "at least" $1,000 and keeps an unknown ruling unknown', () => {
    expect(entitlementOf({ disclosureActs: null, ruledUnlawful: null })).toEqual({
      acts: null,
      statutoryCents: 100_000,
      atLeast: true,
      ruledUnlawful: null,
    });
    expect(entitlementOf({ disclosureActs: 2, ruledUnlawful: false }).ruledUnlawful).toBe(false);
  });

  it.each([0, -1, 1.5])('refuses a count of %d, which no valid import stores', (acts) => {
    expect(() => entitlementOf({ disclosureActs: acts, ruledUnlawful: null })).toThrow(RangeError);
  });
});
