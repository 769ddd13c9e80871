// The hasher and sealer for this process, built once from the configured secrets.
import { createHasher, createSealer, type Hasher, type Sealer } from './crypto';
import { env } from './env';

let hasher: Hasher | undefined;
let sealer: Sealer | undefined;

export function getHasher(): Hasher {
  hasher ??= createHasher(env().secrets.pepper);
  return hasher;
}

export function getSealer(): Sealer {
  sealer ??= createSealer(env().secrets);
  return sealer;
}
