// What row-level security costs a member's request (issue 15, "done when": under 10% on the self-check and
// case pages). 47,000 synthetic records, 100 organizations with 200 cases each (every case with an
// authorization, a third of them linked to a record) in a throwaway PostgreSQL database. One unit of work is
// what a case page and a check run for a client ask of the database: the case (by id and organization), its
// live authorizations, and the record lookup the check without a letter makes.
//
// Side by side in one run, alternating rounds of ROUND_MS so the machine's drift hits both alike:
//   - "application only": a plain transaction as the connecting (superuser) role, which passes the policies,
//     with the application's own `org_id = …` in every statement;
//   - "application + RLS": the same statements in withOrgScope (SET LOCAL ROLE dc_org_member, app.org_id set
//     locally), so PostgreSQL evaluates the policies too.
// Both at `connections` concurrent clients; figures are transactions per second and latency percentiles.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, rowsOf, type Database, type Executor } from '../db/index';
import { withOrgScope, withServiceScope } from '../db/org-scope';
import { findRecordForMailCheck } from '../db/queries/self-check';
import { getHasher, getSealer } from '../lib/keys';
import { loadSyntheticRecords } from '../lib/records/demo';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

export type OrgRlsFigure = { mode: string; transactions: number; perSecond: number; p50Ms: number; p99Ms: number };
export type OrgRlsResult = { figures: OrgRlsFigure[]; overheadPercent: number; p50OverheadPercent: number };

const ORGS = 100;
const CASES_PER_ORG = 200;
const ROUND_MS = 2_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

type Fixture = { orgId: number; caseId: number; tinHash: Buffer };

async function casePageWork(tx: Executor, f: Fixture): Promise<void> {
  const [c] = await rowsOf<{ id: number; record_id: number | null }>(
    tx,
    sql`select id, record_id from org_cases where id = ${f.caseId} and org_id = ${f.orgId}`,
  );
  if (!c) throw new Error('case not found: the fixture is wrong');
  const live = await rowsOf<{ id: number }>(
    tx,
    sql`select id from org_authorizations where case_id = ${f.caseId} and org_id = ${f.orgId}
          and revoked_at is null and superseded_by is null and starts_on <= current_date and expires_on >= current_date`,
  );
  if (live.length !== 1) throw new Error('authorization not found: the fixture is wrong');
  if (!(await findRecordForMailCheck(tx, f.tinHash))) throw new Error('record not found: the fixture is wrong');
}

async function seed(db: Database): Promise<Fixture[]> {
  const loaded = await loadSyntheticRecords({ db, hasher: getHasher(), sealer: getSealer(), count: 47_000, seed: 15 });
  if (loaded.status !== 'completed') throw new Error(loaded.error);
  const records = await rowsOf<{ id: number; tin_hash: Buffer }>(db, sql`select id, tin_hash from affected_records order by id`);
  const fixtures: Fixture[] = [];
  await withServiceScope(db, async (tx) => {
    for (let o = 0; o < ORGS; o += 1) {
      const [org] = await rowsOf<{ id: number }>(
        tx,
        sql`insert into organizations (name, ein, kind, address_line1, city, state, zip, contact_name, contact_email, language, status)
          values (${`Bench Org ${o} (synthetic)`}, ${String(900_000_000 + o)}, 'legal_aid', '1 Bench St', 'Town', 'IL', '62701', 'Bench',
                  ${`bench-${o}@example.org`}, 'en', 'approved') returning id`,
      );
      const [member] = await rowsOf<{ id: number }>(
        tx,
        sql`insert into org_members (org_id, email, role, language) values (${org!.id}, ${`bench-${o}@example.org`}, 'org_admin', 'en') returning id`,
      );
      for (let c = 0; c < CASES_PER_ORG; c += 1) {
        const rec = records[(o * CASES_PER_ORG + c) % records.length]!;
        const linked = c % 3 === 0 ? rec.id : null;
        const [kase] = await rowsOf<{ id: number }>(
          tx,
          sql`insert into org_cases (org_id, opened_by, label_sealed, key_version, language, record_id)
            values (${org!.id}, ${member!.id}, ${randomBytes(48)}, 1, 'en', ${linked}) returning id`,
        );
        await tx.execute(
          sql`insert into org_authorizations (org_id, case_id, kind, scope_status, scope_copies, scope_claim, document_sealed,
                document_media_type, document_sha256, key_version, starts_on, expires_on, created_by)
              values (${org!.id}, ${kase!.id}, 'form_8821', true, true, false, ${randomBytes(256)}, 'application/pdf', ${randomBytes(32)}, 1,
                current_date - 30, current_date + 365, ${member!.id})`,
        );
        fixtures.push({ orgId: org!.id, caseId: kase!.id, tinHash: Buffer.from(rec.tin_hash) });
      }
    }
  });
  await db.execute(sql`analyze`);
  return fixtures;
}

