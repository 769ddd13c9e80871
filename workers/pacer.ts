// The provider's rate limit, kept where the provider counts it: at arrival. Resend refuses a request when
// more than `limit` arrived in the sliding window before it; arrivals cannot be seen from here, but each
// has an upper bound this side knows — the moment its answer came back (a request arrives before it is
// answered), or, while it is in flight, the moment its client gives up (claim + timeout). So a request
// may leave only while fewer than `limit` of the requests before it have an upper bound inside the last
// window: then fewer than `limit` can have arrived within a window of its own arrival, which is no
// earlier than its departure. This holds whatever the delays between claiming, leaving and arriving (a
// busy event loop, a garbage collection, a slow upload, the provider reading slowly), and across every
// worker process, because the log lives in Redis and is read on Redis's clock.
//
// What it costs: each pair of requests waits a window plus one round trip (at 2/s and a 25 ms round trip,
// 97.6% of the limit). The even spacing this replaced (one claim every 525 ms, counted from departure)
// could only guess at the delay after departure, and under load guessed wrong: three arrivals in a second.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PaceSpec } from '../lib/notices/transport';

export type PaceLimit = { limit: number; windowMs: number; timeoutMs: number };

// KEYS[1]: the log (a sorted set, member = "sender request", score = upper bound of its arrival, ms on
// Redis's clock). ARGV: limit, windowMs, timeoutMs, member. Answers 0 when the request may go (and logs
// it), else ms to wait. A request still in flight whose sender is gone (its alive key expired: the process
// was killed) can no longer arrive, its socket closed with it, so its bound becomes now rather than its
// timeout: a killed worker does not stall the others for 30 s.
const CLAIM_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local inflight = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. now, '+inf')
for _, m in ipairs(inflight) do
  local sender = string.match(m, '^(%S+) ')
  if sender and redis.call('EXISTS', KEYS[1] .. ':alive:' .. sender) == 0 then redis.call('ZADD', KEYS[1], 'XX', now, m) end
end
local bounds = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local count = #bounds / 2
if count < limit then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) + window)
  return 0
end
local free = tonumber(bounds[(count - limit) * 2 + 2]) + window + 1 - now
return math.max(1, free)`;

// The answer came back: the request's arrival was no later than now.
const MARK_ANSWERED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', 'LT', now, ARGV[1])
return 0`;

/** Longest a waiting sender sleeps before asking again: an answer may free the slot sooner than predicted. */
const MAX_WAIT_MS = 20;

/**
 * Runs `send` once it may go, and answers what it answers. `departed` is for the sender to call when the
 * request has left (kept for measurement; the log does not need it).
 */
export type Pacer = <T>(send: (departed: () => void) => Promise<T>) => Promise<T>;

/** How long a sender's alive key outlives its last refresh (refreshed every third of it). */
const ALIVE_MS = 3000;

export function createPacer(redis: Redis, key: string, limit: PaceLimit): Pacer {
  const sender = randomUUID();
  const aliveKey = `${key}:alive:${sender}`;
  const keepAlive = () => void redis.set(aliveKey, '1', 'PX', ALIVE_MS).catch(() => {});
  let alive: NodeJS.Timeout | undefined;
  return async (send) => {
    if (!alive) {
      keepAlive();
      alive = setInterval(keepAlive, ALIVE_MS / 3);
      alive.unref();
    }
    const member = `${sender} ${randomUUID()}`;
    for (;;) {
      const waitMs = Number(await redis.eval(CLAIM_SLOT, 1, key, limit.limit, limit.windowMs, limit.timeoutMs, member));
      if (waitMs <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, MAX_WAIT_MS)));
    }
    try {
      return await send(() => {});
    } finally {
      // Should this fail, the logged bound (claim + timeout) still holds, only longer than needed.
      await redis.eval(MARK_ANSWERED, 1, key, member).catch(() => {});
    }
  };
}

/** The provider's rate in requests per second as a limit per sliding window (2/s → 2 per 1,000 ms). */
export function paceLimitFor(requestsPerSecond: number, timeoutMs: number): PaceLimit {
  const limit = Math.max(1, Math.floor(requestsPerSecond));
  return { limit, windowMs: Math.ceil((1000 * limit) / requestsPerSecond), timeoutMs };
}

/**
 * One pacer per (window key, limit, request timeout) on `redis`, made on first use: the sending loop and
 * the sender thread each keep one such table. A request is counted in flight until its timeout plus a
 * second, the longest it can still arrive.
 */
export function pacersOn(redis: Redis): (p: PaceSpec, timeoutMs: number) => Pacer {
  const pacers = new Map<string, Pacer>();
  return (p, timeoutMs) => {
    const id = `${p.key}/${p.limit}/${p.windowMs}/${timeoutMs}`;
    let pacer = pacers.get(id);
    if (!pacer) pacers.set(id, (pacer = createPacer(redis, p.key, { limit: p.limit, windowMs: p.windowMs, timeoutMs: timeoutMs + 1000 })));
    return pacer;
  };
}
