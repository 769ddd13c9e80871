// npm run import -- FILE [--actor NAME]: stream a CSV of disclosed records into the database.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { importRecordsCsv } from '../lib/records/import';
import { openCliDatabase, runCli } from './cli';

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { actor: { type: 'string', default: 'cli' }, quiet: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('Usage: npm run import -- FILE.csv [--actor NAME]');
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`Cannot read ${file}: no such file.`);
    return 2;
  }
  const handle = await openCliDatabase('import');
  const started = Date.now();
  let lastPrint = 0;
  const result = await importRecordsCsv({
    db: handle.db,
    hasher: getHasher(),
    sealer: getSealer(),
    input: createReadStream(file),
    source: path.basename(file),
    actor: values.actor!,
    batchSize: env().IMPORT_BATCH_SIZE,
    onReject: (r) => console.error(`line ${r.line}: ${r.reason}${r.field ? ` (${r.field})` : ''}`),
    onProgress: (p) => {
      if (values.quiet || Date.now() - lastPrint < 1000) return;
      lastPrint = Date.now();
      process.stderr.write(`  ${p.rowsRead.toLocaleString('en-US')} rows read…\n`);
    },
  });
  await handle.close();
  const seconds = (Date.now() - started) / 1000;
  const summary =
    `Import #${result.importId} ${result.status}: ${result.rowsRead} rows read, ${result.inserted} inserted, ` +
    `${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected ` +
    `in ${seconds.toFixed(1)} s (${Math.round(result.rowsRead / Math.max(seconds, 0.001))} rows/s, ${(size / 1e6).toFixed(1)} MB).`;
  console.log(summary);
  if (result.error) console.error(result.error);
  return result.status === 'completed' ? 0 : 1;
});
