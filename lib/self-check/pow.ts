// A self-hosted proof of work (hashcash over SHA-256), asked of an address past its soft limit, instead of
// a third-party CAPTCHA. The server keeps no state for an issued challenge: it is signed (HMAC under a key
// derived from AUTH_SECRET), bound to the address bucket, and expires; a redeemed one is remembered in
// Redis until it expires (SET NX), so it works once.
//
// Without JavaScript the page cannot solve it; instead the form carries the token and a "Continue" button
// that works once `waitUntil` has passed (SELF_CHECK_POW_WAIT_SECONDS). That slows a person without
// JavaScript by a fixed wait, and an automated client gains nothing by it: it must still wait, and the
// address's hard limit still caps how many checks it makes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SelfCheckConfig } from './config';
import { hmac, rateKeyOf, type SelfCheckKeys } from './keys';
import type { ChallengeForClient } from './pow-solver';

export type { ChallengeForClient } from './pow-solver';

export type PowDeps = {
  keys: Pick<SelfCheckKeys, 'challengeKey' | 'rateKey'>;
  redis: Redis;
  redisPrefix: string;
  config: Pick<SelfCheckConfig, 'pow'>;
  now(): Date;
};

/** What the form sends back: the token and, when JavaScript solved it, the counter. */
export type ProofSubmission = { token: string; counter?: number | string | null };

export type ProofVerdict =
  { ok: true } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'other_address' | 'unsolved' | 'too_early' | 'reused' };

type Payload = { n: string; d: number; e: number; w: number; a: string };

const VERSION = 'pow1';

function sign(deps: PowDeps, body: string): string {
  return hmac(deps.keys.challengeKey, `${VERSION}.${body}`).toString('base64url');
}

const addressTag = (deps: PowDeps, address: string | null) => rateKeyOf(deps.keys, 'pow-address', address ?? 'unknown');

export function issueChallenge(deps: PowDeps, client: { address: string | null }): ChallengeForClient {
  const now = deps.now().getTime();
  const payload: Payload = {
    n: randomBytes(16).toString('base64url'),
    d: deps.config.pow.difficulty,
    e: now + deps.config.pow.ttlMs,
    w: now + deps.config.pow.waitMs,
    a: addressTag(deps, client.address),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return {
    token: `${VERSION}.${body}.${sign(deps, body)}`,
    nonce: payload.n,
    difficulty: payload.d,
    expiresAt: payload.e,
    waitUntil: payload.w,
  };
}

function readToken(deps: PowDeps, token: string): Payload | 'malformed' | 'bad_signature' {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || token.length > 1000) return 'malformed';
  const [, body, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(deps, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad_signature';
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    return typeof p.n === 'string' && Number.isInteger(p.d) && Number.isFinite(p.e) && Number.isFinite(p.w) && typeof p.a === 'string'
      ? p
      : 'malformed';
  } catch {
    return 'malformed';
  }
}

function hashMeets(nonce: string, counter: number, difficulty: number): boolean {
  const digest = createHash('sha256').update(`${nonce}:${counter}`, 'utf8').digest();
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits >= difficulty;
}

function parseCounter(counter: ProofSubmission['counter']): number | null | 'malformed' {
  if (counter === undefined || counter === null || counter === '') return null;
  const n = typeof counter === 'number' ? counter : /^[0-9]{1,15}$/.test(counter) ? Number(counter) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : 'malformed';
}

/**
 * Accepts a solved challenge, or an unsolved one once its wait is over (the no-JavaScript path), from the
 * address it was issued to, before it expires, once.
 */
export async function verifyChallenge(deps: PowDeps, proof: ProofSubmission, client: { address: string | null }): Promise<ProofVerdict> {
  const p = readToken(deps, proof.token);
  if (typeof p === 'string') return { ok: false, reason: p };
  const now = deps.now().getTime();
  if (now >= p.e) return { ok: false, reason: 'expired' };
  if (p.a !== addressTag(deps, client.address)) return { ok: false, reason: 'other_address' };
  const counter = parseCounter(proof.counter);
  if (counter === 'malformed') return { ok: false, reason: 'malformed' };
  if (counter === null) {
    if (now < p.w) return { ok: false, reason: 'too_early' };
  } else if (!hashMeets(p.n, counter, p.d)) {
    return { ok: false, reason: 'unsolved' };
  }
  const fresh = await deps.redis.set(`${deps.redisPrefix}:pow:${p.n}`, '1', 'PX', Math.max(1, p.e - now), 'NX');
  return fresh === 'OK' ? { ok: true } : { ok: false, reason: 'reused' };
}

/** The challenge a valid token stands for, to show again (e.g. to a person who pressed Continue too early). */
export function readChallenge(deps: PowDeps, token: string): ChallengeForClient | null {
  const p = readToken(deps, token);
  if (typeof p === 'string' || deps.now().getTime() >= p.e) return null;
  return { token, nonce: p.n, difficulty: p.d, expiresAt: p.e, waitUntil: p.w };
}
