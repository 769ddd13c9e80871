// npm run bench [-- NAME ...]: runs the named benchmarks (default: all) and writes their figures to
// bench/out/<name>.json and a table to stdout for BENCHMARKS.md.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importTable, runImportBench } from './import';

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { sizes: { type: 'string', default: '47000,1280000' } } });
  const names = positionals.length ? positionals : ['import'];
  mkdirSync('bench/out', { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Machine: ${machine}; ${new Date().toISOString()}`);
  for (const name of names) {
    if (name === 'import') {
      const figures = await runImportBench(values.sizes!.split(',').map(Number));
      writeFileSync('bench/out/import.json', JSON.stringify({ machine, at: new Date().toISOString(), figures }, null, 2));
      console.log('\n' + importTable(figures));
    } else {
      console.error(`Unknown benchmark ${name}; known: import`);
      process.exitCode = 2;
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
