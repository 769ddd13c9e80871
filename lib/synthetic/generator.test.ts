import { createHash } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseTin } from '../identifiers/tin';
import { languageCodes } from '../languages';
import { parseRecordRow, recordCsvColumns, type RecordRow } from '../validation/record-row';
import { formatCsvField, generateSyntheticRecords, writeSyntheticCsv } from './generator';
import { communities } from './communities';
import { places } from './places';

const today = '2026-02-27';

async function csvOf(count: number, seed: number): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await writeSyntheticCsv(count, seed, sink);
  sink.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('generateSyntheticRecords', () => {
  const count = 20_000;
  const rows: RecordRow[] = [];
  const rawRows = [...generateSyntheticRecords(count, 1)];
  for (const raw of rawRows) {
    const parsed = parseRecordRow(raw, { today });
    if (parsed.ok) rows.push(parsed.row);
    else throw new Error(`generated row rejected: ${parsed.reason} in ${parsed.field}`);
  }
  const share = (predicate: (r: RecordRow) => boolean) => rows.filter(predicate).length / rows.length;

  it('makes rows that all pass parseRecordRow, with exactly the CSV columns', () => {
    expect(rows).toHaveLength(count);
    for (const raw of rawRows.slice(0, 100)) expect(Object.keys(raw)).toEqual([...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful']);
  });

  it('gives every row a unique, well-formed TIN, about 70% ITINs', () => {
    expect(new Set(rows.map((r) => r.tin)).size).toBe(count);
    const malformed = rows.filter((r) => {
      const parsed = parseTin(r.tin);
      return !parsed.ok || parsed.digits !== r.tin || parsed.kind !== r.tinKind;
    });
    expect(malformed).toEqual([]);
    expect(share((r) => r.tinKind === 'itin')).toBeGreaterThan(0.67);
    expect(share((r) => r.tinKind === 'itin')).toBeLessThan(0.73);
  });

  it('uses only reserved example domains and fictional 555-01xx numbers', () => {
    expect(rows.filter((r) => r.email !== null && !/@example\.(com|org|net)$/.test(r.email))).toEqual([]);
    expect(rows.filter((r) => r.phone !== null && !/^\+1[2-9][0-9]{2}55501[0-9]{2}$/.test(r.phone))).toEqual([]);
    expect(share((r) => r.email !== null)).toBeGreaterThan(0.62);
    expect(share((r) => r.email !== null)).toBeLessThan(0.68);
    expect(share((r) => r.phone !== null)).toBeGreaterThan(0.47);
    expect(share((r) => r.phone !== null)).toBeLessThan(0.53);
  });

  it('draws addresses from the built-in table of real city/state/ZIP triples', () => {
    const triples = new Set(places.flatMap((p) => p.zips.map((z) => `${p.city}|${p.state}|${z}`)));
    expect(rows.filter((r) => !triples.has(`${r.city}|${r.state}|${r.zip}`))).toEqual([]);
    expect(new Set(rows.map((r) => r.state)).size).toBeGreaterThan(30);
  });

  it('tags places only with communities that exist', () => {
    const ids = new Set(communities.map((c) => c.id));
    expect(places.flatMap((p) => p.communities).filter((c) => !ids.has(c))).toEqual([]);
    expect(places.filter((p) => !/^[2-9][0-9]{2}$/.test(p.areaCode) || p.zips.some((z) => !/^[0-9]{5}$/.test(z)))).toEqual([]);
  });

  it('spreads categories, dates and languages as described', () => {
    expect(share((r) => r.category === 'address_verified')).toBeGreaterThan(0.88);
    expect(share((r) => r.category === 'address_supplied')).toBeGreaterThan(0.03);
    expect(share((r) => r.category === 'incomplete_address')).toBeGreaterThan(0.03);
    expect(rows.filter((r) => r.disclosedOn < '2025-06-01' || r.disclosedOn > '2025-09-30')).toEqual([]);
    expect(rows.filter((r) => r.dateOfBirth < '1940-01-01' || r.dateOfBirth > '2006-12-31')).toEqual([]);
    expect(share((r) => r.language === 'en')).toBeGreaterThan(0.25);
    expect(share((r) => r.language === 'es')).toBeGreaterThan(0.35);
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(languageCodes));
    expect(share((r) => r.disclosedElements.join(';') === 'name;tin;address')).toBeGreaterThan(0.8);
  });

  it('includes the surnames normalization has to handle', () => {
    const surnames = rows.map((r) => r.lastName);
    expect(surnames.some((s) => /^[^ ]+-[^ ]+$/.test(s) && /[áéíóúñ]/i.test(s))).toBe(true); // hyphenated, accented
    expect(surnames.some((s) => / y /.test(s))).toBe(true);
    expect(surnames.some((s) => /^de la /i.test(s))).toBe(true);
    expect(surnames.some((s) => /[Đđễặỗầạẫớợồệửữịỏẩẽẹẻậắẳẵẻ]/u.test(s) || s === 'Trần' || s === 'Lê')).toBe(true);
    expect(surnames.some((s) => /ł|ś|ż|ą|ę/.test(s))).toBe(true);
  });

  it('is deterministic, and a shorter run is a prefix of a longer one', () => {
    // Compared as JSON: a deep equality of 20,000 objects is needlessly slow.
    expect(JSON.stringify([...generateSyntheticRecords(count, 1)])).toBe(JSON.stringify(rawRows));
    expect([...generateSyntheticRecords(50, 1)]).toEqual(rawRows.slice(0, 50));
    expect([...generateSyntheticRecords(50, 2)]).not.toEqual(rawRows.slice(0, 50));
  });

  it('refuses a bad count or seed', () => {
    expect(() => [...generateSyntheticRecords(-1, 1)]).toThrow();
    expect(() => [...generateSyntheticRecords(1.5, 1)]).toThrow();
    expect(() => [...generateSyntheticRecords(1, Number.NaN)]).toThrow();
  });
});

describe('the entitlement columns of synthetic rows', () => {
  it('changed no other field of any row (the hash of seed 42 before they existed)', () => {
    const rows = [...generateSyntheticRecords(500, 42)].map(({ disclosure_acts: _a, ruled_unlawful: _r, ...rest }) => rest);
    // Computed with the generator at 11d1c76, before the entitlement columns were added.
    expect(createHash('sha256').update(JSON.stringify(rows)).digest('hex')).toBe(
      '2c64b7a90a6ec879c96eeaad6896d8fea6da3aede5d054c5b8a178dfeba22978',
    );
  });

  it('gives most people one act and knows a ruling for most address disclosures, none for incomplete addresses', () => {
    const rows = [...generateSyntheticRecords(20_000, 3)];
    const share = (p: (r: (typeof rows)[0]) => boolean, of = rows) => of.filter(p).length / of.length;
    expect(share((r) => r.disclosure_acts === '1')).toBeGreaterThan(0.85);
    expect(share((r) => r.disclosure_acts === '1')).toBeLessThan(0.91);
    expect(rows.every((r) => ['1', '2', '3', '4'].includes(r.disclosure_acts))).toBe(true);
    expect(rows.filter((r) => r.category === 'incomplete_address').every((r) => r.ruled_unlawful === '')).toBe(true);
    const addresses = rows.filter((r) => r.category !== 'incomplete_address');
    expect(share((r) => r.ruled_unlawful !== '', addresses)).toBeGreaterThan(0.82);
    expect(
      share(
        (r) => r.ruled_unlawful === 'yes',
        addresses.filter((r) => r.ruled_unlawful !== ''),
      ),
    ).toBeGreaterThan(0.87);
  });
});

describe('writeSyntheticCsv', () => {
  it('writes byte-identical CSV for the same count and seed', async () => {
    const a = await csvOf(3000, 42);
    const b = await csvOf(3000, 42);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
    expect(a.split('\n')[0]).toBe([...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'].join(','));
    expect(a.endsWith('\n')).toBe(true);
  });

  it('round-trips through csv-parse to the generator rows', async () => {
    const text = await csvOf(2000, 7);
    const parsed = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(JSON.stringify(parsed)).toBe(JSON.stringify([...generateSyntheticRecords(2000, 7)]));
  });

  it('writes only the header for a count of zero', async () => {
    expect(await csvOf(0, 1)).toBe(`${[...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'].join(',')}\n`);
  });

  it('waits for a slow consumer instead of buffering everything', async () => {
    let highestBuffered = 0;
    let bytes = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        setImmediate(callback);
      },
    });
    const watch = setInterval(() => (highestBuffered = Math.max(highestBuffered, slow.writableLength)), 0);
    await writeSyntheticCsv(5000, 3, slow);
    clearInterval(watch);
    expect(bytes).toBeGreaterThan(500_000);
    expect(highestBuffered).toBeLessThan(200 * 1024);
  });
});

describe('formatCsvField', () => {
  it('quotes only when needed', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('line\nbreak')).toBe('"line\nbreak"');
    expect(formatCsvField(' padded')).toBe('" padded"');
  });
});
