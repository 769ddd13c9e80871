import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, meetsDifficulty, sha256Words, solveChallenge } from './pow-solver';

const nodeDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const wordsToBuffer = (w: Uint32Array) => Buffer.from(Array.from(w).flatMap((x) => [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]));

describe('the browser SHA-256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const hex = (s: string) => wordsToBuffer(sha256Words(new TextEncoder().encode(s))).toString('hex');
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any input, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(wordsToBuffer(sha256Words(bytes)).equals(nodeDigest(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint32Array([0x80000000, 0, 0, 0, 0, 0, 0, 0]))).toBe(0);
    expect(leadingZeroBits(new Uint32Array([0x00010000, 0, 0, 0, 0, 0, 0, 0]))).toBe(15);
    expect(leadingZeroBits(new Uint32Array([0, 1, 0, 0, 0, 0, 0, 0]))).toBe(63);
    expect(leadingZeroBits(new Uint32Array(8))).toBe(256);
  });
});

describe('solveChallenge', () => {
  it('finds the first counter that meets the difficulty, and the server-side check agrees', async () => {
    const nonce = 'n0nce-for-a-test';
    const counter = await solveChallenge({ nonce, difficulty: 12 }, { sliceSize: 500 });
    expect(meetsDifficulty(nonce, counter, 12)).toBe(true);
    for (let c = 0; c < counter; c++) expect(meetsDifficulty(nonce, c, 12)).toBe(false);
    const digest = createHash('sha256').update(`${nonce}:${counter}`).digest();
    expect(digest[0]).toBe(0);
    expect(digest[1]! >> 4).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('left the page'));
    await expect(solveChallenge({ nonce: 'x', difficulty: 30 }, { signal: controller.signal, sliceSize: 10 })).rejects.toThrow(
      'left the page',
    );
  });
});
