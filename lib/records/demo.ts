// The synthetic demo data set: loaded into an empty database by the main command, with three identities
// printed so a person can try the self-check. Everything here is made up.
import { PassThrough } from 'node:stream';
import type { Database } from '../../db/index';
import { countRecords, findRecordByTinHash } from '../../db/queries/records';
import type { Hasher, Sealer } from '../crypto';
import { formatNoticeCode } from '../identifiers/notice-code';
import { generateSyntheticRecords, writeSyntheticCsv } from '../synthetic/generator';
import { parseRecordRow } from '../validation/record-row';
import { importRecordsCsv, type ImportProgress, type ImportResult } from './import';

export const DEMO_SEED = 1;

export type DemoIdentity = {
  label: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  tin: string;
  zip: string;
  language: string;
  category: string;
  noticeCode: string;
};

export async function loadSyntheticRecords(options: {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  count: number;
  seed?: number;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportResult> {
  const stream = new PassThrough();
  const writing = writeSyntheticCsv(options.count, options.seed ?? DEMO_SEED, stream).then(() => stream.end());
  const result = await importRecordsCsv({
    db: options.db,
    hasher: options.hasher,
    sealer: options.sealer,
    input: stream,
    source: `synthetic-demo-seed-${options.seed ?? DEMO_SEED}.csv`,
    actor: 'demo-loader',
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
  await writing;
  return result;
}

export async function seedDemoIfEmpty(options: Parameters<typeof loadSyntheticRecords>[0]): Promise<ImportResult | null> {
  if ((await countRecords(options.db)) > 0) return null;
  return loadSyntheticRecords(options);
}

/** Three varied people from the start of the demo set: one ITIN holder, one SSN holder, one reading another language. */
export async function findDemoIdentities(db: Database, hasher: Hasher, seed = DEMO_SEED): Promise<DemoIdentity[]> {
  const picks: DemoIdentity[] = [];
  const wanted: [string, (r: { tinKind: string; language: string }) => boolean][] = [
    ['ITIN holder', (r) => r.tinKind === 'itin'],
    ['SSN holder', (r) => r.tinKind === 'ssn'],
    ['prefers a language other than English or Spanish', (r) => r.language !== 'en' && r.language !== 'es'],
  ];
  const used = new Set<string>();
  let scanned = 0;
  for (const raw of generateSyntheticRecords(2000, seed)) {
    if (++scanned > 2000 || picks.length === wanted.length) break;
    const parsed = parseRecordRow(raw);
    if (!parsed.ok || used.has(parsed.row.tin)) continue;
    const next = wanted[picks.length]!;
    if (!next[1](parsed.row)) continue;
    const record = await findRecordByTinHash(db, hasher.tin(parsed.row.tin));
    if (!record) continue;
    used.add(parsed.row.tin);
    picks.push({
      label: next[0],
      firstName: parsed.row.firstName,
      lastName: parsed.row.lastName,
      dateOfBirth: parsed.row.dateOfBirth,
      tin: parsed.row.tin,
      zip: parsed.row.zip,
      language: parsed.row.language,
      category: parsed.row.category,
      noticeCode: formatNoticeCode(record.noticeCode),
    });
  }
  return picks;
}

export function describeDemoIdentities(ids: DemoIdentity[], portalUrl: string): string {
  const lines = ['', '  SYNTHETIC DEMO IDENTITIES — made up, not real people. Use them to try the self-check:', ''];
  for (const [i, p] of ids.entries()) {
    const tin = `${p.tin.slice(0, 3)}-${p.tin.slice(3, 5)}-${p.tin.slice(5)}`;
    lines.push(`  ${i + 1}. ${p.firstName} ${p.lastName} (${p.label}; language ${p.language}; ${p.category})`);
    lines.push(`     With the letter:    notice code ${p.noticeCode}, date of birth ${p.dateOfBirth}`);
    lines.push(
      `     Without the letter: ${p.tin.startsWith('9') ? 'ITIN' : 'SSN'} ${tin}, date of birth ${p.dateOfBirth}, last name ${p.lastName}, ZIP ${p.zip}`,
    );
  }
  lines.push('', `  Portal: ${portalUrl}`, '');
  return lines.join('\n');
}
