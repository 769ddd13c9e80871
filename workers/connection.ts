import { Redis, type RedisOptions } from 'ioredis';
import { env } from '../lib/env';

/**
 * BullMQ needs maxRetriesPerRequest null on worker connections so blocking commands wait out a Redis
 * restart. A web request would rather fail than wait: the self-check passes its own (see server/self-check.ts).
 */
export function createRedis(url = env().REDIS_URL, overrides: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false, ...overrides });
}

/** Answers whether a Redis server replies at `url` within a second, without retrying. */
export async function pingRedis(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
