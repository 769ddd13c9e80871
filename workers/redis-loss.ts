// Noticing at once that Redis lost its data (FLUSHALL, a restart without persistence, a failover to an
// empty replica), instead of waiting for the reconciler to find groups older than RECONCILE_STALE_SECONDS
// (two minutes of nothing sent, measured). A marker key lives beside the queues; every worker process
// checks it every second and whenever its connection becomes ready again after a reconnect. A marker that
// is gone means the queues are gone too: the process that puts it back (SET NX, so exactly one) runs the
// reconciler at once, which re-enqueues what PostgreSQL says is queued or sending, under the same job ids
// and the same Idempotency-Keys.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export const REDIS_MARKER_KEY = 'dc:redis-marker';

export type RedisLossWatch = { check(): Promise<boolean>; stop(): void };

export function watchRedisLoss(
  redis: Redis,
  prefix: string,
  onLoss: () => Promise<unknown>,
  options: { everyMs?: number; log?: (m: string) => void } = {},
): RedisLossWatch {
  const key = `${prefix}:${REDIS_MARKER_KEY}`;
  const log = options.log ?? (() => {});
  let running: Promise<boolean> | null = null;
  // Answers whether this check found the marker missing (and so ran the reconciliation).
  const check = (): Promise<boolean> => {
    running ??= (async () => {
      let placed: string | null;
      try {
        placed = await redis.set(key, `${randomUUID()} ${new Date().toISOString()}`, 'NX');
      } catch {
        // Redis is down: the next check after it answers again (or its ready event) tries again.
        return false;
      }
      if (placed !== 'OK') return false;
      log(`[workers] Redis has no ${key}: its data was lost (or this is its first use); re-enqueueing from PostgreSQL now`);
      try {
        await onLoss();
        return true;
      } catch (err) {
        // Drop the marker again so the next check retries the reconciliation.
        log(`[workers] re-enqueueing after Redis lost its data failed: ${err instanceof Error ? err.message : String(err)}`);
        await redis.del(key).catch(() => {});
        return false;
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const onReady = () => void check();
  redis.on('ready', onReady);
  const timer = setInterval(() => void check(), options.everyMs ?? 1000);
  timer.unref();
  return {
    check,
    stop() {
      clearInterval(timer);
      redis.off('ready', onReady);
    },
  };
}
