// Dashboard benchmark (issue 17, item 8): the remediation overview and the claims figures over 47,000
// synthetic records on PostgreSQL, with a notice for every record (email or letter, most sent, some
// delivered or bounced), a self-check audit entry for one record in five, 9,400 claims in every status with
// decisions, events, information requests and released payments. The claims rows are written straight in
// SQL with placeholder sealed bytes: the dashboard counts and never opens them.
// Usage: npx tsx bench/dashboard.ts [--rows 47000] [--runs 5]
import { createWriteStream, existsSync, mkdirSync, renameSync, createReadStream } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createHasher, createSealer } from '../lib/crypto';
import { importRecordsCsv } from '../lib/records/import';
import { writeSyntheticCsv } from '../lib/synthetic/generator';
import { claimFigures, remediationOverview } from '../db/queries/dashboard';
import { migrate, openDatabase, rowsOf } from '../db/index';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

async function ensureCsv(rows: number): Promise<string> {
  mkdirSync('bench/out', { recursive: true });
  const file = path.resolve(`bench/out/synthetic-${rows}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.partial`);
  await writeSyntheticCsv(rows, 7, out);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(`${file}.partial`, file);
  return file;
}

async function main() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '47000' }, runs: { type: 'string', default: '5' } } });
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  const name = uniqueName('dc_bench_dash');
  await withAdmin((s) => s.unsafe(`create database "${name}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 2 });
  try {
    await migrate(handle);
    const db = handle.db;
    const keys = {
      hasher: createHasher(randomBytes(32)),
      sealer: createSealer({ dataKeys: new Map([[1, randomBytes(32)]]), currentKeyVersion: 1 }),
    };
    const file = await ensureCsv(rows);
    const imported = await importRecordsCsv({
      db,
      ...keys,
      input: createReadStream(file),
      source: 'bench',
      actor: 'bench',
      batchSize: 2000,
    });
    if (imported.status !== 'completed') throw new Error(imported.error);
    await db.execute(sql`
      insert into notices (record_id, type, channel, dedupe_key, language, status)
      select id, 'initial_notice', case when id % 3 = 0 then 'letter' else 'email' end::notice_channel, 'bench', language,
        (array['sent', 'delivered', 'delivered', 'bounced', 'queued'])[1 + id % 5]::notice_status
      from affected_records`);
    await db.execute(sql`
      insert into audit_log (at, actor, action, record_id, outcome, detail, hash)
      select now(), 'self-check', 'record.checked', id, 'found', '{}'::jsonb, ''::bytea from affected_records where id % 5 = 0`);
    await db.execute(sql`
      insert into claims (claim_number, pin_hash, record_id, status, statutory_cents, payment_method, sealed, key_version,
        payment_signal, client_signal, language, declared_at)
      select 'BENCH' || id, ''::bytea, id,
        (enum_range(null::claim_status))[1 + id % 10], 100000,
        case when id % 2 = 0 then 'direct_deposit' else 'check' end::payment_method, ''::bytea, 1,
        decode(md5((id % 4000)::text), 'hex'), decode(md5((id % 3000)::text), 'hex'), language, now() - interval '20 days'
      from affected_records where id % 5 = 1`);
    await db.execute(sql`
      insert into claim_decisions (claim_id, outcome, amount_cents, state, proposed_by)
      select id, 'approved', 100000, 'applied', 'bench' from claims where status not in ('submitted', 'in_review', 'more_information_needed')`);
    await db.execute(sql`
      insert into claim_events (claim_id, from_status, to_status, actor, at)
      select id, 'in_review', 'approved', 'bench', now() - (id % 15) * interval '1 day' from claims
      where status not in ('submitted', 'in_review', 'more_information_needed')`);
    await db.execute(sql`
      insert into claim_information_requests (claim_id, reason_codes, requested_by, cure_by)
      select id, array['missing_document'], 'bench', current_date + 30 from claims where status = 'more_information_needed'`);
    const [exp] = await rowsOf<{ id: number }>(
      db,
      sql`insert into payment_exports (kind, state, prepared_by, released_by, claim_count, total_cents) values ('ach', 'released', 'a', 'b', 0, 0) returning id`,
    );
    await db.execute(sql`
      insert into claim_payments (claim_id, export_id, amount_cents, returned_at)
      select id, ${exp!.id}, 100000, case when status = 'payment_returned' then now() end from claims
      where status in ('payment_issued', 'paid', 'payment_returned', 'reissued')`);
    await db.execute(sql`analyze`);
    const time = async (label: string, body: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        await body();
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      ms.sort((a, b) => a - b);
      console.log(
        `${label}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms (min ${ms[0]!.toFixed(1)}, max ${ms.at(-1)!.toFixed(1)}, ${runs} runs)`,
      );
    };
    console.log(`${rows} records, ${(await remediationOverview(db)).filedClaim} claims`);
    await time('remediationOverview, all records', () => remediationOverview(db));
    await time('remediationOverview, language es + state CA', () => remediationOverview(db, { language: 'es', state: 'CA' }));
    await time('claimFigures', () => claimFigures(db));
  } finally {
    await handle.close();
    await dropDatabase(name);
  }
}

void main();
