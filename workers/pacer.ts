// Spacing of provider requests at the moment they are sent. BullMQ's limiter spaces job *starts*, but
// composing a group takes a variable time, so two requests could leave closer together than the limit
// allows. So each request, just before it is sent, claims the send slot in Redis (atomically and on
// Redis's clock, so the spacing holds across every worker process sharing the account): the claim
// succeeds only when `interval` has passed since the last claimed send, otherwise it says how long to wait
// and the caller tries again then.
//
// Claiming at the moment of sending, rather than reserving a future slot and sleeping until it, matters
// under load: a reserved slot is only as good as the timer that wakes the sender, and a sender woken
// late (a busy event loop, garbage collection) sent its request just before the next one's slot — two
// arrivals far closer than the interval, and a 429 from a provider that counts a sliding second.
//
// The same can happen after the claim: Redis grants it at once, but this process may only see the answer
// when its event loop is free again (composing another group, a collection pause), and the request then
// leaves that much later while the next sender's interval already counts from the claim. Measured on
// 47,000 notices at 2 requests/s: claims 525 ms apart arrived as little as 233 ms apart. So the moment the
// request really leaves is written back too (never earlier than the claim), and the next claim counts from
// that.
import type { Redis } from 'ioredis';

const CLAIM_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now >= last + interval then
  redis.call('SET', KEYS[1], now, 'PX', interval * 2)
  return 0
end
return last + interval - now`;

const MARK_SENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
if now > last then redis.call('SET', KEYS[1], now, 'PX', tonumber(ARGV[1]) * 2) end
return 0`;

/** Runs `send` once it may go, and answers what it answers. */
export type Pacer = <T>(send: () => Promise<T>) => Promise<T>;

export function createPacer(redis: Redis, key: string, intervalMs: number): Pacer {
  return async (send) => {
    for (;;) {
      const waitMs = Number(await redis.eval(CLAIM_SLOT, 1, key, intervalMs));
      if (waitMs <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    // Written to Redis's socket now, before the request starts; not awaited, so the request does not wait
    // a round trip for it. Should it fail, the claim alone still spaces the requests.
    redis.eval(MARK_SENT, 1, key, intervalMs).catch(() => {});
    return send();
  };
}
