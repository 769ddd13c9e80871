// A worker process killed or stopped in the middle of a batch, against real PostgreSQL, Redis and the
// local Resend-compatible server.
import { spawn, type ChildProcess } from 'node:child_process';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notices } from '../db/schema';
import { createPipelineHarness, expectExactlyOnce, TEST_API_KEY, type PipelineHarness } from '../testing/pipeline';
import { waitFor } from '../testing/wait';

let h: PipelineHarness;
const children: ChildProcess[] = [];

function spawnWorker(): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  log: () => string;
} {
  let log = '';
  const child = spawn('node', ['--import', 'tsx', 'workers/index.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: h.t.url!,
      QUEUE_PREFIX: h.prefix,
      RESEND_API_KEY: TEST_API_KEY,
      RESEND_BASE_URL: h.server.url,
      EMAIL_REQUESTS_PER_SECOND: '4',
      WORKER_LOCK_MS: '2000',
      RECONCILE_EVERY_SECONDS: '1',
      RECONCILE_STALE_SECONDS: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  children.push(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, log: () => log };
}

beforeAll(async () => {
  // Latency keeps a request in flight long enough for the signal to land in the middle of one.
  h = await createPipelineHarness(1500, { latencyMs: 150 });
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await h.dispose();
});

describe('worker processes (real PostgreSQL, Redis, local Resend server)', () => {
  it('after SIGKILL mid-batch and a restart, every notice is accepted exactly once', async () => {
    h.server.reset();
    const id = await h.runEmailBatch('killed');
    const first = spawnWorker();
    await h.server.waitFor((s) => s.acceptedTotal >= 200, 60_000);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const midway = h.server.stats().acceptedTotal;
    const second = spawnWorker();
    await h.waitForBatch(id, 90_000).catch((err) => {
      throw new Error(`${err.message}\n--- worker log ---\n${second.log()}`);
    });
    expect(midway).toBeLessThan(h.server.stats().acceptedTotal);
    await expectExactlyOnce(h, id);
    second.child.kill('SIGTERM');
    await second.exited;
  });

  it('on SIGTERM mid-batch, drains its jobs and exits cleanly, leaving nothing stalled', async () => {
    h.server.reset();
    const id = await h.runEmailBatch('stopped', 'notice_copy');
    const worker = spawnWorker();
    await h.server.waitFor((s) => s.acceptedTotal >= 100, 60_000);
    const stoppedAt = Date.now();
    worker.child.kill('SIGTERM');
    const { code } = await worker.exited;
    expect(code, worker.log()).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);
    expect(worker.log()).toMatch(/finishing jobs in progress/);
    // Nothing was left half-done: no notice is stuck in "sending".
    const [stuck] = await h.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notices)
      .where(and(eq(notices.batchId, id), inArray(notices.status, ['sending'])));
    expect(Number(stuck!.n)).toBe(0);
    const next = spawnWorker();
    await waitFor(async () => h.server.stats().acceptedTotal > 100, 'the next worker to carry on', 30_000);
    await h.waitForBatch(id, 90_000);
    await expectExactlyOnce(h, id);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  });
});
