// Spacing of provider requests at the moment they are sent. BullMQ's limiter spaces job *starts*, but
// composing a group takes a variable time, so two requests could leave closer together than the limit
// allows. Each request first reserves the next free slot, atomically in Redis and on Redis's clock, so
// the spacing holds across every worker process sharing the account.
import type { Redis } from 'ioredis';

const RESERVE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + interval)
redis.call('SET', KEYS[1], slot, 'PX', (slot - now) + interval * 2)
return slot - now`;

export type Pacer = () => Promise<void>;

export function createPacer(redis: Redis, key: string, intervalMs: number): Pacer {
  return async () => {
    const waitMs = Number(await redis.eval(RESERVE_SLOT, 1, key, intervalMs));
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  };
}
