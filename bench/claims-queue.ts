// The reviewers' queue at the programme's size (issue 17, "done when": under 100 ms a page at 47,000
// claims): 47,000 synthetic records and a claim for each in a throwaway PostgreSQL database, then each
// kind of page the queue page asks for (lib: db/queries/claim-review.ts listClaimQueue), timed over
// repeated runs: the first page, a deep keyset page near the end, and filtered pages (status + payment +
// unassigned, has a signal, a rare language, assigned to one reviewer, a deep page with a signal).
//
// The claims are inserted directly (the filing flow's rules are not what is measured): statuses, payment
// methods, assignments, holds and signals in the proportions below, all invented. `sealed` holds random
// bytes: the queue never opens it.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, rowsOf } from '../db/index';
import { listClaimQueue, type QueueFilters } from '../db/queries/claim-review';
import { claims, type ClaimRow } from '../db/schema';
import { generateClaimNumber } from '../lib/claims/filing';
import { getHasher, getSealer } from '../lib/keys';
import { loadSyntheticRecords } from '../lib/records/demo';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

export type ClaimsQueueFigure = { page: string; rows: number; runs: number; p50Ms: number; p95Ms: number; maxMs: number };

const statuses: [ClaimRow['status'], number][] = [
  ['submitted', 0.4],
  ['in_review', 0.25],
  ['more_information_needed', 0.08],
  ['approved', 0.12],
  ['partly_approved', 0.05],
  ['denied', 0.05],
  ['payment_issued', 0.05],
];

