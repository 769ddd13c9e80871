// The payment export's file writing (issue 17's aim: a 47,000-payment export written in seconds):
// `npx tsx bench/nacha.ts [--payments 47000]` writes one NACHA file of that many PPD credits with the
// project's writer, reads it back with the checking reader, and prints the time and size of each step. The
// database side of an export (selecting, marking exported) is measured with the claims export itself.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeAchFile, type AchEntryInput } from '../lib/payments/nacha';
import { parseAchFile } from '../lib/payments/nacha-read';

const { values } = parseArgs({ options: { payments: { type: 'string', default: '47000' } } });
const count = Number(values.payments);
const routings = ['021000021', '011000015', '122105155', '026009593'];
const entries: AchEntryInput[] = Array.from({ length: count }, (_, i) => ({
  transactionCode: i % 3 === 0 ? 32 : 22,
  routingNumber: routings[i % routings.length]!,
  accountNumber: String(10_000_000 + i),
  amountCents: 100_000 + (i % 7) * 12_345,
  individualId: `DC-${String(i).padStart(8, '0')}`,
  individualName: `SYNTHETIC PAYEE ${i}`.slice(0, 22),
}));
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const text = writeAchFile({
  immediateDestination: '021000021',
  immediateOrigin: '1871234567',
  immediateDestinationName: 'SYNTHETIC ODFI',
  immediateOriginName: 'DISCLOSURE CHECK DEMO',
  fileIdModifier: 'A',
  createdAt: new Date(),
  batches: [
    {
      companyName: 'DISCLOSURE CHECK',
      companyId: '1871234567',
      entryDescription: '7431 CLAIM',
      effectiveEntryDate: '261207',
      originatingDfi: '02100002',
      entries,
    },
  ],
});
const t1 = performance.now();
const parsed = parseAchFile(text);
const t2 = performance.now();
if (parsed.batches[0]!.entries.length !== count) throw new Error('the file read back has a different number of entries');
console.log(
  JSON.stringify({
    payments: count,
    bytes: text.length,
    writeMs: Math.round(t1 - t0),
    readBackMs: Math.round(t2 - t1),
    rssGrowthMiB: Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20),
  }),
);
