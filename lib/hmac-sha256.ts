// HMAC-SHA-256 (RFC 2104, FIPS 180-4) with the key's inner and outer pad blocks compressed once, when the key
// is set, instead of on every call, on the SHA-256 block function the proof-of-work solver already had
// (sha256-block.ts). Done here because nothing at hand does that cheaply: node:crypto's
// createHmac costs about 3.6 µs a call on this machine, nearly all of it setting up OpenSSL per call, and the
// import makes four keyed hashes a row (5 million for the full list). This costs about 1.2 µs for a message
// of up to 55 bytes (a TIN, an identity tuple, an email) and the same as createHmac for longer ones. Tested
// byte for byte against node:crypto over every message length up to 300 bytes, ASCII and not, and against
// the RFC 4231 vectors (hmac-sha256.test.ts). The outputs are what createHmac gives, so hashes stored by one
// can be looked up with the other.
//
// Kept over @noble/hashes' `hmac.create(sha256, key).clone()` per message (the same pad-state saving, in a
// maintained library) because it is measurably faster: bench/hmac.ts, both side by side in one run, 3 Dec
// 2026, on a machine loaded with other work (load average 13–20 on 2 cores, so absolute times are inflated
// and only the ratio means much): the import's four hashes a row over 47,000 rows took 3.5 s here against
// 40.1 s with noble (18.7 vs 213 µs a hash, best of 2 interleaved rounds), and the 47,000-row import used
// 3.5 s of Node CPU here against 4.8–5.3 s with noble (wall 17–21 s vs 17–27 s).
import { createHash } from 'node:crypto';
import { compressSha256Block as compress, SHA256_INITIAL as INITIAL } from './sha256-block';

const BLOCK = 64;

function writeWords(h: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) {
    const v = h[i]!;
    const j = offset + (i << 2);
    out[j] = v >>> 24;
    out[j + 1] = v >>> 16;
    out[j + 2] = v >>> 8;
    out[j + 3] = v;
  }
}

/** A keyed HMAC-SHA-256 of UTF-8 text, returning the 32-byte digest. */
export type HmacSha256 = (message: string) => Buffer;

export function createHmacSha256(key: Uint8Array): HmacSha256 {
  const pad = new Uint8Array(BLOCK);
  pad.set(key.length > BLOCK ? createHash('sha256').update(key).digest() : key);
  const inner = Int32Array.from(INITIAL);
  const outer = Int32Array.from(INITIAL);
  compress(
    inner,
    pad.map((x) => x ^ 0x36),
    0,
  );
  compress(
    outer,
    pad.map((x) => x ^ 0x5c),
    0,
  );
  pad.fill(0);

  const state = new Int32Array(8);
  // The outer hash always takes one block: the inner digest, padding, and the length of key block + digest.
  const last = new Uint8Array(BLOCK);
  last[32] = 0x80;
  last[62] = ((BLOCK + 32) * 8) >>> 8;
  last[63] = ((BLOCK + 32) * 8) & 0xff;
  let buf = Buffer.allocUnsafeSlow(1024);

  return (message) => {
    const chars = message.length;
    // UTF-8 takes at most 3 bytes per UTF-16 unit; 72 more for padding and length.
    if (chars * 3 + 72 > buf.length) buf = Buffer.allocUnsafeSlow(chars * 3 + 72);
    let n = 0;
    for (; n < chars; n++) {
      const c = message.charCodeAt(n);
      if (c > 0x7f) break;
      buf[n] = c;
    }
    if (n < chars) n = buf.write(message, 0, 'utf8');
    const end = ((n + 9 + BLOCK - 1) >>> 6) << 6;
    buf[n] = 0x80;
    buf.fill(0, n + 1, end - 5);
    // Bits hashed after the key block, as a 64-bit big-endian count (a message is far below 2^53 bits).
    const bits = (BLOCK + n) * 8;
    buf[end - 5] = Math.floor(bits / 0x100000000);
    buf[end - 4] = bits >>> 24;
    buf[end - 3] = bits >>> 16;
    buf[end - 2] = bits >>> 8;
    buf[end - 1] = bits;
    state.set(inner);
    for (let offset = 0; offset < end; offset += BLOCK) compress(state, buf, offset);
    writeWords(state, last, 0);
    state.set(outer);
    compress(state, last, 0);
    const digest = Buffer.allocUnsafe(32);
    writeWords(state, digest, 0);
    return digest;
  };
}