async function round(db: Database, fixtures: Fixture[], connections: number, rls: boolean, into: number[]): Promise<void> {
  const until = performance.now() + ROUND_MS;
  let next = Math.floor(Math.random() * fixtures.length);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const f = fixtures[(next = (next + 7919) % fixtures.length)]!;
        const t0 = performance.now();
        if (rls) await withOrgScope(db, f.orgId, (tx) => casePageWork(tx, f));
        else await db.transaction((tx) => casePageWork(tx, f));
        into.push(performance.now() - t0);
      }
    }),
  );
}

export async function runOrgRlsBench(options: { connections: number; seconds: number }): Promise<OrgRlsResult> {
  const dbName = uniqueName('dc_bench_rls');
  await withAdmin((s) => s.unsafe(`create database "${dbName}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: options.connections });
  try {
    await migrate(handle);
    const fixtures = await seed(handle.db);
    // A wrong policy would make the RLS side find nothing and throw; check both sides once before timing.
    await withOrgScope(handle.db, fixtures[0]!.orgId, (tx) => casePageWork(tx, fixtures[0]!));
    await round(handle.db, fixtures, options.connections, false, []);
    await round(handle.db, fixtures, options.connections, true, []);
    const plain: number[] = [];
    const rls: number[] = [];
    const rounds = Math.max(2, Math.round((options.seconds * 1000) / ROUND_MS / 2));
    for (let i = 0; i < rounds; i += 1) {
      await round(handle.db, fixtures, options.connections, i % 2 === 1, i % 2 === 1 ? rls : plain);
      await round(handle.db, fixtures, options.connections, i % 2 === 0, i % 2 === 0 ? rls : plain);
    }
    const seconds = (rounds * ROUND_MS) / 1000;
    const figure = (mode: string, samples: number[]): OrgRlsFigure => {
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        mode,
        transactions: samples.length,
        perSecond: Math.round(samples.length / seconds),
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
      };
    };
    const a = figure('application only', plain);
    const b = figure('application + RLS', rls);
    return {
      figures: [a, b],
      overheadPercent: Math.round((a.perSecond / b.perSecond - 1) * 1000) / 10,
      p50OverheadPercent: Math.round((b.p50Ms / a.p50Ms - 1) * 1000) / 10,
    };
  } finally {
    await handle.close();
    await dropDatabase(dbName);
  }
}

export function orgRlsTable(result: OrgRlsResult): string {
  const rows = result.figures.map(
    (f) => `| ${f.mode} | ${f.transactions} | ${f.perSecond} | ${f.p50Ms.toFixed(2)} | ${f.p99Ms.toFixed(2)} |`,
  );
  return [
    '| case page + check lookup | transactions | per second | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `Cost of row-level security: ${result.overheadPercent}% throughput, ${result.p50OverheadPercent}% at the median (aim: under 10%).`,
  ].join('\n');
}
