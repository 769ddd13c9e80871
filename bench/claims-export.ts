// A payment export end to end on the machine's PostgreSQL (issue 17's aim: "a 47,000-payment export is
// written in seconds"): `npx tsx bench/claims-export.ts [--claims 47000] [--runs 3]`. A fresh database gets
// that many synthetic records and as many approved claims (direct deposit), each with its sealed form and an
// applied decision; then preparePaymentExport selects them `for update skip locked`, opens every sealed
// claim, writes the NACHA file, seals and stores it and inserts one payment row per claim, in one
// transaction. The same is then done for the check CSV. Each run starts from claims with no payment.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, rowsOf } from '../db/index';
import { preparePaymentExport } from '../lib/claims/payments';
import { loadSyntheticRecords } from '../lib/records/demo';
import { parseAchFile } from '../lib/payments/nacha-read';
import { syntheticAchSettings } from '../testing/ach';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';
import { testKeys } from '../testing/secrets';
import { insertApprovedClaims } from '../testing/bulk-claims';

const { values } = parseArgs({ options: { claims: { type: 'string', default: '47000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.claims);
const runs = Number(values.runs);
const keys = testKeys();
async function main() {
  const name = uniqueName('dc_bench_export');
  await withAdmin((s) => s.unsafe(`create database "${name}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 4 });
  const figures: Record<string, number[]> = { ach: [], check: [] };
  try {
    await migrate(handle);
    const db = handle.db;
    const loaded = await loadSyntheticRecords({ db, hasher: keys.hasher, sealer: keys.sealer, count, seed: 11 });
    if (loaded.status !== 'completed') throw new Error(loaded.error ?? 'the synthetic records did not load');
    const ids = (await rowsOf<{ id: number | string }>(db, sql`select id from affected_records order by id limit ${count}`)).map((r) =>
      Number(r.id),
    );
    for (const kind of ['ach', 'check'] as const) {
      const method: 'check' | 'direct_deposit' = kind === 'ach' ? 'direct_deposit' : 'check';
      for (let run = 0; run < runs; run++) {
        await db.execute(sql`truncate claim_payments, payment_exports, claim_decisions, claim_events, claims restart identity cascade`);
        await insertApprovedClaims(db, keys, ids, method);
        await db.execute(sql`analyze`);
        const t0 = performance.now();
        const result = await preparePaymentExport(
          { db, hasher: keys.hasher, sealer: keys.sealer },
          kind,
          'bench-payments',
          syntheticAchSettings,
        );
        const ms = performance.now() - t0;
        if (result?.claimCount !== ids.length) throw new Error(`export held ${result?.claimCount} of ${ids.length} claims`);
        if (kind === 'ach') {
          const [row] = await rowsOf<{ file: Buffer | Uint8Array }>(
            db,
            sql`select file from payment_exports where id = ${result.exportId}`,
          );
          const text = keys.sealer.open(Buffer.from(row!.file), Buffer.from('payment-export:ach', 'ascii'));
          const entries = parseAchFile(text).batches.reduce((n, b) => n + b.entries.length, 0);
          if (entries !== ids.length) throw new Error(`the file holds ${entries} entries`);
        }
        figures[kind]!.push(ms);
        console.log(`${kind} run ${run + 1}: ${ids.length} payments in ${(ms / 1000).toFixed(2)} s`);
      }
    }
  } finally {
    await handle.close();
    await dropDatabase(name);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    JSON.stringify({
      payments: count,
      achSeconds: figures.ach!.map((m) => +(m / 1000).toFixed(2)),
      checkSeconds: figures.check!.map((m) => +(m / 1000).toFixed(2)),
      achMedian: +(median(figures.ach!) / 1000).toFixed(2),
      checkMedian: +(median(figures.check!) / 1000).toFixed(2),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
