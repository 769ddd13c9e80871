import { describe, expect, it } from 'vitest';
import { createRandom, createWeightedPicker, pickSkewed } from './prng';

describe('createRandom', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(2 ** 32));
  });

  it('pins the first values, so a change of algorithm is a visible decision', () => {
    const random = createRandom(1);
    const values = Array.from({ length: 3 }, () => random.int(1_000_000));
    expect(values).toMatchInlineSnapshot(`
      [
        517316,
        170012,
        313659,
      ]
    `);
  });

  it('stays in range and looks uniform', () => {
    const random = createRandom(99);
    const buckets = new Array<number>(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (!(x >= 0 && x < 1)) outOfRange++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outOfRange).toBe(0);
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
    const seen = new Set(Array.from({ length: 1000 }, () => random.between(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it('refuses seeds that are not safe integers', () => {
    expect(() => createRandom(1.5)).toThrow();
    expect(() => createRandom(Number.NaN)).toThrow();
    expect(() => createRandom(2 ** 53)).toThrow();
  });
});

describe('pickers', () => {
  it('pick by weight', () => {
    const pick = createWeightedPicker([
      ['a', 1],
      ['b', 3],
    ] as const);
    const random = createRandom(5);
    let b = 0;
    for (let i = 0; i < 40_000; i++) if (pick(random) === 'b') b++;
    expect(b / 40_000).toBeGreaterThan(0.73);
    expect(b / 40_000).toBeLessThan(0.77);
    expect(() => createWeightedPicker([])).toThrow();
    expect(() => createWeightedPicker([['a', 0]])).toThrow();
  });

  it('favour the head of a skewed list but reach its tail', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const random = createRandom(8);
    const counts = new Array<number>(20).fill(0);
    for (let i = 0; i < 20_000; i++) counts[pickSkewed(random, items)]!++;
    expect(counts[0]!).toBeGreaterThan(counts[19]! * 3);
    expect(counts.every((c) => c > 0)).toBe(true);
  });
});
