// Failed staff sign-ins per client address (STAFF_SIGN_IN_ADDRESS_LIMIT). The per-account lockout stops
// guessing one account's password; this stops one network trying a few passwords on every account
// (password spraying), which never trips a per-account lockout. Only failures count; while an address has
// spent its failures, even a right password is refused from it until the window ends.
//
// Redis holds a keyed hash of the address, never the address. With no trusted proxy (TRUSTED_PROXY_HOPS=0)
// every client shares the bucket "unknown", as the self-check's limits do. If Redis does not answer, the
// check lets the attempt through and says so in the log: the per-account lockout, in the database, still holds.
import { createHmac, hkdfSync } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateSetting } from '../env';

export type SignInAddressLimit = {
  /** ok: false while this address has used up its failed sign-ins. */
  check(address: string | null): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
  /** Counts one failed sign-in against the address. */
  recordFailure(address: string | null): Promise<void>;
  readonly rate: RateSetting;
};

export function signInAddressKey(pepper: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), 'disclosure-check/staff-sign-in-address', 32));
}

export function createSignInAddressLimit(options: {
  redis: Redis;
  prefix: string;
  rate: RateSetting;
  key: Buffer;
  warn?: (message: string) => void;
}): SignInAddressLimit {
  const { rate, key } = options;
  const warn = options.warn ?? ((m: string) => console.warn(`[staff] ${m}`));
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `${options.prefix}:rl:staff-sign-in`,
    points: rate.points,
    duration: rate.seconds,
  });
  const bucket = (address: string | null) =>
    createHmac('sha256', key)
      .update(address ?? 'unknown')
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  return {
    rate,
    async check(address) {
      try {
        const res = await limiter.get(bucket(address));
        if (res && res.consumedPoints >= rate.points) return { ok: false, retryAfterMs: Math.max(1, res.msBeforeNext) };
      } catch (err) {
        warn(`sign-in address limit not checked (Redis: ${(err as Error).message}); the account lockout still applies`);
      }
      return { ok: true };
    },
    async recordFailure(address) {
      try {
        await limiter.consume(bucket(address), 1);
      } catch (err) {
        // Spent already: the refusal comes from check() on the next attempt.
        if (err instanceof RateLimiterRes) return;
        warn(`sign-in failure not counted for its address (Redis: ${(err as Error).message})`);
      }
    },
  };
}
