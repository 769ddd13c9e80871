// The hourly verification anchors the head it verified, in audit_checkpoints and in its log line (the copy
// outside the database), and the next run reports a tail cut below that head.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAuditCheckpoints } from '../../db/queries/audit';
import { getHasher } from '../../lib/keys';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { handleVerifyAuditChain } from './verify-audit-chain.handler';

describe('the hourly audit-chain verification (PostgreSQL)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createPostgresTestDb();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('logs and stores a checkpoint of the head, and reports a tail cut below it', async () => {
    for (let i = 0; i < 6; i++)
      await appendAudit(t.db, getHasher().auditKey, { actor: 'tester', action: 'record.checked', outcome: 'ok', detail: { i } });
    const lines: string[] = [];
    expect(await handleVerifyAuditChain(t.db, (l) => lines.push(l))).toEqual({ ok: true, checked: 6 });
    // The run's own entry (the 7th) is the head it anchors.
    const [checkpoint] = await listAuditCheckpoints(t.db);
    expect(checkpoint).toMatchObject({ headId: 7, entryCount: 7 });
    expect(lines).toEqual([`[audit] chain verified: 6 entries; checkpoint head=7 hash=${checkpoint!.headHash.toString('hex')} count=7`]);

    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`delete from audit_log where id >= 5`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    lines.length = 0;
    expect(await handleVerifyAuditChain(t.db, (l) => lines.push(l))).toEqual({
      ok: false,
      checked: 4,
      brokenAtId: 7,
      problem: 'truncated_tail',
    });
    expect(lines).toEqual(['[audit] chain verification FAILED: truncated_tail at entry 7 (4 entries before it verify)']);
    // A broken chain is not anchored.
    expect(await listAuditCheckpoints(t.db)).toHaveLength(1);
  });
});
