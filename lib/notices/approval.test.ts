// Four eyes on notice batches: the creator can never approve their own batch, a refusal is audited, and
// only an approved draft starts. Real PostgreSQL and Redis.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveBatch, findBatch } from '../../db/queries/batches';
import { auditLog } from '../../db/schema';
import { getHasher, getSealer } from '../keys';
import { loadSyntheticRecords } from '../records/demo';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { uniqueName } from '../../testing/postgres';
import { approveDisposal, recordDisposal } from './disposal-service';
import { actingAs, approveNoticeBatch, createNoticeBatch, startNoticeBatch, type PipelineDeps } from './service';
import { closeTestQueues, queuedExpansion, testPipelineDeps } from '../../testing/queues';
import { deleteRedisPrefix } from '../../testing/redis';

let t: TestDb;
let base: PipelineDeps;
const prefix = uniqueName('dcapprove');

beforeAll(async () => {
  t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 40, seed: 3 });
  base = testPipelineDeps(t.db, prefix);
});
afterAll(async () => {
  await closeTestQueues();
  await deleteRedisPrefix(prefix);
  await t.dispose();
});

async function draft(creator: string) {
  const created = await createNoticeBatch(actingAs(base, creator), {
    name: 'four eyes',
    type: 'notice_copy',
    selection: { channels: ['letter'] },
  });
  if (!created.ok) throw new Error(created.error);
  return created.data;
}

const approvals = (batchId: number) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'batch.approved')))
    .orderBy(asc(auditLog.id))
    .then((rows) => rows.filter((r) => r.detail.batchId === batchId));

describe('batch approval', () => {
  it('refuses the creator, audits the refusal, and leaves the batch unapproved', async () => {
    const batch = await draft('staff-a');
    const own = await approveNoticeBatch(actingAs(base, 'staff-a'), batch.id);
    expect(own).toEqual({ ok: false, error: `You created batch ${batch.id}, so another staff member must approve it.` });
    expect((await findBatch(t.db, batch.id))!.approvedBy).toBeNull();
    // The query refuses on its own too: no caller can skip the rule.
    expect(await approveBatch(t.db, batch.id, 'staff-a')).toBeUndefined();
    const [entry] = await approvals(batch.id);
    expect(entry).toMatchObject({ actor: 'staff-a', outcome: 'refused', detail: { batchId: batch.id, reason: 'own_batch' } });
  });

  it('refuses to start a draft nobody approved', async () => {
    const batch = await draft('staff-a');
    expect(await startNoticeBatch(actingAs(base, 'staff-a'), batch.id)).toEqual({
      ok: false,
      error: `Batch ${batch.id} cannot start until a second staff member approves it.`,
    });
    expect((await findBatch(t.db, batch.id))!.status).toBe('draft');
  });

  it('lets a second staff member approve once; then the batch starts and its expansion is queued', async () => {
    const batch = await draft('staff-a');
    const approved = await approveNoticeBatch(actingAs(base, 'staff-b'), batch.id);
    expect(approved.ok && approved.data.approvedBy).toBe('staff-b');
    expect(approved.ok && approved.data.approvedAt).toBeInstanceOf(Date);
    const again = await approveNoticeBatch(actingAs(base, 'staff-c'), batch.id);
    expect(again).toEqual({ ok: false, error: `Batch ${batch.id} is already approved.` });
    expect((await approvals(batch.id)).map((r) => [r.actor, r.outcome])).toEqual([
      ['staff-b', 'ok'],
      ['staff-c', 'refused'],
    ]);

    const started = await startNoticeBatch(actingAs(base, 'staff-a'), batch.id);
    expect(started.ok && started.data.status).toBe('running');
    expect(await queuedExpansion(prefix, batch.id, 0)).toEqual({ batchId: batch.id });
    const late = await approveNoticeBatch(actingAs(base, 'staff-c'), batch.id);
    expect(late).toEqual({ ok: false, error: `Batch ${batch.id} cannot be approved: it is running, and only a draft is approved.` });
  });

  it('leaves a disposal certification’s confirmations as a draft that needs a second approver', async () => {
    const recorded = await recordDisposal(actingAs(base, 'staff-a'), {
      certifiedOn: '2026-03-02',
      reference: 'DHS-CERT-APPROVAL',
      method: 'deletion',
      scope: 'all',
    });
    if (!recorded.ok) throw new Error(recorded.error);
    // The certification itself is a draft: no batch until a second person approves it.
    expect(recorded.data.certification).toMatchObject({ status: 'draft', batchId: null });
    const approved = await approveDisposal(actingAs(base, 'staff-b'), recorded.data.certification.id);
    if (!approved.ok) throw new Error(approved.error);
    const batch = approved.data.batch!;
    expect(batch).toMatchObject({ status: 'draft', createdBy: 'staff-b', approvedBy: null, type: 'disposal_confirmation' });
    expect(approved.data.certification.batchId).toBe(batch.id);
    expect((await approveNoticeBatch(actingAs(base, 'staff-b'), batch.id)).ok).toBe(false);
    expect((await approveNoticeBatch(actingAs(base, 'staff-a'), batch.id)).ok).toBe(true);
  });
});
