// A sliding-window log limiter. A log rather than a fixed window because a fixed window lets 2× the
// limit through around a boundary, and the reliability tests assert "never more than N in ANY second"
// (maxRequestsInAnyWindow below), which only a log guarantees.

export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Admissions left in the current window after this request. */
  remaining: number;
  /** Whole seconds until a slot frees up (≥1 when refused), for `ratelimit-reset` and `retry-after`. */
  resetSeconds: number;
}

export class SlidingWindowLimiter {
  private admitted: number[] = [];

  constructor(
    private limit: number | null,
    private readonly windowMs = 1000,
  ) {}

  setLimit(limit: number | null): void {
    this.limit = limit;
  }

  reset(): void {
    this.admitted = [];
  }

  /** Null when unlimited: there is nothing to decide or report. */
  take(now: number): RateDecision | null {
    if (this.limit === null) return null;
    // Keep only entries inside (now - window, now]; the log never grows past `limit` entries.
    while (this.admitted.length > 0 && this.admitted[0]! <= now - this.windowMs) this.admitted.shift();
    const oldest = this.admitted[0];
    const msToFree = oldest === undefined ? this.windowMs : oldest + this.windowMs - now;
    if (this.admitted.length >= this.limit) {
      return { allowed: false, limit: this.limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(msToFree / 1000)) };
    }
    this.admitted.push(now);
    const first = this.admitted[0]!;
    return {
      allowed: true,
      limit: this.limit,
      remaining: this.limit - this.admitted.length,
      resetSeconds: Math.max(1, Math.ceil((first + this.windowMs - now) / 1000)),
    };
  }
}

/**
 * The most timestamps that fall in any half-open window [t, t + windowMs). A sender that keeps to
 * N per second gives at most N here, measured on the server's clock.
 */
export function maxRequestsInAnyWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/**
 * How many arrivals found the window ending at them over the limit: arrival i counts when more than
 * `limit` arrivals fall in (t_i - windowMs, t_i], the same window the limiter above keeps. 0 means no
 * sliding window ever held more than the limit.
 */
export function windowsOverLimit(times: readonly number[], limit: number, windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let over = 0;
  for (let i = limit; i < sorted.length; i++) if (sorted[i]! - sorted[i - limit]! < windowMs) over++;
  return over;
}
