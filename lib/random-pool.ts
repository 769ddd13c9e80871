// Cryptographically secure random bytes, drawn from a pool filled 64 KiB at a time. One randomBytes()
// call costs about 3 µs whatever its size; the import needs two draws a row (an IV and a notice code),
// so drawing from a pool saves several seconds on a million rows. Each byte is handed out once.
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 64 * 1024;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

export function takeRandomBytes(n: number): Buffer {
  if (n > POOL_SIZE) return randomFillSync(Buffer.alloc(n));
  if (offset + n > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  // A copy, so a caller that keeps the bytes is not affected when the pool refills.
  const out = Buffer.from(pool.subarray(offset, offset + n));
  pool.fill(0, offset, offset + n);
  offset += n;
  return out;
}
