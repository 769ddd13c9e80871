// What the local Resend server remembers between requests: the options in force, stored emails, the
// counters the reliability tests read, and the limiter, idempotency store and failure PRNG.
import { randomUUID } from 'node:crypto';
import { createRandom, type Random } from '../../lib/synthetic/prng';
import { IdempotencyStore } from './idempotency-store';
import { SlidingWindowLimiter } from './rate-window';
import type { ResendServerOptions, ResendServerStats, StoredEmail, AcceptedEmail } from './types';
import type { ValidEmail } from './validate-email';
import { addressOf } from './validate-email';

export type ResolvedOptions = Required<Omit<ResendServerOptions, 'webhook'>> & { webhook: ResendServerOptions['webhook'] };

const day = 24 * 60 * 60 * 1000;

export function resolveOptions(options: ResendServerOptions, base?: ResolvedOptions): ResolvedOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ResendServerOptions;
  const resolved: ResolvedOptions = {
    port: 0,
    apiKey: null,
    rateLimitPerSecond: null,
    failureRate500: 0,
    failureRate429: 0,
    timeoutRate: 0,
    failAfterAccept: false,
    seed: 1,
    latencyMs: 0,
    idempotencyTtlMs: day,
    webhook: null,
    autoDeliver: null,
    autoDeliverDelayMs: 50,
    bounceWhen: (address) => address.toLowerCase().includes('bounce'),
    clock: Date.now,
    ...base,
    ...defined,
  };
  for (const name of ['failureRate500', 'failureRate429', 'timeoutRate'] as const) {
    const share = resolved[name];
    if (!(share >= 0 && share <= 1)) throw new Error(`${name} must be between 0 and 1, not ${share}.`);
  }
  if (resolved.failureRate500 + resolved.failureRate429 + resolved.timeoutRate > 1) {
    throw new Error('failureRate500 + failureRate429 + timeoutRate must not exceed 1.');
  }
  const rate = resolved.rateLimitPerSecond;
  if (rate !== null && !(Number.isInteger(rate) && rate >= 1))
    throw new Error(`rateLimitPerSecond must be a whole number ≥ 1 or null, not ${rate}.`);
  if (!Number.isSafeInteger(resolved.seed)) throw new Error(`seed must be a safe integer, not ${resolved.seed}.`);
  if (!(resolved.latencyMs >= 0)) throw new Error(`latencyMs must be ≥ 0, not ${resolved.latencyMs}.`);
  return resolved;
}

export function emptyStats(): ResendServerStats {
  return {
    requests: 0,
    responsesByStatus: {},
    requestsByKey: {},
    acceptedByKey: {},
    acceptedTotal: 0,
    acceptedEmails: [],
    replays: 0,
    rateLimited: 0,
    injected500: 0,
    injected429: 0,
    timedOut: 0,
    requestTimes: { all: [], admitted: [], accepted: [] },
    webhookDeliveries: [],
  };
}

export type InjectedFailure = 'timeout' | '500' | '429' | null;

export class ServerState {
  options: ResolvedOptions;
  stats = emptyStats();
  readonly emails = new Map<string, StoredEmail>();
  readonly limiter: SlidingWindowLimiter;
  readonly idempotency: IdempotencyStore;
  private random: Random;

  constructor(options: ResolvedOptions) {
    this.options = options;
    this.limiter = new SlidingWindowLimiter(options.rateLimitPerSecond);
    this.idempotency = new IdempotencyStore(options.idempotencyTtlMs);
    this.random = createRandom(options.seed);
  }

  now(): number {
    return this.options.clock();
  }

  update(partial: ResendServerOptions): void {
    this.options = resolveOptions(partial, this.options);
    this.limiter.setLimit(this.options.rateLimitPerSecond);
    this.idempotency.setTtl(this.options.idempotencyTtlMs);
    if (partial.seed !== undefined) this.random = createRandom(this.options.seed);
  }

  /** Forget everything, and re-seed, so the next run draws the same failures as the first. */
  reset(): void {
    this.stats = emptyStats();
    this.emails.clear();
    this.limiter.reset();
    this.idempotency.reset();
    this.random = createRandom(this.options.seed);
  }

  /** One draw per send request, so the failure sequence depends only on the seed and request order. */
  drawFailure(): InjectedFailure {
    const { timeoutRate, failureRate500, failureRate429 } = this.options;
    if (timeoutRate + failureRate500 + failureRate429 === 0) return null;
    const r = this.random.next();
    if (r < timeoutRate) return 'timeout';
    if (r < timeoutRate + failureRate500) return '500';
    if (r < timeoutRate + failureRate500 + failureRate429) return '429';
    return null;
  }

  countRequestForKey(key: string): void {
    this.stats.requestsByKey[key] = (this.stats.requestsByKey[key] ?? 0) + 1;
  }

  countResponse(status: number | 'held'): void {
    const k = String(status);
    this.stats.responsesByStatus[k] = (this.stats.responsesByStatus[k] ?? 0) + 1;
  }

  accept(email: ValidEmail, idempotencyKey: string | null): { stored: StoredEmail; accepted: AcceptedEmail } {
    const now = this.now();
    const stored: StoredEmail = {
      id: randomUUID(),
      ...email,
      created_at: new Date(now).toISOString(),
      last_event: 'queued',
      idempotencyKey,
    };
    this.emails.set(stored.id, stored);
    const accepted: AcceptedEmail = {
      id: stored.id,
      to: stored.to.map(addressOf),
      subject: stored.subject,
      idempotencyKey,
      acceptedAt: now,
    };
    this.stats.acceptedEmails.push(accepted);
    this.stats.acceptedTotal++;
    if (idempotencyKey !== null) this.stats.acceptedByKey[idempotencyKey] = (this.stats.acceptedByKey[idempotencyKey] ?? 0) + 1;
    return { stored, accepted };
  }

  snapshot(): ResendServerStats {
    return structuredClone(this.stats);
  }
}
