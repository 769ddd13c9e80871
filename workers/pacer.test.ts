import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from './connection';
import { createPacer } from './pacer';
import { uniqueName } from '../lib/testing/postgres';

const redis = createRedis();
afterAll(() => redis.disconnect());

// Redis's TIME is read in whole milliseconds (the claim script floors it), so two claims can be up to a
// millisecond closer in real time than on Redis's clock: the only allowance below the interval.
const REDIS_CLOCK_MS = 1;

/** Blocks the event loop, as composing a large group or a garbage collection pause does. */
function stall(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('createPacer', () => {
  it('lets concurrent senders through no closer together than the interval', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), 200);
    const sentAt: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        await pace(async () => sentAt.push(performance.now()));
      }),
    );
    sentAt.sort((a, b) => a - b);
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    // A provider counting a sliding window refuses anything closer than the interval, so the bound is the
    // interval itself, less REDIS_CLOCK_MS. It holds however late this process notices its claims: each
    // request writes its departure to Redis before it leaves, and the next claim counts from that.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(200 - REDIS_CLOCK_MS);
  });

  it('keeps the spacing when a busy event loop wakes waiting senders late', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), 160);
    const sentAt: number[] = [];
    // While the others wait for their turn, the process is busy for 300 ms: their timers all fire late,
    // together. Each must still leave a full interval after the one before it (the pacer this replaced
    // let them through about 1 ms apart).
    setTimeout(() => stall(300), 10);
    await Promise.all(
      [0, 1, 2].map(async () => {
        await pace(async () => sentAt.push(performance.now()));
      }),
    );
    sentAt.sort((a, b) => a - b);
    for (const [i, t] of sentAt.slice(1).entries()) expect(t - sentAt[i]!).toBeGreaterThanOrEqual(160 - REDIS_CLOCK_MS);
  });

  it('counts the next interval from when a request really left, when this process saw its claim late', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), 400);
    const sentAt: number[] = [];
    const first = pace(async () => sentAt.push(performance.now()));
    // Redis grants the first claim at once, but this process is busy for 300 ms before it sees the answer;
    // meanwhile a second sender asks. Counted from the claim, it could go 100 ms after the first request
    // really left.
    stall(300);
    const second = pace(async () => sentAt.push(performance.now()));
    await Promise.all([first, second]);
    expect(sentAt).toHaveLength(2);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(400 - REDIS_CLOCK_MS);
  });

  it('answers what the request answers, and passes its failure on', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), 50);
    await expect(pace(async () => 'accepted')).resolves.toBe('accepted');
    await expect(pace(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
