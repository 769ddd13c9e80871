// The batch operations staff perform, as the server actions call them: each role's authorization, the
// form's messages, the count before creating, and four eyes. Real PostgreSQL and Redis.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBatch } from '../../db/queries/batches';
import { anyBatchRunning } from '../../db/queries/dashboard';
import type { StaffRole } from '../staff/principal';
import { createAdminHarness, type AdminHarness } from '../../testing/admin';
import { emptyBatchForm, type BatchFormValues } from './batch-form';
import { availableBatchCommands, countBatchSelectionAsStaff, createBatchAsStaff, runBatchCommandAsStaff } from './batches';
import { notAllowedMessage } from './staff-result';

let h: AdminHarness;
const form = (over: Partial<BatchFormValues> = {}): BatchFormValues => ({ ...emptyBatchForm, name: 'Spanish letters', ...over });
const roles: StaffRole[] = ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'];
const operators = new Set<StaffRole>(['administrator', 'notice_operator']);

beforeAll(async () => {
  h = await createAdminHarness(300);
});
afterAll(async () => {
  await h.dispose();
});

async function draftBy(role: StaffRole = 'notice_operator') {
  const created = await createBatchAsStaff(h.ctx, h.staff[role], form({ channels: ['letter'] }));
  if (!created.ok) throw new Error(created.error);
  return created.data;
}

describe('authorization by role', () => {
  it.each(roles)('%s: count and create only for notice operators and administrators', async (role) => {
    const counted = await countBatchSelectionAsStaff(h.ctx, h.staff[role], form());
    const created = await createBatchAsStaff(h.ctx, h.staff[role], form());
    if (operators.has(role)) {
      expect(counted.ok).toBe(true);
      expect(created.ok && created.data.createdBy).toBe(h.staff[role].staffId);
    } else {
      expect(counted).toEqual({ ok: false, error: notAllowedMessage });
      expect(created).toEqual({ ok: false, error: notAllowedMessage });
    }
  });

  it.each(roles)('%s: approve, start, pause, resume and cancel only for operators', async (role) => {
    const batch = await draftBy('notice_operator');
    const who = h.staff[role].staffId === batch.createdBy ? h.staff.second : h.staff[role];
    const approved = await runBatchCommandAsStaff(h.ctx, who, 'approve', batch.id);
    const cancelled = await runBatchCommandAsStaff(h.ctx, who, 'cancel', batch.id);
    if (operators.has(role)) {
      expect(approved).toEqual({
        ok: true,
        data: { batchId: batch.id, message: `Batch ${batch.id} is approved. A notice operator can now start it.` },
      });
      expect(cancelled.ok).toBe(true);
    } else {
      for (const refused of [approved, cancelled]) expect(refused).toEqual({ ok: false, error: notAllowedMessage });
      for (const command of ['start', 'pause', 'resume'] as const) {
        expect(await runBatchCommandAsStaff(h.ctx, who, command, batch.id)).toEqual({ ok: false, error: notAllowedMessage });
      }
      expect(await findBatch(h.t.db, batch.id)).toMatchObject({ status: 'draft', approvedBy: null });
    }
  });
});

