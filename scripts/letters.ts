// Print files for letter-channel batches.
// Usage: npm run letters -- build BATCH_ID [--per-file N]
//        npm run letters -- files BATCH_ID
//        npm run letters -- download FILE_ID --part pdf|manifest --out PATH --actor NAME
//        npm run letters -- mark FILE_ID printed|mailed --actor NAME
//        npm run letters -- returned FILE.csv --actor NAME   (the mail house's returned-mail list)
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/index';
import { listPrintFiles } from '../db/queries/letters';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { buildPrintFiles } from '../lib/letters/print-batch';
import { downloadPrintFile, markPrintFile } from '../lib/letters/print-files';
import { closeLetterRenderer } from '../lib/letters/render-pdf';
import { importReturnedMail } from '../lib/letters/returned-mail';
import { letterSettings } from '../lib/letters/settings';

const usage =
  'Usage: npm run letters -- build BATCH_ID [--per-file N] | files BATCH_ID | download FILE_ID --part pdf|manifest --out PATH | mark FILE_ID printed|mailed | returned FILE.csv  [--actor NAME]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'per-file': { type: 'string' },
      part: { type: 'string', default: 'pdf' },
      out: { type: 'string' },
      actor: { type: 'string', default: 'cli' },
    },
  });
  const [command, idText, extra] = positionals;
  const id = Number(idText);
  if (!command || (command !== 'returned' && (!Number.isSafeInteger(id) || id <= 0)) || (command === 'returned' && !idText))
    throw new Error(usage);
  const e = env();
  const handle = await openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, holder: 'the letters command' });
  const deps = { db: handle.db, sealer: getSealer(), auditKey: getHasher().auditKey, actor: values.actor };
  try {
    if (command === 'build') {
      const run = await buildPrintFiles(
        {
          db: handle.db,
          sealer: deps.sealer,
          settings: letterSettings(e),
          frame: { portalUrl: e.PORTAL_URL, demo: e.demo, returnAddress: e.portalContact.postalAddress },
          lettersPerFile: values['per-file'] ? Number(values['per-file']) : undefined,
        },
        id,
      );
      console.log(JSON.stringify(run));
    } else if (command === 'files') {
      for (const f of await listPrintFiles(handle.db, id))
        console.log(`${f.id}\tfile ${f.fileNumber}\t${f.letters} letters\t${f.pages} pages\t${f.status}\tsha256 ${f.pdfSha256}`);
    } else if (command === 'download') {
      if (!values.out || (values.part !== 'pdf' && values.part !== 'manifest')) throw new Error(usage);
      const r = await downloadPrintFile(deps, id, values.part);
      if (!r.ok) throw new Error(r.error);
      await writeFile(values.out, r.data.body);
      console.log(`${values.out}\tsha256 ${r.data.sha256}`);
    } else if (command === 'returned') {
      console.log(JSON.stringify(await importReturnedMail(deps, createReadStream(idText!))));
    } else if (command === 'mark') {
      if (extra !== 'printed' && extra !== 'mailed') throw new Error(usage);
      const r = await markPrintFile(deps, id, extra);
      if (!r.ok) throw new Error(r.error);
      console.log(`file ${r.data.fileNumber} of batch ${r.data.batchId}: ${r.data.status}`);
    } else {
      throw new Error(usage);
    }
  } finally {
    await closeLetterRenderer();
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
