// The process-wide handle refuses to open any database while `next build` renders pages.
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseDuringBuildError, getDbHandle } from './client';

const phase = process.env.NEXT_PHASE;
afterEach(() => {
  if (phase === undefined) delete process.env.NEXT_PHASE;
  else process.env.NEXT_PHASE = phase;
});

describe('getDbHandle during next build', () => {
  it('refuses with a reason and opens nothing', async () => {
    process.env.NEXT_PHASE = 'phase-production-build';
    await expect(getDbHandle()).rejects.toBeInstanceOf(DatabaseDuringBuildError);
    await expect(getDbHandle()).rejects.toThrow(/read the request/);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('disclosure-check.db')]).toBeUndefined();
  });
});
