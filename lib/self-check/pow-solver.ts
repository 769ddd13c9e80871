// The proof-of-work solver, for the browser (a client component imports this file) and for tests. No
// node: imports and no Web Crypto: crypto.subtle.digest is asynchronous per call, which costs more than
// the hash itself for a million tiny inputs, so a small synchronous SHA-256 (FIPS 180-4) is written here.
// The server checks solutions with node:crypto; a test holds the two to the same answers.
import { compressSha256Block, SHA256_INITIAL } from '../sha256-block';

/** What the page gets from the server and hands back with the counter it found. */
export type ChallengeForClient = {
  /** The signed challenge, returned unchanged with the solution. */
  token: string;
  /** The hash input is `${nonce}:${counter}`. */
  nonce: string;
  /** Leading zero bits the SHA-256 of the input must have. */
  difficulty: number;
  /** Epoch ms after which the server refuses the challenge. */
  expiresAt: number;
  /** Epoch ms from which the server accepts the challenge without a solution (the no-JavaScript path). */
  waitUntil: number;
};

const H = new Int32Array(8);

/** SHA-256 of a byte string; returns the eight 32-bit words of the digest (big-endian). */
export function sha256Words(bytes: Uint8Array): Uint32Array {
  H.set(SHA256_INITIAL);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  for (let off = 0; off < padded.length; off += 64) compressSha256Block(H, padded, off);
  return new Uint32Array(H.buffer.slice(0));
}

/** Leading zero bits of a digest given as 32-bit words. */
export function leadingZeroBits(words: Uint32Array): number {
  let bits = 0;
  for (const w of words) {
    if (w === 0) {
      bits += 32;
      continue;
    }
    return bits + Math.clz32(w);
  }
  return bits;
}

const encoder = new TextEncoder();

/** The bytes hashed for one try; the server builds the same string. */
export function challengeInput(nonce: string, counter: number): Uint8Array {
  return encoder.encode(`${nonce}:${counter}`);
}

export function meetsDifficulty(nonce: string, counter: number, difficulty: number): boolean {
  return leadingZeroBits(sha256Words(challengeInput(nonce, counter))) >= difficulty;
}

export type SolveOptions = {
  /** Tries between yields to the event loop, so the page stays responsive (default 20,000). */
  sliceSize?: number;
  signal?: AbortSignal;
  onProgress?: (tries: number) => void;
};

/**
 * Finds the first counter whose hash has the challenge's leading zero bits. Expected tries: 2^difficulty
 * (about 260,000 at the default 18: half a second on a laptop, a few seconds on an older phone).
 */
export async function solveChallenge(
  challenge: Pick<ChallengeForClient, 'nonce' | 'difficulty'>,
  options: SolveOptions = {},
): Promise<number> {
  const slice = options.sliceSize ?? 20_000;
  for (let counter = 0; counter < Number.MAX_SAFE_INTEGER;) {
    const end = counter + slice;
    for (; counter < end; counter++) {
      if (meetsDifficulty(challenge.nonce, counter, challenge.difficulty)) return counter;
    }
    options.onProgress?.(counter);
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('No solution found');
}
