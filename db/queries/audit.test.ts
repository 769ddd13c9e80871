import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drivers, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { auditCheckpoints, auditLog } from '../schema';
import { appendAudit, computeAuditHash, listAuditCheckpoints, verifyAuditChain, writeAuditCheckpoint } from './audit';

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
      await appendAudit(t.db, hasher.auditKey, {
        actor: 'tester',
        action: 'record.checked',
        recordId: i + 1,
        outcome: 'ok',
        detail: { n: i },
      });
    }
    expect(await verifyAuditChain(t.db, hasher.auditKey)).toEqual({ ok: true, checked: 5 });
  });

  it('keeps one chain when many appends race', async () => {
    // Each insert pauses 20 ms after its transaction has read the head (a trigger), so without the lock the
    // appends on the pool's other connections read the same head in that time and the chain forks (seen:
    // the lock's statement emptied survived this test while inserts took well under a millisecond).
    await t.db.execute(sql`create function audit_race_pause() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.02); return new; end $$`);
    await t.db.execute(sql`create trigger audit_race_pause before insert on audit_log for each row execute function audit_race_pause()`);
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          appendAudit(t.db, hasher.auditKey, { actor: 'racer', action: 'race', outcome: 'ok', detail: { i } }),
        ),
      );
    } finally {
      await t.db.execute(sql`drop trigger audit_race_pause on audit_log`);
      await t.db.execute(sql`drop function audit_race_pause()`);
    }
    const result = await verifyAuditChain(t.db, hasher.auditKey);
    expect(result.ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of [sql`update audit_log set outcome = 'changed'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
      const err = await t.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
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

describe.each(drivers)('audit chain tampering on %s', (_name, create) => {
  let t: TestDb;
  const { hasher } = testKeys();
  const key = hasher.auditKey;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });
  /** What anyone owning the table can do: switch the trigger off and change rows. */
  const asOwner = async (statement: ReturnType<typeof sql>) => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(statement);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  };

  it('holds a detail written in any key order (jsonb reorders keys) and refuses a changed detail', async () => {
    // jsonb stores shorter keys first, so it hands back { z, alpha }: the hash must not depend on key order.
    for (let i = 0; i < 4; i++)
      await appendAudit(t.db, key, { actor: 'tester', action: 'batch.approved', outcome: 'ok', detail: { alpha: i, z: 'x' } });
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: true, checked: 4 });
    await asOwner(sql`update audit_log set detail = '{"alpha": 99, "z": "x"}'::jsonb where id = 2`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 1, brokenAtId: 2, problem: 'hash_mismatch' });
  });

  it('reports a broken link where an entry was removed and the next one re-hashed onto the one before', async () => {
    // A second log with the same key: entry 6 of this table is re-pointed at entry 4 (skipping 5) and its hash
    // recomputed, as someone holding the key could: every hash is valid, only the link shows the cut.
    await asOwner(sql`delete from audit_log`);
    for (let i = 0; i < 4; i++) await appendAudit(t.db, key, { actor: 'tester', action: 'record.checked', recordId: i + 1, outcome: 'ok' });
    const rows = await t.db.select().from(auditLog).orderBy(auditLog.id);
    expect(rows.map((r) => r.recordId)).toEqual([1, 2, 3, 4]);
    const [first, second, third] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    const rehashed = computeAuditHash(key, first.hash, third);
    await asOwner(sql`update audit_log set prev_hash = ${first.hash}, hash = ${rehashed} where id = ${third.id}`);
    await asOwner(sql`delete from audit_log where id = ${second.id}`);
    const [stored] = await t.db.select().from(auditLog).where(eq(auditLog.id, third.id));
    expect(stored!.hash.equals(rehashed)).toBe(true);
    // The re-hashed entry now links cleanly to the one before the cut; the entry after it still names the old
    // hash, so the cut shows there unless every later entry is re-hashed too (which the checkpoints catch).
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 2, brokenAtId: rows[3]!.id, problem: 'link_mismatch' });
  });

  it('reports a broken link at the entry after one that was simply deleted', async () => {
    await asOwner(sql`delete from audit_log`);
    for (let i = 0; i < 3; i++) await appendAudit(t.db, key, { actor: 'tester', action: 'record.checked', recordId: i + 1, outcome: 'ok' });
    const rows = await t.db.select().from(auditLog).orderBy(auditLog.id);
    await asOwner(sql`delete from audit_log where id = ${rows[1]!.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 1, brokenAtId: rows[2]!.id, problem: 'link_mismatch' });
  });
});

