import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxRequestsInAnyWindow, SlidingWindowLimiter } from './rate-window';

describe('SlidingWindowLimiter', () => {
  it('never admits more than the limit in any one-second window, whatever the arrivals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 }), (limit, raw) => {
        const limiter = new SlidingWindowLimiter(limit);
        const admitted = [...raw].sort((a, b) => a - b).filter((t) => limiter.take(t)!.allowed);
        expect(maxRequestsInAnyWindow(admitted)).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('reports what is left and when a slot frees up', () => {
    const limiter = new SlidingWindowLimiter(2);
    expect(limiter.take(0)).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 1 });
    expect(limiter.take(400)).toEqual({ allowed: true, limit: 2, remaining: 0, resetSeconds: 1 });
    expect(limiter.take(999)).toEqual({ allowed: false, limit: 2, remaining: 0, resetSeconds: 1 });
    expect(limiter.take(1000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(new SlidingWindowLimiter(null).take(0)).toBeNull();
  });
});
