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
  await loadSyntheticRecords({ db: handle.db, hasher: getHasher(), sealer: getSealer(), count: 12, seed: 2 });
  const db = handle.db;
  // As the old code wrote it: the certification, its marks on every record, a draft confirmation batch.
  await db.execute(sql`insert into notice_batches (id, name, type, selection, total_at_creation, created_by)
    values (1, 'Disposal confirmations for certification OLD-1', 'disposal_confirmation', '{"disposalCertificationId":1}'::jsonb, 12, 'operator')`);
  await db.execute(sql`insert into disposal_certifications (id, certified_on, reference, method, scope, records_marked, recorded_by, batch_id)
    values (1, '2026-03-02', 'OLD-1', 'Deleted from ICE systems', 'all', 12, 'operator', 1)`);
  await db.execute(sql`update affected_records set disposal_certification_id = 1, disposal_confirmed_at = '2026-03-02'`);

  await runMigrations(db as never, { migrationsFolder });
  const [cert] = await rowsOf<Record<string, unknown>>(db, sql`select status, method_kind, method, batch_id, approved_by from disposal_certifications where id = 1`);
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
