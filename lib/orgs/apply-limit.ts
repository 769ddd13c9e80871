// Organization applications per client address (ORG_APPLY_ADDRESS_LIMIT), as the self-check limits its
// public forms: Redis holds a keyed hash of the address, never the address; with no trusted proxy every
// client shares the bucket "unknown". If Redis does not answer, the application goes on and the log says
// so: the EIN's uniqueness is the database's, and an administrator reads every application anyway.
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateSetting } from '../env';
import { rateKeyOf, type SelfCheckKeys } from '../self-check/keys';

export type ApplyLimit = {
  /** Takes one application from the address's allowance. */
  take(address: string | null): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
};

export function createApplyLimit(options: {
  redis: Redis;
  prefix: string;
  rate: RateSetting;
  keys: Pick<SelfCheckKeys, 'rateKey'>;
  warn?: (message: string) => void;
}): ApplyLimit {
  const warn = options.warn ?? ((m: string) => console.warn(`[org-apply] ${m}`));
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `${options.prefix}:rl:org-apply`,
    points: options.rate.points,
    duration: options.rate.seconds,
  });
  return {
    async take(address) {
      try {
        await limiter.consume(rateKeyOf(options.keys, 'org-apply-address', address ?? 'unknown'), 1);
      } catch (err) {
        if (err instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, err.msBeforeNext) };
        warn(`application not counted for its address (Redis: ${(err as Error).message})`);
      }
      return { ok: true };
    },
  };
}
