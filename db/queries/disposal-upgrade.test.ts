// The disposal four-eyes migrations on a database that already holds a certification recorded the old way
// (marked at once, with nobody's approval): it keeps its coverage, loses its marks until a second person
// approves it, and its never-started confirmation batch is cancelled and unlinked. PGlite: the migrator is
// run first with the migrations before these, then with all of them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as runMigrations } from 'drizzle-orm/pglite/migrator';
import { afterAll, expect, it } from 'vitest';
import { migrationsFolder, openDatabase, rowsOf, type DbHandle } from '../index';
import { getHasher, getSealer } from '../../lib/keys';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { findRecordDisposal } from './disposal';

const dirs: string[] = [];
let handle: DbHandle | undefined;
afterAll(async () => {
  await handle?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

it('turns an old, unapproved certification into a draft that keeps its coverage', async () => {
  const before = mkdtempSync(path.join(tmpdir(), 'dc-migr-'));
  const data = mkdtempSync(path.join(tmpdir(), 'dc-pglite-'));
  dirs.push(before, data);
  cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = path.join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upto = journal.entries.findIndex((e) => e.tag.endsWith('_disposal_four_eyes'));
  expect(upto).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upto) }));

  handle = await openDatabase({ dataDir: data, holder: 'a test' });
  await runMigrations(handle.db as never, { migrationsFolder: before });
  // Today's import writes columns that later migrations add (0019's entitlement columns): they exist for
  // the load and are dropped again, so that the migrations after 0010 meet the schema they were written for.
  await handle.db.execute(sql`alter table affected_records add column disclosure_acts smallint, add column ruled_unlawful boolean`);
  await loadSyntheticRecords({ db: handle.db, hasher: getHasher(), sealer: getSealer(), count: 12, seed: 2 });
  await handle.db.execute(sql`alter table affected_records drop column disclosure_acts, drop column ruled_unlawful`);
  const db = handle.db;
  // As the old code wrote it: the certification, its marks on every record, a draft confirmation batch.
  await db.execute(sql`insert into notice_batches (id, name, type, selection, total_at_creation, created_by)
    values (1, 'Disposal confirmations for certification OLD-1', 'disposal_confirmation', '{"disposalCertificationId":1}'::jsonb, 12, 'operator')`);
  await db.execute(sql`insert into disposal_certifications (id, certified_on, reference, method, scope, records_marked, recorded_by, batch_id)
    values (1, '2026-03-02', 'OLD-1', 'Deleted from ICE systems', 'all', 12, 'operator', 1)`);
  await db.execute(sql`update affected_records set disposal_certification_id = 1, disposal_confirmed_at = '2026-03-02'`);

  await runMigrations(db as never, { migrationsFolder });
  const [cert] = await rowsOf<Record<string, unknown>>(
    db,
    sql`select status, method_kind, method, batch_id, approved_by from disposal_certifications where id = 1`,
  );
  expect(cert).toEqual({ status: 'draft', method_kind: 'other', method: 'Deleted from ICE systems', batch_id: null, approved_by: null });
  const [counts] = await rowsOf<{ covered: number; marked: number }>(
    db,
    sql`select (select count(*)::int from disposal_coverage where certification_id = 1) as covered,
               (select count(*)::int from affected_records where disposal_certification_id is not null) as marked`,
  );
  expect(counts).toEqual({ covered: 12, marked: 0 });
  const [batch] = await rowsOf<{ status: string }>(db, sql`select status::text from notice_batches where id = 1`);
  expect(batch).toEqual({ status: 'cancelled' });
  const [record] = await rowsOf<{ id: number }>(db, sql`select id from affected_records order by id limit 1`);
  expect(await findRecordDisposal(db, Number(record!.id))).toBeUndefined();
}, 60_000);

// Two-person withdrawal (the disposal_withdrawal_request migrations): a certification withdrawn in one step
// before them keeps its history as it happened (no requester is invented; the CHECK is NOT VALID for old
// rows), while every row written after them must name a requester other than the confirmer.
it('keeps a certification withdrawn in one step before two-person withdrawal, and holds every new row to it', async () => {
  const before = mkdtempSync(path.join(tmpdir(), 'dc-migr-'));
  const data = mkdtempSync(path.join(tmpdir(), 'dc-pglite-'));
  dirs.push(before, data);
  cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = path.join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upto = journal.entries.findIndex((e) => e.tag.endsWith('_disposal_withdrawal_request'));
  expect(upto).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upto) }));

  const own = await openDatabase({ dataDir: data, holder: 'a test' });
  try {
    const db = own.db;
    await runMigrations(db as never, { migrationsFolder: before });
    // As the one-step code wrote them: one approved and withdrawn by a single other person, one approved.
    await db.execute(sql`insert into disposal_certifications (id, certified_on, reference, method_kind, scope, recorded_by, status, approved_by, approved_at, withdrawn_by, withdrawn_at, withdrawal_reason)
      values (1, '2026-03-02', 'OLD-W', 'deletion', 'notice_codes', 'operator', 'withdrawn', 'admin', now(), 'admin', now(), 'Recorded in error'),
             (2, '2026-03-02', 'OLD-A', 'deletion', 'notice_codes', 'operator', 'approved', 'admin', now(), null, null, null)`);

    await runMigrations(db as never, { migrationsFolder });
    const old = await rowsOf<Record<string, unknown>>(
      db,
      sql`select id, status::text, withdrawn_by, withdrawal_requested_by from disposal_certifications order by id`,
    );
    expect(old).toEqual([
      { id: 1, status: 'withdrawn', withdrawn_by: 'admin', withdrawal_requested_by: null },
      { id: 2, status: 'approved', withdrawn_by: null, withdrawal_requested_by: null },
    ]);
    // The approved one can no longer be withdrawn in one step, even around the statements.
    await expect(
      db.execute(
        sql`update disposal_certifications set status = 'withdrawn', withdrawn_by = 'admin', withdrawn_at = now(), withdrawal_reason = 'x' where id = 2`,
      ),
    ).rejects.toThrow();
    // The old rule "never its creator" gave way to "never its requester": the creator may confirm another's request.
    await db.execute(
      sql`update disposal_certifications set withdrawal_requested_by = 'admin', withdrawal_requested_at = now(), withdrawal_reason = 'x' where id = 2`,
    );
    await db.execute(
      sql`update disposal_certifications set status = 'withdrawn', withdrawn_by = 'operator', withdrawn_at = now() where id = 2`,
    );
    const [now] = await rowsOf<{ status: string }>(db, sql`select status::text from disposal_certifications where id = 2`);
    expect(now).toEqual({ status: 'withdrawn' });
  } finally {
    await own.close();
  }
}, 60_000);
