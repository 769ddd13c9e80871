import { describe, expect, it } from 'vitest';
import { parseTin } from '../identifiers/tin';
import { createRandom } from './prng';
import { createPermutation, createTinAllocator } from './tin-allocator';

describe('createTinAllocator', () => {
  it('hands out unique, well-formed numbers of the requested kind', () => {
    const allocator = createTinAllocator(createRandom(3));
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const kind = i % 3 === 0 ? 'ssn' : 'itin';
      const tin = allocator.next(kind);
      const parsed = parseTin(tin);
      if (!parsed.ok || parsed.kind !== kind || parsed.digits !== tin) wrong.push(tin);
      seen.add(tin);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(100_000);
  });

  it('does not walk the space in an obvious order', () => {
    const allocator = createTinAllocator(createRandom(4));
    const tins = Array.from({ length: 1000 }, () => Number(allocator.next('itin')));
    const steps = new Set(tins.slice(1).map((t, i) => t - tins[i]!));
    expect(steps.size).toBeGreaterThan(990);
    const serialEndings = new Set(tins.map((t) => t % 10));
    expect(serialEndings.size).toBe(10);
  });

  it('permutes its whole domain (exhaustive on a smaller space of the same shape)', () => {
    // The ITIN shape (low part: 10,000 serials) and the SSN shape (9,999 serials).
    for (const [seed, lowSize, highSize] of [
      [1, 10_000, 44],
      [2, 10_000, 100],
      [3, 9_999, 45],
    ] as const) {
      const size = lowSize * highSize;
      const permute = createPermutation(createRandom(seed), size, lowSize);
      const hit = new Uint8Array(size);
      let bad = 0;
      for (let k = 0; k < size; k++) {
        const x = permute(k);
        if (!Number.isInteger(x) || x < 0 || x >= size || hit[x]) bad++;
        else hit[x] = 1;
      }
      expect(bad).toBe(0);
    }
  });
});
