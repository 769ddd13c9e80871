// Letters benchmark: N synthetic records in every language → one letter batch → print files, timed, with
// the peak memory of the whole process tree (Node plus Chromium's processes, sampled from /proc).
// Usage: npx tsx bench/letters.ts [--count 200] [--per-file 250] [--concurrency 1]   (files rendered at once)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, rowsOf } from '../db/index';
import { addNoticesAndGroup } from '../db/queries/notices';
import { noticeBatches } from '../db/schema';
import { getHasher, getSealer } from '../lib/keys';
import { buildPrintFiles, LETTERS_PER_FILE } from '../lib/letters/print-batch';
import { closeLetterRenderer } from '../lib/letters/render-pdf';
import { sampleFrame } from '../testing/letter-sample';
import { demoMailerId } from '../lib/letters/settings';
import { loadSyntheticRecords } from '../lib/records/demo';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

/**
 * Memory of this process and all its descendants (Node plus Chromium's processes), in bytes: the sum of
 * their resident sets (RSS; pages shared between Chromium's processes, such as fonts and libraries,
 * counted once per process, so an overstatement), and the sum of their proportional sets (PSS, from
 * /proc/PID/smaps_rollup: each shared page divided among the processes sharing it, so what the tree
 * really takes from the machine).
 */
function treeMemory(): { rss: number; pss: number } {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  const total = { rss: 0, pss: 0 };
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += (rss.get(pid) ?? 0) * 1024;
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total.pss += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between ps and the read.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '200' },
      'per-file': { type: 'string', default: String(LETTERS_PER_FILE) },
      concurrency: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.count);
  const name = uniqueName('dc_bench_letters');
  await withAdmin((s) => s.unsafe(`create database "${name}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(name), dataDir: '.data', max: 4 });
  const peak = { rss: 0, pss: 0 };
  const sampler = setInterval(() => {
    const m = treeMemory();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.pss = Math.max(peak.pss, m.pss);
  }, 250);
  try {
    await migrate(handle);
    const sealer = getSealer();
    await loadSyntheticRecords({ db: handle.db, hasher: getHasher(), sealer, count, seed: 3 });
    const [batch] = await handle.db
      .insert(noticeBatches)
      .values({ name: 'bench', type: 'initial_notice', selection: { channels: ['letter'] }, totalAtCreation: count, createdBy: 'bench' })
      .returning();
    const records = await rowsOf<{ id: number; language: string }>(handle.db, sql`select id, language from affected_records order by id`);
    await addNoticesAndGroup(
      handle.db,
      records.map((r) => ({
        recordId: r.id,
        batchId: batch!.id,
        type: 'initial_notice' as const,
        channel: 'letter' as const,
        dedupeKey: 'initial',
        language: r.language,
      })),
    );
    const languages = new Set(records.map((r) => r.language)).size;
    const started = performance.now();
    const run = await buildPrintFiles(
      {
        db: handle.db,
        sealer,
        frame: sampleFrame,
        settings: { chromiumPath: '/usr/bin/chromium', imb: { barcodeId: '00', serviceTypeId: '300', mailerId: demoMailerId } },
        lettersPerFile: Number(values['per-file']),
        concurrency: Number(values.concurrency),
      },
      batch!.id,
    );
    const seconds = (performance.now() - started) / 1000;
    const [printed] = await rowsOf<{ pages: number; sheets: number }>(
      handle.db,
      sql`select coalesce(sum(pages), 0)::int as pages, coalesce(sum(sheets), 0)::int as sheets from print_files where batch_id = ${batch!.id}`,
    );
    const [load] = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ');
    console.log(
      JSON.stringify({
        letters: run.lettersPrinted,
        rejected: run.rejected,
        files: run.filesStored,
        pages: printed!.pages,
        sheets: printed!.sheets,
        languages,
        seconds: Math.round(seconds * 10) / 10,
        lettersPerSecond: Math.round((run.lettersPrinted / seconds) * 100) / 100,
        peakTreeRssMiB: Math.round(peak.rss / 2 ** 20),
        peakTreePssMiB: Math.round(peak.pss / 2 ** 20),
        nodeMaxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        loadAverage1m: Number(load),
        at: new Date().toISOString(),
        machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      }),
    );
  } finally {
    clearInterval(sampler);
    await closeLetterRenderer();
    await handle.close();
    await dropDatabase(name);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
