import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/queries/audit';
import type { StaffPrincipal, StaffRole } from '../staff/principal';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { AUDIT_PAGE_SIZE, searchAudit, verifyChainNow, type AuditDeps } from './audit';

const as = (role: StaffRole): StaffPrincipal => ({ staffId: `staff-${role}`, role, email: `${role}@example.org` });

describe('audit log viewer', () => {
  let t: TestDb;
  let deps: AuditDeps;
  const ids: number[] = [];
  const keys = testKeys();

  beforeAll(async () => {
    t = await createPostgresTestDb();
    deps = { db: t.db, auditKey: keys.hasher.auditKey };
    for (let i = 0; i < 120; i++) {
      const e = await appendAudit(t.db, deps.auditKey, {
        actor: i % 3 === 0 ? 'staff-a' : 'staff-b',
        action: i % 2 === 0 ? 'record.viewed' : 'record.revealed',
        recordId: (i % 5) + 1,
        outcome: i % 7 === 0 ? 'denied' : 'ok',
        detail: { n: i },
      });
      ids.push(e.id);
    }
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('pages newest first by id, with filters, until the last page', async () => {
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const r = await searchAudit(deps, as('auditor'), { actor: 'staff-b', action: 'record.revealed', before });
      if (!r.ok) throw new Error(r.error);
      expect(r.data.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...r.data.rows.map((row) => row.id));
      for (const row of r.data.rows) expect(row).toMatchObject({ actor: 'staff-b', action: 'record.revealed' });
      if (r.data.nextBefore === null) break;
      before = r.data.nextBefore;
    }
    const expected = ids.filter((_, i) => i % 3 !== 0 && i % 2 === 1).reverse();
    expect(seen).toEqual(expected);
  });

  it('filters by record, outcome and dates, and explains a bad filter', async () => {
    const r = await searchAudit(deps, as('administrator'), { recordId: '3', outcome: 'denied', from: '2000-01-01', to: '2999-12-31' });
    expect(r.ok && r.data.rows.every((row) => row.recordId === 3 && row.outcome === 'denied')).toBe(true);
    expect(r.ok && r.data.rows.length).toBeGreaterThan(0);
    const future = await searchAudit(deps, as('administrator'), { from: '2999-01-01' });
    expect(future.ok && future.data.rows).toEqual([]);
    expect(await searchAudit(deps, as('auditor'), { from: '2026-02-30' })).toEqual({ ok: false, error: 'That date does not exist.' });
    expect(await searchAudit(deps, as('auditor'), { from: '2026-03-02', to: '2026-03-01' })).toEqual({
      ok: false,
      error: 'The start date is after the end date.',
    });
    expect(await searchAudit(deps, as('auditor'), { recordId: 'x' })).toEqual({ ok: false, error: 'A record id is a whole number.' });
  });

  it('is for auditors and administrators only', async () => {
    for (const role of ['notice_operator', 'claims_reviewer'] as const) {
      expect(await searchAudit(deps, as(role), {})).toEqual({ ok: false, error: 'Your role cannot read the audit log.' });
      expect(await verifyChainNow(deps, as(role))).toEqual({ ok: false, error: 'Your role cannot verify the audit log.' });
    }
  });

  it('verifies an intact chain, then pinpoints the entry a superuser altered behind the trigger', async () => {
    const intact = await verifyChainNow(deps, as('auditor'));
    expect(intact).toEqual({ ok: true, data: { ok: true, checked: 120 } });
    const target = ids[57]!;
    // What someone with superuser rights could do: switch the append-only trigger off, edit, switch it on.
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`update audit_log set outcome = 'ok' where id = ${target}`);
    await t.db.execute(sql`update audit_log set detail = '{"n": 999}'::jsonb where id = ${target}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    const broken = await verifyChainNow(deps, as('administrator'));
    expect(broken).toEqual({ ok: true, data: { ok: false, checked: 57, brokenAtId: target, problem: 'hash_mismatch' } });
    const logged = await searchAudit(deps, as('auditor'), { action: 'audit.chain_verified' });
    expect(logged.ok && logged.data.rows[0]).toMatchObject({
      actor: 'staff-administrator',
      outcome: 'broken',
      detail: { brokenAtId: target },
    });
  });

  it('pinpoints the entry after one that was deleted', async () => {
    const t2 = await createPostgresTestDb();
    try {
      const d2 = { db: t2.db, auditKey: deps.auditKey };
      const made = [];
      for (let i = 0; i < 5; i++) made.push(await appendAudit(t2.db, d2.auditKey, { actor: 'x', action: 'record.viewed', outcome: 'ok' }));
      await t2.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      await t2.db.execute(sql`delete from audit_log where id = ${made[2]!.id}`);
      await t2.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
      expect(await verifyChainNow(d2, as('auditor'))).toEqual({
        ok: true,
        data: { ok: false, checked: 2, brokenAtId: made[3]!.id, problem: 'link_mismatch' },
      });
    } finally {
      await t2.dispose();
    }
  });
});
