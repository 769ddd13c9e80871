// Unique, valid-looking TINs for synthetic people, without remembering the
// ones already handed out: the k-th ITIN (or SSN) of a run is a keyed
// permutation of k over the whole space of well-formed numbers, so distinct k
// give distinct numbers and memory stays flat however many rows are made.
//
// Caveat worth knowing: every well-formed SSN could belong to someone (there
// is no reserved block since 2011). These numbers are fictitious only in that
// nothing else about a real person is attached to them.

import { itinGroups } from '../identifiers/tin';
import type { Random } from './prng';

const serials = 10_000;

/** ITIN: 9 · two free digits · a valid group · any 4-digit serial. */
const itinSpace = { prefixes: 100, groups: itinGroups.length, size: 100 * itinGroups.length * serials };

/** SSN areas 001–899 except 666; groups 01–99; serials 0001–9999. */
const ssnAreas: readonly number[] = Array.from({ length: 899 }, (_, i) => i + 1).filter((a) => a !== 666);
const ssnSpace = { size: ssnAreas.length * 99 * 9_999 };

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** (a · x) mod m without losing precision when the product passes 2^53. */
function mulMod(a: number, x: number, m: number): number {
  const high = Math.floor(a / 65_536);
  const low = a % 65_536;
  return (((high * x) % m) * 65_536 + low * x) % m;
}

/** 32-bit integer hash (Murmur3 finalizer) mixed with a key. */
function hash32(value: number, key: number): number {
  let h = (value ^ key) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A bijection on [0, size): an affine map (multiplier coprime with size),
 * then two Feistel-style rounds on (high, low = x mod lowSize) that each add
 * a keyed hash of one half to the other. Each step is invertible, so the
 * whole is; the rounds hide the constant stride the affine map alone shows.
 */
export function createPermutation(random: Random, size: number, lowSize: number): (k: number) => number {
  let multiplier = 1 + random.int(size - 1);
  while (gcd(multiplier, size) !== 1) multiplier = 1 + random.int(size - 1);
  const offset = random.int(size);
  const keyA = random.int(2 ** 32);
  const keyB = random.int(2 ** 32);
  const highSize = size / lowSize;
  return (k) => {
    const x = (mulMod(multiplier, k, size) + offset) % size;
    let high = Math.floor(x / lowSize);
    let low = x % lowSize;
    low = (low + hash32(high, keyA)) % lowSize;
    high = (high + hash32(low, keyB)) % highSize;
    return high * lowSize + low;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export interface TinAllocator {
  /** The next unused 9-digit TIN of the kind; throws once the kind's space is exhausted. */
  next(kind: 'ssn' | 'itin'): string;
}

export function createTinAllocator(random: Random): TinAllocator {
  const itinPermutation = createPermutation(random, itinSpace.size, serials);
  const ssnPermutation = createPermutation(random, ssnSpace.size, 9_999);
  let itinCount = 0;
  let ssnCount = 0;

  return {
    next(kind) {
      if (kind === 'itin') {
        if (itinCount >= itinSpace.size) throw new Error('The synthetic ITIN space is exhausted');
        const x = itinPermutation(itinCount++);
        const serial = x % serials;
        const rest = Math.floor(x / serials);
        const group = itinGroups[rest % itinSpace.groups]!;
        const prefix = Math.floor(rest / itinSpace.groups);
        return `9${pad(prefix, 2)}${pad(group, 2)}${pad(serial, 4)}`;
      }
      if (ssnCount >= ssnSpace.size) throw new Error('The synthetic SSN space is exhausted');
      const x = ssnPermutation(ssnCount++);
      const serial = (x % 9_999) + 1;
      const rest = Math.floor(x / 9_999);
      const group = (rest % 99) + 1;
      const area = ssnAreas[Math.floor(rest / 99)]!;
      return `${pad(area, 3)}${pad(group, 2)}${pad(serial, 4)}`;
    },
  };
}
