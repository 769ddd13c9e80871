// Redis for tests: a connection made as the processes make theirs, and clean-up of every key under a test's
// queue prefix.
import type { Redis, RedisOptions } from 'ioredis';
import { createRedis } from '../workers/connection';

/** A connection to the real Redis (REDIS_URL, or `url`), with the processes' options (workers/connection.ts). */
export function connectRedis(url?: string, overrides?: RedisOptions): Redis {
  return createRedis(url, overrides);
}

/** Deletes every key under `prefix:`; returns how many there were (what losing Redis looks like). */
export async function deleteRedisPrefix(prefix: string): Promise<number> {
  const redis = createRedis();
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    return keys.length;
  } finally {
    redis.disconnect();
  }
}

/**
 * Every key under `prefix:` with every value it holds, whatever its type: strings, hashes (fields and
 * values), lists, sets, sorted sets (members and scores) and streams (ids, fields and values). What a leak
 * test must read: BullMQ keeps job payloads in hashes and lists, a rate limiter may use sorted sets.
 */
export async function readRedisPrefix(prefix: string): Promise<{ key: string; type: string; values: string[] }[]> {
  const redis = createRedis();
  try {
    const out: { key: string; type: string; values: string[] }[] = [];
    for (const key of await redis.keys(`${prefix}:*`)) {
      const type = await redis.type(key);
      let values: string[];
      switch (type) {
        case 'string':
          values = [(await redis.get(key)) ?? ''];
          break;
        case 'hash':
          values = Object.entries(await redis.hgetall(key)).flat();
          break;
        case 'list':
          values = await redis.lrange(key, 0, -1);
          break;
        case 'set':
          values = await redis.smembers(key);
          break;
        case 'zset':
          values = await redis.zrange(key, '0', '-1', 'WITHSCORES');
          break;
        case 'stream':
          values = (await redis.xrange(key, '-', '+')).flatMap(([id, fields]) => [id, ...fields]);
          break;
        case 'none':
          continue; // expired between KEYS and TYPE
        default:
          throw new Error(`readRedisPrefix: key ${key} has type ${type}, which this reader does not know`);
      }
      out.push({ key, type, values });
    }
    return out;
  } finally {
    redis.disconnect();
  }
}