// A fixed pseudo-random sequence (mulberry32), so every run builds the same queue.
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: number, table: [T, number][]): T {
  let acc = 0;
  for (const [v, p] of table) if (r < (acc += p)) return v;
  return table.at(-1)![0];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export async function runClaimsQueueBench(options: { claims: number; runs: number }): Promise<ClaimsQueueFigure[]> {
  const dbName = uniqueName('dc_bench_claims');
  await withAdmin((s) => s.unsafe(`create database "${dbName}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: 2 });
  try {
    await migrate(handle);
    const db = handle.db;
    const loaded = await loadSyntheticRecords({ db, hasher: getHasher(), sealer: getSealer(), count: options.claims, seed: 17 });
    if (loaded.status !== 'completed') throw new Error(loaded.error);
    const records = await rowsOf<{ id: number | string; language: string }>(db, sql`select id, language from affected_records order by id`);
    const rnd = random(4711);
    const sharedPayment = Array.from({ length: 200 }, () => randomBytes(32));
    const sharedAddress = Array.from({ length: 400 }, () => randomBytes(32));
    const sharedClient = Array.from({ length: 60 }, () => randomBytes(32));
    const started = performance.now();
    for (let i = 0; i < records.length; i += 2000) {
      const rows = records.slice(i, i + 2000).map((r) => {
        const status = pick(rnd(), statuses);
        const deposit = rnd() < 0.35;
        const assigned = status !== 'submitted' && rnd() < 0.6 ? `staff:${1 + Math.floor(rnd() * 10)}` : null;
        return {
          claimNumber: generateClaimNumber(),
          pinHash: randomBytes(32),
          recordId: Number(r.id),
          status,
          statutoryCents: 100_000 * (1 + Math.floor(rnd() * 3)),
          actualCents: rnd() < 0.1 ? Math.floor(rnd() * 5_000_000) : null,
          paymentMethod: deposit ? ('direct_deposit' as const) : ('check' as const),
          sealed: randomBytes(240),
          keyVersion: 1,
          paymentSignal: deposit ? (rnd() < 0.01 ? sharedPayment[Math.floor(rnd() * 200)]! : randomBytes(32)) : null,
          addressSignal: deposit ? null : rnd() < 0.02 ? sharedAddress[Math.floor(rnd() * 400)]! : randomBytes(32),
          clientSignal: rnd() < 0.01 ? sharedClient[Math.floor(rnd() * 60)]! : randomBytes(32),
          language: r.language,
          declaredAt: new Date(Date.UTC(2026, 11, 1) + i * 1000),
          assignedTo: assigned,
          assignedAt: assigned ? new Date() : null,
          holdReason: rnd() < 0.01 ? 'shared_address' : null,
          heldBy: null,
          cureBy: status === 'more_information_needed' ? '2027-12-31' : null,
          appealBy: status === 'denied' ? '2027-01-30' : null,
        };
      });
      await db.insert(claims).values(rows);
    }
    // Decisions waiting for a second reviewer (1 in 30 claims in review) and open appeal requests (1 in 5
    // denied claims): the queue's "second reviewer" and "appeal asked" filters and row tags read them.
    await db.execute(sql`insert into claim_decisions (claim_id, outcome, amount_cents, state, proposed_by)
      select id, 'approved', statutory_cents, 'pending', 'staff:1' from claims where status = 'in_review' and id % 30 = 0`);
    await db.execute(sql`insert into claim_appeal_requests (claim_id, explanation_sealed, explanation_key_version)
      select id, ${randomBytes(64)}, 1 from claims where status = 'denied' and id % 5 = 0`);
    await db.execute(sql`analyze claims`);
    await db.execute(sql`analyze claim_decisions`);
    await db.execute(sql`analyze claim_appeal_requests`);
    console.log(`[claims-queue] ${records.length} claims inserted in ${Math.round(performance.now() - started)} ms`);

    const ids = await rowsOf<{ id: number | string }>(db, sql`select id from claims order by id`);
    const deep = Number(ids[ids.length - 1000]!.id);
    const deepSignal = Number(ids[Math.floor(ids.length * 0.85)]!.id);
    const pages: { page: string; filters: QueueFilters; afterId: number | null }[] = [
      { page: 'first page, no filter', filters: {}, afterId: null },
      { page: `deep keyset page (after the ${ids.length - 1000}th claim)`, filters: {}, afterId: deep },
      {
        page: 'in review + direct deposit + unassigned',
        filters: { status: 'in_review', paymentMethod: 'direct_deposit', assigned: 'unassigned' },
        afterId: null,
      },
      { page: 'has a signal', filters: { signals: true }, afterId: null },
      { page: 'has a signal, deep (after 85 %)', filters: { signals: true }, afterId: deepSignal },
      { page: 'on hold', filters: { held: true }, afterId: null },
      { page: 'language km (rare)', filters: { language: 'km' }, afterId: null },
      { page: 'assigned to one reviewer', filters: { assigned: 'me', staffId: 'staff:3' }, afterId: null },
      { page: 'a decision waits for a second reviewer', filters: { pendingDecision: true }, afterId: null },
      { page: 'appeal asked, not handled', filters: { appealAsked: true }, afterId: null },
    ];
    const figures: ClaimsQueueFigure[] = [];
    for (const { page, filters, afterId } of pages) {
      for (let w = 0; w < 5; w++) await listClaimQueue(db, filters, { afterId, limit: 50 });
      const times: number[] = [];
      let rows = 0;
      for (let run = 0; run < options.runs; run++) {
        const t0 = performance.now();
        const result = await listClaimQueue(db, filters, { afterId, limit: 50 });
        times.push(performance.now() - t0);
        rows = result.rows.length;
      }
      times.sort((a, b) => a - b);
      const round = (n: number) => Math.round(n * 100) / 100;
      figures.push({
        page,
        rows,
        runs: options.runs,
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        maxMs: round(times.at(-1)!),
      });
      console.log(JSON.stringify(figures.at(-1)));
    }
    return figures;
  } finally {
    await handle.close();
    await dropDatabase(dbName);
  }
}

export function claimsQueueTable(figures: ClaimsQueueFigure[]): string {
  return [
    '| page (50 rows a page) | rows | runs | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...figures.map((f) => `| ${f.page} | ${f.rows} | ${f.runs} | ${f.p50Ms} | ${f.p95Ms} | ${f.maxMs} |`),
  ].join('\n');
}
