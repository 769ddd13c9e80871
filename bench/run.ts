// npm run bench [-- NAME ...]: runs the named benchmarks (default: all) and writes their figures to
// bench/out/<name>.json and a table to stdout for BENCHMARKS.md.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { claimsQueueTable, runClaimsQueueBench } from './claims-queue';
import { importTable, runImportBench } from './import';
import { orgPagesTable, runOrgPagesBench } from './org-pages';
import { orgRlsTable, runOrgRlsBench } from './org-rls';
import { noticeTable, runNoticeBench } from './notices';
import { orgBulkTable, runOrgBulkBench } from './org-bulk';
import { runSelfCheckBench, selfCheckTable } from './self-check';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      sizes: { type: 'string', default: '47000,1280000' },
      notices: { type: 'string', default: '47000' },
      'skip-limited': { type: 'boolean', default: false },
      'only-limited': { type: 'boolean', default: false },
      records: { type: 'string', default: '47000' },
      connections: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '20' },
      claims: { type: 'string', default: '47000' },
      runs: { type: 'string', default: '200' },
      'bulk-rows': { type: 'string', default: '1000' },
    },
  });
  const names = positionals.length ? positionals : ['import', 'notices', 'self-check', 'claims-queue', 'org-bulk'];
  mkdirSync('bench/out', { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Machine: ${machine}; ${new Date().toISOString()}`);
  for (const name of names) {
    if (name === 'import') {
      const figures = await runImportBench(values.sizes!.split(',').map(Number));
      writeFileSync('bench/out/import.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + importTable(figures));
    } else if (name === 'notices') {
      const figures = await runNoticeBench(Number(values.notices), !values['skip-limited'], !values['only-limited']);
      writeFileSync('bench/out/notices.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + noticeTable(figures));
    } else if (name === 'self-check') {
      const figures = await runSelfCheckBench({
        records: Number(values.records),
        connections: Number(values.connections),
        seconds: Number(values.seconds),
      });
      writeFileSync('bench/out/self-check.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + selfCheckTable(figures));
    } else if (name === 'claims-queue') {
      const figures = await runClaimsQueueBench({ claims: Number(values.claims), runs: Number(values.runs) });
      writeFileSync('bench/out/claims-queue.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + claimsQueueTable(figures));
    } else if (name === 'org-rls') {
      const result = await runOrgRlsBench({ connections: Number(values.connections), seconds: Number(values.seconds) });
      writeFileSync('bench/out/org-rls.json', JSON.stringify({ machine, at: new Date().toISOString(), result }, null, 2));
      console.log('\n' + orgRlsTable(result));
    } else if (name === 'org-pages') {
      const result = await runOrgPagesBench({ connections: Number(values.connections), seconds: Number(values.seconds) });
      writeFileSync('bench/out/org-pages.json', JSON.stringify({ machine, at: new Date().toISOString(), result }, null, 2));
      console.log('\n' + orgPagesTable(result));
    } else if (name === 'org-bulk') {
      const figures = await runOrgBulkBench({ rows: Number(values['bulk-rows']) });
      writeFileSync('bench/out/org-bulk.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + orgBulkTable(figures));
    } else {
      console.error(`Unknown benchmark ${name}; known: import, notices, self-check, claims-queue, org-bulk, org-rls, org-pages`);
      process.exitCode = 2;
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
