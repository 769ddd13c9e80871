// A small seeded PRNG for synthetic data. Not for anything secret: it exists
// so that the same (count, seed) produces byte-identical files on every
// machine and Node version, which Math.random cannot promise.

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 128-bit state. */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** splitmix32, to spread a small seed such as 1 over the whole sfc32 state. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new Error('The seed must be a safe integer');
  const low = splitmix32(seed >>> 0);
  const high = splitmix32(Math.floor(seed / 2 ** 32) ^ 0x5eed5eed);
  let a = low() ^ high();
  let b = low();
  let c = high();
  let d = low() ^ 0x2545f491;

  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // The first outputs of a freshly seeded sfc32 are poorly mixed; discard them.
  for (let i = 0; i < 15; i++) nextUint32();

  const next = (): number => nextUint32() / 2 ** 32;
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[int(items.length)]!;
    },
  };
}

/** Picks by weight; build once per table, then call with a Random. */
export function createWeightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  if (entries.length === 0) throw new Error('Cannot pick from an empty table');
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight > 0)) throw new Error('Weights must be positive');
    total += weight;
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo]![0];
  };
}

/**
 * Picks from a list ordered from most to least common: the first entries come
 * up far more often, roughly like real name frequencies, without a weight per entry.
 */
export function pickSkewed<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('Cannot pick from an empty list');
  return items[Math.floor(items.length * random.next() ** 1.8)]!;
}