describe('the new batch form', () => {
  it('names every field that needs correcting', async () => {
    const r = await countBatchSelectionAsStaff(
      h.ctx,
      h.staff.notice_operator,
      form({ name: ' ', type: 'disposal_confirmation', states: 'CA, XX', channels: [] }),
    );
    expect(r).toEqual({
      ok: false,
      error: 'There are problems with 4 answers.',
      fieldErrors: {
        name: 'Give the batch a name',
        states: 'Use two-letter USPS state codes, such as CA or TX',
        type: 'Choose an initial notice or a copy of the notice',
        channels: 'Choose email, letter or both',
      },
    });
  });

  it('counts records and notices per channel before creating, matching the database', async () => {
    const r = await countBatchSelectionAsStaff(
      h.ctx,
      h.staff.notice_operator,
      form({ languages: ['es', 'en'], states: 'ca tx ny fl il az' }),
    );
    if (!r.ok) throw new Error(r.error);
    const records = await h.count(
      sql`select count(*)::int as n from affected_records where language in ('es','en') and state in ('CA','TX','NY','FL','IL','AZ')`,
    );
    const withEmail = await h.count(
      sql`select count(*)::int as n from affected_records where language in ('es','en') and state in ('CA','TX','NY','FL','IL','AZ') and email_hash is not null`,
    );
    expect(records).toBeGreaterThan(0);
    expect(r.data).toMatchObject({ records, withEmail, emails: withEmail, letters: records });
    expect(r.data.languages.reduce((s, l) => s + l.count, 0)).toBe(records);
    const lettersOnly = await countBatchSelectionAsStaff(
      h.ctx,
      h.staff.notice_operator,
      form({ languages: ['es', 'en'], states: 'ca tx ny fl il az', channels: ['letter'] }),
    );
    expect(lettersOnly.ok && lettersOnly.data.emails).toBe(0);
  });

  it('refuses a selection that matches no records', async () => {
    const r = await createBatchAsStaff(
      h.ctx,
      h.staff.notice_operator,
      form({ languages: ['km'], states: 'WY', categories: ['incomplete_address'], hasEmail: true }),
    );
    const n = await h.count(
      sql`select count(*)::int as n from affected_records where language = 'km' and state = 'WY' and category = 'incomplete_address' and email_hash is not null`,
    );
    expect(n).toBe(0);
    expect(r).toEqual({ ok: false, error: 'No records match this selection. Widen it (fewer filters) and count again.' });
  });
});

describe('four eyes through the admin area', () => {
  it('the creator cannot approve, even as an administrator; another staff member can, then it starts', async () => {
    const batch = await draftBy('administrator');
    expect(availableBatchCommands(batch, h.staff.administrator)).toEqual(['cancel']);
    expect(await runBatchCommandAsStaff(h.ctx, h.staff.administrator, 'approve', batch.id)).toEqual({
      ok: false,
      error: `You created batch ${batch.id}, so another staff member must approve it.`,
    });
    expect((await runBatchCommandAsStaff(h.ctx, h.staff.administrator, 'start', batch.id)).ok).toBe(false);
    expect(availableBatchCommands(batch, h.staff.notice_operator)).toEqual(['approve', 'cancel']);
    expect(availableBatchCommands(batch, h.staff.auditor)).toEqual([]);
    expect((await runBatchCommandAsStaff(h.ctx, h.staff.notice_operator, 'approve', batch.id)).ok).toBe(true);
    const approved = (await findBatch(h.t.db, batch.id))!;
    expect(approved.approvedBy).toBe(h.staff.notice_operator.staffId);
    expect(availableBatchCommands(approved, h.staff.administrator)).toEqual(['start', 'cancel']);
    expect(await runBatchCommandAsStaff(h.ctx, h.staff.administrator, 'start', batch.id)).toEqual({
      ok: true,
      data: { batchId: batch.id, message: `Batch ${batch.id} has started sending.` },
    });
    const running = (await findBatch(h.t.db, batch.id))!;
    expect(await anyBatchRunning(h.t.db)).toBe(true);
    expect(availableBatchCommands(running, h.staff.notice_operator)).toEqual(['pause', 'cancel']);
    expect((await runBatchCommandAsStaff(h.ctx, h.staff.notice_operator, 'pause', batch.id)).ok).toBe(true);
    expect(availableBatchCommands((await findBatch(h.t.db, batch.id))!, h.staff.notice_operator)).toEqual(['resume', 'cancel']);
  });

  it('refuses a missing batch number with a sentence that says what to do', async () => {
    expect(await runBatchCommandAsStaff(h.ctx, h.staff.notice_operator, 'start', null)).toEqual({
      ok: false,
      error: 'That is not a batch number. Go back to the list of batches and choose one.',
    });
    expect(await runBatchCommandAsStaff(h.ctx, h.staff.notice_operator, 'start', 999_999)).toEqual({
      ok: false,
      error: 'There is no batch 999999.',
    });
  });
});
