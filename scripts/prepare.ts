// npm start's first half (also used by the browser tests): migrate, load the synthetic demo set into an
// empty database, print three demo identities and, in DEMO_MODE, create and print the demo staff
// accounts. Usage: tsx scripts/prepare.ts [--count N] [--seed S]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '../lib/env';
import { seedDemoHelpEntriesIfEmpty } from '../lib/help/directory';
import { getHasher, getSealer } from '../lib/keys';
import { describeDemoIdentities, findDemoIdentities, seedDemoIfEmpty } from '../lib/records/demo';
import { describeDemoStaff, ensureDemoStaff } from '../lib/staff/demo';
import { ensureDemoOrganizations } from '../lib/orgs/demo';
import { staffDepsFor } from '../server/staff';
import { openCliDatabase, runCli } from './cli';

runCli(async () => {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '47000' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const e = env();
  const handle = await openCliDatabase('start');
  try {
    const started = Date.now();
    let lastPct = -1;
    const result = await seedDemoIfEmpty({
      db: handle.db,
      hasher: getHasher(),
      sealer: getSealer(),
      count,
      seed,
      batchSize: e.IMPORT_BATCH_SIZE,
      onProgress: (p) => {
        const pct = Math.floor((p.rowsRead / count) * 20) * 5;
        if (pct !== lastPct) process.stdout.write(`\r  Loading ${count.toLocaleString('en-US')} synthetic records… ${pct}%`);
        lastPct = pct;
      },
    });
    if (result) {
      process.stdout.write('\n');
      if (result.status !== 'completed') throw new Error(result.error ?? 'loading the demo data failed');
      console.log(
        `  Loaded ${result.inserted.toLocaleString('en-US')} SYNTHETIC records in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
    const ids = await findDemoIdentities(handle.db, getHasher(), seed);
    writeFileSync(path.join(e.dataDir, 'demo-identities.json'), JSON.stringify(ids, null, 2));
    console.log(describeDemoIdentities(ids, e.PORTAL_URL));
    // The local-help directory's SYNTHETIC demo entries, in a demonstration only and only into an empty
    // directory (an administrator's entries are never touched).
    if (e.demo && e.APP_ENV !== 'production') {
      const added = await seedDemoHelpEntriesIfEmpty(handle.db);
      if (added > 0) console.log(`  Added ${added} SYNTHETIC local-help directory entries (made-up organizations, 555-01xx numbers).`);
    }
    // Demo staff only in a demonstration, and never in production (ensureDemoStaff refuses there too).
    if (e.demo && e.APP_ENV !== 'production') {
      const staff = await ensureDemoStaff(staffDepsFor(handle.db), { dataDir: e.dataDir, appEnv: e.APP_ENV });
      console.log(describeDemoStaff(staff, e.PORTAL_URL));
      const orgs = await ensureDemoOrganizations(handle.db, { appEnv: e.APP_ENV, auditKey: getHasher().auditKey });
      if (orgs > 0) console.log(`  Added ${orgs} SYNTHETIC advocacy organizations (two approved, one waiting for a decision).`);
    }
  } finally {
    await handle.close();
  }
});
