// Sign-in link requests per email address and per client address (ORG_SIGN_IN_EMAIL_LIMIT,
// ORG_SIGN_IN_ADDRESS_LIMIT), in Redis with rate-limiter-flexible as the self-check's limits are. Every
// request counts, member or not, so the limit itself tells nobody which emails belong to members.
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateSetting } from '../env';
import { rateBucket, type OrgSignInKeys } from './keys';

export type OrgSignInLimits = {
  /** One request from this address naming this email; refused while either has spent its window. */
  take(email: string, address: string | null): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
};

export function createOrgSignInLimits(options: {
  redis: Redis;
  prefix: string;
  email: RateSetting;
  address: RateSetting;
  keys: Pick<OrgSignInKeys, 'rateKey'>;
}): OrgSignInLimits {
  const make = (name: string, rate: RateSetting) =>
    new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix: `${options.prefix}:rl:org-sign-in-${name}`,
      points: rate.points,
      duration: rate.seconds,
    });
  const byAddress = make('address', options.address);
  const byEmail = make('email', options.email);
  const take = async (l: RateLimiterRedis, key: string) => {
    try {
      await l.consume(key, 1);
      return null;
    } catch (err) {
      if (err instanceof RateLimiterRes) return Math.max(1, err.msBeforeNext);
      throw err;
    }
  };
  return {
    async take(email, address) {
      // The address first: one network naming many emails is stopped before it spends their windows.
      const a = await take(byAddress, rateBucket(options.keys, 'address', address ?? 'unknown'));
      if (a !== null) return { ok: false, retryAfterMs: a };
      const e = await take(byEmail, rateBucket(options.keys, 'email', email));
      return e === null ? { ok: true } : { ok: false, retryAfterMs: e };
    },
  };
}
