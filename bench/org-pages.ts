// What row-level security costs a member's case page, end to end (issue 15, "done when": under 10%). The
// production build (`npx next build` first) on a throwaway PostgreSQL database of 47,000 synthetic records and
// 100 organizations with 50 checked cases each; one member's case page (GET /en/advocates/cases/<id>, their
// session cookie) under autocannon at `connections` connections, in alternating rounds of ROUND_S seconds:
//   - "with RLS": the tables as migrated (row-level security enabled and forced);
//   - "policies off": the same tables with row-level security disabled for the round (ALTER TABLE … DISABLE
//     ROW LEVEL SECURITY on this throwaway database only), so PostgreSQL skips the policies.
// The member's transaction still switches role and sets its organization in both (one statement); what that
// statement costs on its own is `npm run bench -- org-rls`'s figure.
import { sql } from 'drizzle-orm';
import autocannon from 'autocannon';
import { migrate, openDatabase, rowsOf, type Database } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { setOrgCaseRecord } from '../db/queries/org-cases';
import { getHasher, getSealer } from '../lib/keys';
import { openCase } from '../lib/orgs/cases';
import { loadSyntheticRecords } from '../lib/records/demo';
import { validPdf } from '../testing/claim-documents';
import { caseForm } from '../testing/org-cases';
import { createTestMember, createTestOrganization, openTestMemberSession } from '../testing/orgs';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';
import { startPortal } from './self-check';

export type OrgPageFigure = { mode: string; requests: number; perSecond: number; p50Ms: number; p99Ms: number; errors: number };
export type OrgPagesResult = { figures: OrgPageFigure[]; throughputCostPercent: number; p50CostPercent: number };

const ORGS = 100;
const CASES_PER_ORG = 50;
const ROUND_S = 5;
const orgTables = ['organizations', 'org_members', 'org_sessions', 'org_cases', 'org_authorizations'];

async function seed(db: Database): Promise<{ path: string; cookie: string }> {
  const loaded = await loadSyntheticRecords({ db, hasher: getHasher(), sealer: getSealer(), count: 47_000, seed: 15 });
  if (loaded.status !== 'completed') throw new Error(loaded.error);
  const records = await rowsOf<{ id: number }>(db, sql`select id from affected_records order by id limit ${ORGS * CASES_PER_ORG}`);
  const deps = { db, sealer: getSealer(), auditKey: getHasher().auditKey, now: () => new Date() };
  const year = new Date().getUTCFullYear();
  const form = caseForm({
    startsOn: { month: '1', day: '1', year: String(year - 1) },
    expiresOn: { month: '12', day: '31', year: String(year + 1) },
  });
  let target = { path: '', cookie: '' };
  for (let o = 0; o < ORGS; o += 1) {
    const orgId = await createTestOrganization(db, `Bench Org ${o} (synthetic)`);
    const memberId = await createTestMember(db, orgId, `bench-pages-${o}@example.org`);
    for (let c = 0; c < CASES_PER_ORG; c += 1) {
      const opened = await openCase(deps, { orgId, memberId }, form, validPdf());
      if (!opened.ok) throw new Error(`case not opened: ${JSON.stringify(opened.error)}`);
      const recordId = records[o * CASES_PER_ORG + c]!.id;
      await withServiceScope(db, (tx) => setOrgCaseRecord(tx, { orgId, caseId: opened.data.caseId, recordId, now: new Date() }));
      if (o === ORGS / 2 && c === CASES_PER_ORG / 2) {
        target = { path: `/en/advocates/cases/${opened.data.caseId}`, cookie: await openTestMemberSession(db, { orgId, memberId }) };
      }
    }
  }
  await db.execute(sql`analyze`);
  return target;
}

async function round(url: string, cookie: string, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: ROUND_S, headers: { cookie: `dc_org=${cookie}` } }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

export async function runOrgPagesBench(options: { connections: number; seconds: number; port?: number }): Promise<OrgPagesResult> {
  const dbName = uniqueName('dc_bench_pages');
  await withAdmin((s) => s.unsafe(`create database "${dbName}"`));
  const url = databaseUrl(dbName);
  const handle = await openDatabase({ databaseUrl: url, dataDir: '.data', max: 2 });
  const portal = { stop: () => {} };
  try {
    await migrate(handle);
    const target = await seed(handle.db);
    const started = await startPortal({ ...process.env, DATABASE_URL: url, WORKERS_IN_PROCESS: 'false' }, options.port ?? 3390);
    portal.stop = started.stop;
    const page = `${started.url}${target.path}`;
    const check = await fetch(page, { headers: { cookie: `dc_org=${target.cookie}` }, redirect: 'manual' });
    if (check.status !== 200 || !(await check.text()).includes('data-testid="org-case"'))
      throw new Error(`The case page answered ${check.status}`);
    const setRls = async (on: boolean) => {
      for (const t of orgTables) await handle.db.execute(sql.raw(`alter table ${t} ${on ? 'enable' : 'disable'} row level security`));
    };
    await round(page, target.cookie, options.connections); // warm-up
    const samples: Record<'on' | 'off', autocannon.Result[]> = { on: [], off: [] };
    const rounds = Math.max(2, Math.round(options.seconds / ROUND_S / 2));
    for (let i = 0; i < rounds; i += 1) {
      for (const mode of i % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        await setRls(mode === 'on');
        samples[mode].push(await round(page, target.cookie, options.connections));
      }
    }
    await setRls(true);
    const figure = (mode: string, results: autocannon.Result[]): OrgPageFigure => {
      const requests = results.reduce((n, r) => n + r.requests.total, 0);
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      return {
        mode,
        requests,
        perSecond: Math.round(requests / (results.length * ROUND_S)),
        p50Ms: median(results.map((r) => r.latency.p50)),
        p99Ms: median(results.map((r) => r.latency.p99)),
        errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
      };
    };
    const on = figure('with RLS', samples.on);
    const off = figure('policies off', samples.off);
    return {
      figures: [on, off],
      throughputCostPercent: Math.round((off.perSecond / on.perSecond - 1) * 1000) / 10,
      p50CostPercent: Math.round((on.p50Ms / off.p50Ms - 1) * 1000) / 10,
    };
  } finally {
    portal.stop();
    await handle.close();
    await dropDatabase(dbName);
  }
}

export function orgPagesTable(result: OrgPagesResult): string {
  return [
    '| case page, one member | requests | per second | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|---:|',
    ...result.figures.map((f) => `| ${f.mode} | ${f.requests} | ${f.perSecond} | ${f.p50Ms} | ${f.p99Ms} | ${f.errors} |`),
    '',
    `Cost of the policies on the page: ${result.throughputCostPercent}% throughput, ${result.p50CostPercent}% at the median (aim: under 10%).`,
  ].join('\n');
}
