import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from './connection';
import { createPacer, paceLimitFor } from './pacer';
import { uniqueName } from '../testing/postgres';

const redis = createRedis();
afterAll(() => redis.disconnect());

/** Blocks the event loop, as composing a large group or a garbage collection pause does. */
function stall(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

type Span = { start: number; end: number };

/** Each request starts only once the one `limit` before it was answered a full window ago. */
function expectWindowKept(spans: Span[], limit: number, windowMs: number) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = limit; i < sorted.length; i++) {
    const ended = sorted
      .slice(0, i)
      .map((s) => s.end)
      .sort((a, b) => b - a)[limit - 1]!;
    expect(sorted[i]!.start - ended).toBeGreaterThanOrEqual(windowMs - 2);
  }
}

describe('createPacer', () => {
  it('lets no more than `limit` requests hold a place in any window, counted to their answers', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), { limit: 2, windowMs: 300, timeoutMs: 5000 });
    const spans: Span[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        await pace(async () => {
          const start = performance.now();
          await new Promise((r) => setTimeout(r, 10 + i * 7)); // the upload and the provider's answer
          spans.push({ start, end: performance.now() });
        });
      }),
    );
    expect(spans).toHaveLength(6);
    expectWindowKept(spans, 2, 300);
  });

  it('counts a request still in flight, however long its answer takes', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), { limit: 1, windowMs: 200, timeoutMs: 5000 });
    const spans: Span[] = [];
    const slow = pace(async () => {
      const start = performance.now();
      await new Promise((r) => setTimeout(r, 400));
      spans.push({ start, end: performance.now() });
    });
    await new Promise((r) => setTimeout(r, 50));
    const next = pace(async () => spans.push({ start: performance.now(), end: performance.now() }));
    await Promise.all([slow, next]);
    // The second waited for the first's answer plus a window, not a window from the first's start.
    expect(spans[1]!.start - spans[0]!.end).toBeGreaterThanOrEqual(198);
  });

  it('keeps the window when a busy event loop sees the answer late', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), { limit: 1, windowMs: 200, timeoutMs: 5000 });
    const spans: Span[] = [];
    // The answer is seen 300 ms late (the loop is busy): its bound is when it was seen, later than the real
    // arrival, so the next request waits longer rather than too little.
    const first = pace(async () => {
      const start = performance.now();
      stall(300);
      spans.push({ start, end: performance.now() });
    });
    const second = pace(async () => spans.push({ start: performance.now(), end: performance.now() }));
    await Promise.all([first, second]);
    expect(spans[1]!.start - spans[0]!.start).toBeGreaterThanOrEqual(490);
  });

  it("stops counting a request in flight once its sender is gone (a killed worker's socket closed with it)", async () => {
    const key = uniqueName('pacer');
    const limit = { limit: 1, windowMs: 200, timeoutMs: 30_000 };
    // A sender that claimed a slot and died: its request is logged in flight until its timeout, and
    // nothing refreshes its alive key any more.
    const [seconds] = await redis.time();
    await redis.zadd(key, String(Number(seconds) * 1000 + 30_000), 'dead-sender 1');
    const started = performance.now();
    await createPacer(redis, key, limit)(async () => {});
    // Not 30 s: one window after the claim that found its sender gone.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers what the request answers, and passes its failure on', async () => {
    const pace = createPacer(redis, uniqueName('pacer'), { limit: 5, windowMs: 50, timeoutMs: 1000 });
    await expect(pace(async () => 'accepted')).resolves.toBe('accepted');
    await expect(pace(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('turns a rate per second into a limit per sliding window', () => {
    expect(paceLimitFor(2, 30_000)).toEqual({ limit: 2, windowMs: 1000, timeoutMs: 30_000 });
    expect(paceLimitFor(0.5, 1000)).toEqual({ limit: 1, windowMs: 2000, timeoutMs: 1000 });
    expect(paceLimitFor(2.5, 1000)).toEqual({ limit: 2, windowMs: 800, timeoutMs: 1000 });
  });
});
