// Test clean-up: every Redis key under a test's queue prefix.
import { createRedis } from '../../workers/connection';

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
