import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type TestDb } from '../../lib/testing/db';
import { testKeys } from '../../lib/testing/secrets';
import { appendAudit, verifyAuditChain } from './audit';

describe.each(drivers)('audit log on %s', (_name, create) => {
  let t: TestDb;
  const { hasher } = testKeys();
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('chains entries and verifies the chain', async () => {
    for (let i = 0; i < 5; i++) {
      await appendAudit(t.db, hasher.auditKey, { actor: 'tester', action: 'record.checked', recordId: i + 1, outcome: 'ok', detail: { n: i } });
    }
    expect(await verifyAuditChain(t.db, hasher.auditKey)).toEqual({ ok: true, checked: 5 });
  });

  it('keeps one chain when many appends race', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => appendAudit(t.db, hasher.auditKey, { actor: 'racer', action: 'race', outcome: 'ok', detail: { i } })),
    );
    const result = await verifyAuditChain(t.db, hasher.auditKey);
    expect(result.ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of [sql`update audit_log set outcome = 'changed'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
      const err = await t.db.execute(statement).then(() => null, (e: unknown) => e);
      // drizzle wraps the driver's error; the database's own message is its cause.
      expect(String((err as { cause?: unknown })?.cause ?? err)).toMatch(/append-only/);
    }
    expect((await verifyAuditChain(t.db, hasher.auditKey)).ok).toBe(true);
  });

  it('pinpoints a tampered entry (trigger bypassed by a superuser)', async () => {
    const before = await verifyAuditChain(t.db, hasher.auditKey);
    expect(before.ok).toBe(true);
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`update audit_log set outcome = 'forged' where id = 3`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(await verifyAuditChain(t.db, hasher.auditKey)).toEqual({ ok: false, checked: 2, brokenAtId: 3, problem: 'hash_mismatch' });
  });

  it('fails verification under another key', async () => {
    expect((await verifyAuditChain(t.db, testKeys().hasher.auditKey)).ok).toBe(false);
  });
});
