// The proof-of-work solver, for the browser (a client component imports this file) and for tests. No
// node: imports and no Web Crypto: crypto.subtle.digest is asynchronous per call, which costs more than
// the hash itself for a million tiny inputs, so a small synchronous SHA-256 (FIPS 180-4) is written here.
// The server checks solutions with node:crypto; a test holds the two to the same answers.

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

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Uint32Array(64);
const H = new Uint32Array(8);

/** SHA-256 of a byte string; returns the eight 32-bit words of the digest (big-endian). */
export function sha256Words(bytes: Uint8Array): Uint32Array {
  H.set([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) W[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15]!;
      const w2 = W[i - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = H[0]!, b = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = H[0]! + a; H[1] = H[1]! + b; H[2] = H[2]! + c; H[3] = H[3]! + d;
    H[4] = H[4]! + e; H[5] = H[5]! + f; H[6] = H[6]! + g; H[7] = H[7]! + h;
  }
  return H.slice();
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
export async function solveChallenge(challenge: Pick<ChallengeForClient, 'nonce' | 'difficulty'>, options: SolveOptions = {}): Promise<number> {
  const slice = options.sliceSize ?? 20_000;
  for (let counter = 0; counter < Number.MAX_SAFE_INTEGER; ) {
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
