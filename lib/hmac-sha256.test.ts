import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHmacSha256 } from './hmac-sha256';

const reference = (key: Uint8Array, message: string) => createHmac('sha256', key).update(message, 'utf8').digest();

describe('HMAC-SHA-256 with precomputed pad states', () => {
  it('matches the RFC 4231 test vectors', () => {
    // Cases 2, 6 and 7 (1 and 3-5 use binary messages; text is what the hasher takes).
    expect(createHmacSha256(Buffer.from('Jefe'))('what do ya want for nothing?').toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const longKey = Buffer.alloc(131, 0xaa);
    expect(createHmacSha256(longKey)('Test Using Larger Than Block-Size Key - Hash Key First').toString('hex')).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    expect(
      createHmacSha256(longKey)(
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ).toString('hex'),
    ).toBe('9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2');
  });

  it('equals node:crypto for every message length across the block boundaries, ASCII or not, and any key length', () => {
    for (const keyLength of [0, 1, 32, 63, 64, 65, 200]) {
      const key = randomBytes(keyLength);
      const mac = createHmacSha256(key);
      for (let length = 0; length <= 300; length++) {
        const ascii = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 95))).join('');
        expect(mac(ascii).equals(reference(key, ascii))).toBe(true);
        // Two-, three- and four-byte UTF-8 (é, ễ, 𝄞) and a lone surrogate, at every position.
        const mixed = ascii.slice(0, length >> 1) + ['é', 'ễ', '𝄞', '\ud800'][length % 4] + ascii.slice(length >> 1);
        expect(mac(mixed).equals(reference(key, mixed))).toBe(true);
      }
    }
  });

  it('keeps no state between calls: each digest depends on its own message only', () => {
    const key = randomBytes(32);
    const mac = createHmacSha256(key);
    const long = 'x'.repeat(5000);
    const first = mac('123456789');
    mac(long);
    mac('é'.repeat(3000));
    expect(mac('123456789').equals(first)).toBe(true);
    expect(mac(long).equals(reference(key, long))).toBe(true);
  });
});
