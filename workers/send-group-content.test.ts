// A send group's request is frozen at its first attempt, so a retry is byte-identical even when a
// re-import changes a name meanwhile; and a 409 idempotency conflict marks the group as needing a person,
// never failed and never retried blindly. Against real PostgreSQL, Redis and the local Resend server.
import { eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { affectedRecords, notices, sendGroupContents } from '../db/schema';
import { loadBatchDetail } from '../lib/admin/batch-views';
import { loadDashboard } from '../lib/admin/dashboard';
import { getSealer } from '../lib/keys';
import type { NoticeProvider } from '../lib/notices/providers';
import { openRecordPii } from '../lib/records/seal';
import { createPipelineHarness, expectExactlyOnce, type PipelineHarness } from '../testing/pipeline';
import { startWorkers, type WorkerRuntime } from './runtime';

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;

async function start(email: NoticeProvider) {
  runtime = await startWorkers({
    db: h.t.db,
    concurrency: 1,
    prefix: h.prefix,
    log: () => {},
    emailRequestsPerSecond: 0,
    reconcileEveryMs: 60_000,
    reconcileStaleSeconds: 600,
    heartbeatMs: 1000,
    providers: { email },
  });
}

/** What a re-import that corrects people's first names does to their rows: the sealed data changes. */
async function renameEveryone(suffix: string) {
  const sealer = getSealer();
  const rows = await h.t.db
    .select({ id: affectedRecords.id, pii: affectedRecords.pii, tinHash: affectedRecords.tinHash })
    .from(affectedRecords)
    .where(isNotNull(affectedRecords.emailHash));
  for (const r of rows) {
    const pii = openRecordPii(sealer, r);
    await h.t.db
      .update(affectedRecords)
      .set({ pii: sealer.seal(JSON.stringify({ ...pii, firstName: `${pii.firstName}${suffix}` }), r.tinHash) })
      .where(eq(affectedRecords.id, r.id));
  }
}

async function frozenGroups() {
  const [row] = await h.t.db.select({ n: sql<number>`count(*)::int` }).from(sendGroupContents);
  return Number(row!.n);
}

beforeAll(async () => {
  h = await createPipelineHarness(400);
});
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
});
afterAll(async () => {
  await h.dispose();
});

describe('a send group keeps its first request', () => {
  it('retries byte-identically after a re-import changed names mid-batch: no 409, each sent once', async () => {
    h.server.reset();
    // The first request is accepted but its answer is a 500; before the retry, a re-import renames everyone.
    h.server.setOptions({ failureRate500: 1, failAfterAccept: true });
    const real = h.emailProvider();
    let calls = 0;
    await start({
      name: 'resend',
      async send(messages, key) {
        const outcome = await real.send(messages, key);
        if (++calls === 1) {
          h.server.setOptions({ failureRate500: 0, failAfterAccept: false });
          await renameEveryone('-Renamed');
        }
        return outcome;
      },
    });
    const id = await h.runEmailBatch('renamed mid-batch');
    await h.waitForBatch(id, 60_000);
    const stats = h.server.stats();
    expect(stats.injected500).toBe(1);
    expect(stats.replays).toBeGreaterThanOrEqual(1);
    expect(stats.responsesByStatus['409']).toBeUndefined();
    await expectExactlyOnce(h, id);
    // The first group's people got the email with the name as it was; later groups were composed after the
    // re-import and carry the new one.
    const first = h.server.getEmail(stats.acceptedEmails[0]!.id)!;
    const last = h.server.getEmail(stats.acceptedEmails.at(-1)!.id)!;
    expect(JSON.stringify(first)).not.toContain('-Renamed');
    expect(JSON.stringify(last)).toContain('-Renamed');
    // Settled groups keep no copy of what they sent.
    expect(await frozenGroups()).toBe(0);
  });

  it('marks a group the provider refuses with 409 invalid_idempotent_request as needing attention, not failed', async () => {
    h.server.reset();
    const real = h.emailProvider();
    let conflictKey: string | undefined;
    await start({
      name: 'resend',
      async send(messages, key) {
        if (!conflictKey) {
          // Another request under the same key, with a different body, got there first.
          conflictKey = key;
          const other = await real.send(
            messages.map((m) => ({ ...m, subject: `${m.subject} (earlier version)` })),
            key,
          );
          expect(other.kind).toBe('accepted');
        }
        return real.send(messages, key);
      },
    });
    const created = await h.runEmailBatch('conflict', 'notice_copy');
    await h.waitForBatch(created, 60_000);
    const stats = h.server.stats();
    expect(stats.responsesByStatus['409']).toBe(1);
    // One request of ours under that key (besides the earlier one): not retried.
    expect(stats.requestsByKey[conflictKey!]).toBe(2);
    const rows = await h.t.db
      .select({ status: notices.status, groupKey: notices.groupKey, attempts: notices.attempts, lastError: notices.lastError })
      .from(notices)
      .where(eq(notices.batchId, created));
    const conflicted = rows.filter((r) => conflictKey!.startsWith(`${r.groupKey}/`));
    expect(conflicted.length).toBeGreaterThan(0);
    expect(
      conflicted.every((r) => r.status === 'needs_attention' && r.attempts === 1 && /invalid_idempotent_request/.test(r.lastError ?? '')),
    ).toBe(true);
    expect(rows.filter((r) => !conflicted.includes(r)).every((r) => r.status === 'sent')).toBe(true);
    expect(rows.some((r) => r.status === 'failed')).toBe(false);
    // An operator sees it on the batch page and the dashboard.
    const detail = (await loadBatchDetail(h.t.db, created))!;
    expect(detail.funnel.needsAttention).toBe(conflicted.length);
    expect(detail.funnel.failed).toBe(0);
    expect(detail.attention).toEqual([{ groupKey: conflicted[0]!.groupKey, notices: conflicted.length }]);
    const dashboard = await loadDashboard(h.t.db);
    expect(dashboard.notices.attention).toEqual([{ id: created, notices: conflicted.length }]);
    expect(dashboard.notices.overall.needsAttention).toBe(conflicted.length);
  });
});