describe.each(drivers)('audit chain checkpoints and paging on %s', (_name, create) => {
  let t: TestDb;
  const { hasher } = testKeys();
  const key = hasher.auditKey;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });
  const append = (n: number, actor: string) =>
    Promise.all(Array.from({ length: n }, (_, i) => appendAudit(t.db, key, { actor, action: 'race', outcome: 'ok', detail: { i } })));
  /** What a superuser (or anyone owning the table) can do: switch the trigger off and delete. */
  const cutFrom = async (id: number) => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`delete from audit_log where id >= ${id}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  };

  it('counts every one of many racing appends, across pages of every size', async () => {
    await append(37, 'racer');
    const [{ n }] = (await t.db
      .execute(sql`select count(*)::int as n from audit_log`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows))) as [{ n: number }];
    expect(Number(n)).toBe(37);
    // Page boundaries before, at and after the end; 1 makes every entry its own page.
    for (const pageSize of [1, 2, 5, 36, 37, 38, 5000])
      expect(await verifyAuditChain(t.db, key, pageSize)).toEqual({ ok: true, checked: 37 });
  });

  it('finds a changed entry on a later page, with the count of those before it', async () => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`update audit_log set outcome = 'forged' where id = 23`);
    await t.db.execute(sql`update audit_log set outcome = 'ok' where id = 23`);
    await t.db.execute(sql`update audit_log set actor = 'forger' where id = 29`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    for (const pageSize of [1, 4, 10, 5000])
      expect(await verifyAuditChain(t.db, key, pageSize)).toEqual({ ok: false, checked: 28, brokenAtId: 29, problem: 'hash_mismatch' });
    await cutFrom(29); // back to a chain that verifies, for the next test
    expect(await verifyAuditChain(t.db, key, 3)).toEqual({ ok: true, checked: 28 });
  });

  it('reports a cut tail once a checkpoint anchors the head, and only the cut', async () => {
    const checkpoint = await writeAuditCheckpoint(t.db);
    expect(checkpoint).toMatchObject({ headId: 28, entryCount: 28 });
    expect(await listAuditCheckpoints(t.db)).toEqual([checkpoint]);
    await append(5, 'after');
    expect(await verifyAuditChain(t.db, key, 4)).toEqual({ ok: true, checked: 33 });
    // Cutting the five newest (unanchored) entries still verifies: the next checkpoint would anchor them.
    // Cutting into the anchored part is seen, on every page size.
    await cutFrom(26);
    for (const pageSize of [1, 4, 5000])
      expect(await verifyAuditChain(t.db, key, pageSize)).toEqual({ ok: false, checked: 25, brokenAtId: 28, problem: 'truncated_tail' });
  });

  it('reports a checkpointed head that came back with another hash or count', async () => {
    // Appending again hides the cut from the chain (entry 34 links to 25) but not from the checkpoint: the
    // ids continue from the sequence, so entry 28 never returns, and the first entry past it is reported.
    await append(3, 'refill');
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 26, brokenAtId: 28, problem: 'checkpoint_mismatch' });
  });

  it('refuses to change or remove a checkpoint, whoever asks', async () => {
    for (const statement of [
      sql`update audit_checkpoints set entry_count = 1`,
      sql`delete from audit_checkpoints`,
      sql`truncate audit_checkpoints`,
    ]) {
      const err = await t.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(String((err as { cause?: unknown })?.cause ?? err)).toMatch(/append-only/);
    }
    expect(await listAuditCheckpoints(t.db)).toHaveLength(1);
  });
});

describe.each(drivers)('audit chain ends, and checkpoints disagreeing in one way alone, on %s', (_name, create) => {
  let t: TestDb;
  const { hasher } = testKeys();
  const key = hasher.auditKey;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });
  // Each case starts from an empty log and no checkpoints, emptied as the tables' owner can (a fresh
  // PGlite per case cost ~15 s each).
  beforeEach(async () => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(sql`alter table audit_checkpoints disable trigger audit_checkpoints_no_update_delete`);
    await t.db.execute(sql`delete from audit_log`);
    await t.db.execute(sql`delete from audit_checkpoints`);
    await t.db.execute(sql`alter table audit_checkpoints enable trigger audit_checkpoints_no_update_delete`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  });
  const asOwner = async (statement: ReturnType<typeof sql>) => {
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.db.execute(statement);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  };
  const threeEntries = async () => {
    for (let i = 0; i < 3; i++)
      await appendAudit(t.db, key, { actor: 'tester', action: 'record.checked', recordId: 40 + i, outcome: 'ok' });
    return t.db.select().from(auditLog).orderBy(auditLog.id);
  };

  it('writes no checkpoint for an empty log', async () => {
    expect(await writeAuditCheckpoint(t.db)).toBeNull();
    expect(await listAuditCheckpoints(t.db)).toEqual([]);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: true, checked: 0 });
  });

  it('keeps the record id and detail an entry was written with, and none when none was given', async () => {
    const withBoth = await appendAudit(t.db, key, {
      actor: 'tester',
      action: 'record.checked',
      recordId: 77,
      outcome: 'ok',
      detail: { n: 1 },
    });
    const withNeither = await appendAudit(t.db, key, { actor: 'tester', action: 'record.checked', outcome: 'ok' });
    const rows = await t.db.select().from(auditLog).orderBy(auditLog.id);
    expect(rows.map((r) => [r.recordId, r.detail])).toEqual([
      [77, { n: 1 }],
      [null, {}],
    ]);
    expect([withBoth.recordId, withNeither.recordId]).toEqual([77, null]);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: true, checked: 2 });
  });

  it('reports the oldest entries cut off as a broken link at the new first entry', async () => {
    const rows = await threeEntries();
    await asOwner(sql`delete from audit_log where id = ${rows[0]!.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 0, brokenAtId: rows[1]!.id, problem: 'link_mismatch' });
  });

  it('reports an entry after the first that was re-hashed to name no entry before it', async () => {
    const rows = await threeEntries();
    const second = rows[1]!;
    await asOwner(sql`update audit_log set prev_hash = null, hash = ${computeAuditHash(key, null, second)} where id = ${second.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 1, brokenAtId: second.id, problem: 'link_mismatch' });
  });

  it('reports a stored hash of another length as a hash mismatch, not an error', async () => {
    const rows = await threeEntries();
    await asOwner(sql`update audit_log set hash = ${rows[1]!.hash.subarray(0, 31)} where id = ${rows[1]!.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 1, brokenAtId: rows[1]!.id, problem: 'hash_mismatch' });
  });

  it('reports a checkpointed head moved to another id, its content and hash unchanged', async () => {
    const rows = await threeEntries();
    expect(await writeAuditCheckpoint(t.db)).toMatchObject({ headId: rows[2]!.id, entryCount: 3 });
    // The head copied to a new row (the hash does not cover the id) and the original removed: the chain
    // links and every hash holds; only the checkpoint's id no longer matches.
    await asOwner(
      sql`insert into audit_log (at, actor, action, record_id, outcome, detail, prev_hash, hash)
          select at, actor, action, record_id, outcome, detail, prev_hash, hash from audit_log where id = ${rows[2]!.id}`,
    );
    await asOwner(sql`delete from audit_log where id = ${rows[2]!.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 3, brokenAtId: rows[2]!.id, problem: 'checkpoint_mismatch' });
  });

  it('reports a checkpointed head re-written and re-hashed with the key', async () => {
    const rows = await threeEntries();
    await writeAuditCheckpoint(t.db);
    const head = rows[2]!;
    const forged = computeAuditHash(key, head.prevHash, { ...head, outcome: 'forged' });
    await asOwner(sql`update audit_log set outcome = 'forged', hash = ${forged} where id = ${head.id}`);
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 3, brokenAtId: head.id, problem: 'checkpoint_mismatch' });
  });

  it('reports a checkpoint whose count disagrees with the chain, though its id and hash match', async () => {
    // A sound chain cannot lose an entry before the head without changing the head's hash, so only a
    // checkpoint row written wrong (inserting is what the application role may do) disagrees in count alone.
    const rows = await threeEntries();
    await t.db.insert(auditCheckpoints).values({ headId: rows[2]!.id, headHash: rows[2]!.hash, entryCount: 2 });
    expect(await verifyAuditChain(t.db, key)).toEqual({ ok: false, checked: 3, brokenAtId: rows[2]!.id, problem: 'checkpoint_mismatch' });
  });
});
