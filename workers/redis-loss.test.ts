// Losing Redis in the middle of a batch costs seconds: the workers notice the marker key is gone and
// re-enqueue from PostgreSQL at once, rather than when the reconciler next finds groups older than
// RECONCILE_STALE_SECONDS (120 s here, as in production). Counted at the local Resend server.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices } from '../db/schema';
import { createNoticeBatch } from '../lib/notices/service';
import { createPipelineHarness, expectExactlyOnce, type PipelineHarness } from '../testing/pipeline';
import { startWorkers, type WorkerRuntime } from './runtime';

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;

beforeAll(async () => {
  h = await createPipelineHarness(1500);
});
afterAll(async () => {
  await runtime?.close();
  await h.dispose();
});

describe('Redis loss', () => {
  it('after Redis is flushed mid-batch, sending resumes within 10 s: none lost, none twice', async () => {
    h.server.reset();
    runtime = await startWorkers({
      db: h.t.db,
      concurrency: 4,
      prefix: h.prefix,
      log: () => {},
      emailRequestsPerSecond: 2,
      // The periodic reconciler as configured by default: it would take two minutes to notice.
      reconcileEveryMs: 30_000,
      reconcileStaleSeconds: 120,
      heartbeatMs: 10_000,
      providers: { email: h.emailProvider() },
    });
    const created = await createNoticeBatch(h.deps, {
      name: 'redis flushed',
      type: 'notice_copy',
      selection: { hasEmail: true, channels: ['email'] },
    });
    if (!created.ok) throw new Error(created.error);
    await h.approveAndStart(created.data.id);
    await h.server.waitFor((s) => s.acceptedTotal >= 200, 30_000);
    const acceptedAtFlush = h.server.stats().acceptedTotal;
    expect(await h.flushRedis()).toBeGreaterThan(0);
    const flushedAt = Date.now();
    // A request or two may have been on the wire at the flush; two more groups after them mean the
    // queue is sending again.
    await h.server.waitFor((s) => s.acceptedTotal >= acceptedAtFlush + 300, 10_000);
    const resumedMs = Date.now() - flushedAt;
    await h.waitForBatch(created.data.id, 60_000);
    const [total] = await h.t.db
      .select({ n: count() })
      .from(notices)
      .where(and(eq(notices.batchId, created.data.id)));
    // Some were still unsent when Redis lost them.
    expect(acceptedAtFlush).toBeLessThan(Number(total!.n) - 300);
    expect(resumedMs).toBeLessThan(10_000);
    await expectExactlyOnce(h, created.data.id);
    const stats = h.server.stats();
    expect(Object.values(stats.acceptedByKey).every((n) => n <= 100)).toBe(true);
    console.log(`[redis-loss] flushed at ${acceptedAtFlush}/${total!.n} accepted; 300 more accepted ${resumedMs} ms after the flush`);
  });
});
