// Staff deps for tests: a test database, fresh keys and a clock the test moves.
import type { Database } from '../db/index';
import type { StaffConfig, StaffDeps } from '../lib/staff/deps';
import { recoveryCodeKey } from '../lib/staff/recovery-codes';
import { testKeys } from './secrets';

export type TestClock = { now(): Date; advance(ms: number): void; set(d: Date): void };

export function testClock(start = new Date('2026-03-02T15:00:00Z')): TestClock {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms) => void (t += ms), set: (d) => void (t = d.getTime()) };
}

export const testStaffConfig: StaffConfig = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, lockoutAttempts: 3, lockoutMs: 15 * 60_000 };

export function testStaffDeps(
  db: Database,
  clock: TestClock = testClock(),
  config: StaffConfig = testStaffConfig,
): StaffDeps & { clock: TestClock } {
  const keys = testKeys();
  return {
    db,
    sealer: keys.sealer,
    auditKey: keys.hasher.auditKey,
    recoveryKey: recoveryCodeKey(keys.pepper),
    config,
    now: clock.now,
    clock,
  };
}
