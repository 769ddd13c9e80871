// A self-check under test: a throwaway PostgreSQL database holding the given (synthetic) people, a Redis
// key prefix of its own, fresh keys, a clock the test can move, and the groups the checks enqueued.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { inject } from 'vitest';
import type { Redis } from 'ioredis';
import { findRecordByTinHash } from '../db/queries/records';
import { createRedis } from '../workers/connection';
import { closeQueues, enqueueSendGroups } from '../workers/enqueue';
import { importRecordsCsv } from '../lib/records/import';
import type { SelfCheckConfig } from '../lib/self-check/config';
import { createSelfCheckDeps, type OperatorLog, type SelfCheckContext, type SelfCheckDeps } from '../lib/self-check/deps';
import type { ProofSubmission } from '../lib/self-check/pow';
import { parseRecordRow, type RecordRow } from '../lib/validation/record-row';
import { createPostgresTestDb, type TestDb } from './db';
import { uniqueName } from './postgres';
import type { Row } from './records';
import { toCsv } from './records';
import { testKeys } from './secrets';

export type Person = { row: RecordRow; recordId: number; noticeCode: string };

export type SelfCheckHarness = {
  t: TestDb;
  deps: SelfCheckDeps;
  keys: ReturnType<typeof testKeys>;
  redis: Redis;
  prefix: string;
  people: Person[];
  /** Every group key the checks enqueued, in order. */
  enqueued: string[];
  clock: { advance(ms: number): void; now(): Date };
  ctx(address?: string | null, proof?: ProofSubmission): SelfCheckContext;
  /** Deletes the self-check's Redis keys: every limit and lock starts over. */
  resetLimits(): Promise<void>;
  dispose(): Promise<void>;
};

/** Generous limits, no floor: each test tightens what it tests. */
export const testConfig = (over: Partial<SelfCheckConfig> = {}): SelfCheckConfig => ({
  globalLimit: { points: 100_000, seconds: 60 },
  addressLimit: { points: 100_000, seconds: 3600 },
  addressPowAfter: 100_000,
  identityLimit: { points: 100_000, seconds: 3600 },
  codeLock: { points: 5, seconds: 86_400 },
  mailEveryDays: 7,
  responseFloorMs: 0,
  pow: { difficulty: 8, ttlMs: 600_000, waitMs: 30_000 },
  sessionTtlMs: 15 * 60_000,
  accessCodeValidDays: 21,
  ...over,
});

export async function createSelfCheckHarness(options: {
  rows: Row[];
  config?: Partial<SelfCheckConfig>;
  /** Put the groups on real BullMQ queues under the test prefix (the timing test wants the real cost). */
  realQueues?: boolean;
  log?: OperatorLog;
  /** PostgreSQL by default; createPgliteTestDb for the embedded mode. */
  createDb?: () => Promise<TestDb>;
}): Promise<SelfCheckHarness> {
  const t = await (options.createDb ?? createPostgresTestDb)();
  const keys = testKeys();
  const imported = await importRecordsCsv({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    input: Readable.from([toCsv(options.rows)]),
    source: 'self-check-test.csv',
    actor: 'tester',
  });
  if (imported.status !== 'completed' || imported.rejected > 0) throw new Error(`Test rows did not import: ${imported.rejected} rejected`);
  const people: Person[] = [];
  for (const raw of options.rows) {
    const parsed = parseRecordRow(raw);
    if (!parsed.ok) throw new Error(`Bad test row: ${parsed.reason}`);
    const record = await findRecordByTinHash(t.db, keys.hasher.tin(parsed.row.tin));
    people.push({ row: parsed.row, recordId: record!.id, noticeCode: record!.noticeCode });
  }
  const prefix = uniqueName(`${inject('redisPrefix')}sc`);
  const redis = createRedis();
  let offsetMs = 0;
  const clock = { now: () => new Date(Date.now() + offsetMs), advance: (ms: number) => void (offsetMs += ms) };
  const enqueued: string[] = [];
  const deps = createSelfCheckDeps({
    db: t.db,
    hasher: keys.hasher,
    sealer: keys.sealer,
    secrets: { pepper: keys.pepper, authSecret: randomBytes(32).toString('base64url') },
    redis,
    redisPrefix: prefix,
    config: testConfig(options.config),
    enqueueGroups: async (groupKeys) => {
      enqueued.push(...groupKeys);
      if (options.realQueues) await enqueueSendGroups(groupKeys, prefix);
    },
    now: clock.now,
    log: options.log,
  });
  const resetLimits = async () => {
    const found = await redis.keys(`${prefix}:*`);
    if (found.length) await redis.del(...found);
  };
  return {
    t,
    deps,
    keys,
    redis,
    prefix,
    people,
    enqueued,
    clock,
    ctx: (address = '203.0.113.10', proof) => ({ deps, client: { address, proof } }),
    resetLimits,
    async dispose() {
      if (options.realQueues) await closeQueues();
      await resetLimits();
      redis.disconnect();
      await t.dispose();
    },
  };
}

/** "1984-03-09" → the three form fields as a person types them. */
export function dobParts(iso: string): { month: string; day: string; year: string } {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { month: String(Number(month)), day: String(Number(day)), year };
}
