// Rate limits and code locks in Redis, with rate-limiter-flexible (fixed windows, atomic Lua increments).
// Every key is a keyed hash (keys.ts): Redis never holds a TIN, a code or an address in the clear.
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateSetting } from '../env';
import type { SelfCheckConfig } from './config';
import { rateKeyOf, type SelfCheckKeys } from './keys';

export type Refusal = { ok: false; retryAfterMs: number };
export type RequestAllowance = { ok: true; powRequired: boolean } | Refusal;

export type SelfCheckLimits = {
  /** One check: counts against the global ceiling and the client's address. */
  takeRequest(address: string | null): Promise<RequestAllowance>;
  /** One no-letter check naming this SSN/ITIN (digits). */
  takeIdentity(tin: string): Promise<{ ok: true } | Refusal>;
  /**
   * One try of each code; a code whose tries are spent is locked until its window ends. `remaining`: the
   * failed tries still allowed after this one, if this one fails.
   */
  takeCodeTries(codes: string[]): Promise<Map<string, { ok: true; remaining: number } | Refusal>>;
  /** Gives back a code's try when it succeeded: only failed tries count towards the lock. */
  returnCodeTry(code: string): Promise<void>;
  /** How many checks the address has made in the current window (tests, diagnostics). */
  addressUsage(address: string | null): Promise<number>;
};

function limiter(redis: Redis, prefix: string, name: string, rate: RateSetting): RateLimiterRedis {
  return new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:rl:${name}`, points: rate.points, duration: rate.seconds });
}

/** rate-limiter-flexible rejects with a RateLimiterRes when the limit is spent and with an Error when Redis fails. */
async function take(l: RateLimiterRedis, key: string): Promise<{ ok: true; consumed: number; remaining: number } | Refusal> {
  try {
    const res = await l.consume(key, 1);
    return { ok: true, consumed: res.consumedPoints, remaining: res.remainingPoints };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, err.msBeforeNext) };
    throw err;
  }
}

export function createSelfCheckLimits(
  redis: Redis,
  prefix: string,
  config: SelfCheckConfig,
  keys: Pick<SelfCheckKeys, 'rateKey'>,
): SelfCheckLimits {
  const global = limiter(redis, prefix, 'global', config.globalLimit);
  const address = limiter(redis, prefix, 'address', config.addressLimit);
  const identity = limiter(redis, prefix, 'identity', config.identityLimit);
  const code = limiter(redis, prefix, 'code', config.codeLock);
  // A client with no trusted address shares the bucket "unknown" with every other such client.
  const addressKey = (a: string | null) => rateKeyOf(keys, 'address', a ?? 'unknown');
  const codeKey = (c: string) => rateKeyOf(keys, 'code', c);
  return {
    async takeRequest(a) {
      const g = await take(global, 'all');
      if (!g.ok) return g;
      const r = await take(address, addressKey(a));
      if (!r.ok) return r;
      return { ok: true, powRequired: r.consumed > config.addressPowAfter };
    },
    async takeIdentity(tin) {
      const r = await take(identity, rateKeyOf(keys, 'tin', tin));
      return r.ok ? { ok: true } : r;
    },
    async takeCodeTries(codes) {
      const results = await Promise.all(codes.map(async (c) => [c, await take(code, codeKey(c))] as const));
      return new Map(results.map(([c, r]) => [c, r.ok ? { ok: true as const, remaining: r.remaining } : r]));
    },
    async returnCodeTry(c) {
      await code.reward(codeKey(c), 1);
    },
    async addressUsage(a) {
      return (await address.get(addressKey(a)))?.consumedPoints ?? 0;
    },
  };
}
