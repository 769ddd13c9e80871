import { randomBytes } from 'node:crypto';
import { createHasher, createSealer } from '../lib/crypto';

/** Fresh keys per test file: nothing in a test depends on the developer's .data/secrets.json. */
export function testKeys(versions: number[] = [1]) {
  const pepper = randomBytes(32);
  const dataKeys = new Map(versions.map((v) => [v, randomBytes(32)] as const));
  const currentKeyVersion = Math.max(...versions);
  return { pepper, dataKeys, hasher: createHasher(pepper), sealer: createSealer({ dataKeys, currentKeyVersion }) };
}
