import { Readable } from 'node:stream';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './read-records';

async function readAll(text: string | string[]) {
  const out = [];
  for await (const r of readCsvRecords(Readable.from(Array.isArray(text) ? text : [text]))) out.push(r);
  return out;
}

describe('readCsvRecords', () => {
  it('reads plain and quoted fields with their line numbers', async () => {
    const rows = await readAll('\ufeffa,b,c\n1,"two, with comma","say ""hi"""\r\n"multi\nline",x,\n\n4,5,6');
    expect(rows).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', 'two, with comma', 'say "hi"'], line: 2 },
      { fields: ['multi\nline', 'x', ''], line: 3 },
      { fields: ['4', '5', '6'], line: 6 },
    ]);
  });

  it('gives the same records whichever way the input is split into chunks', async () => {
    const text = 'h1,h2\n"a\n""b""",c\r\nd,"e,f"\n"g",h\n';
    const whole = await readAll(text);
    for (let cut = 1; cut < text.length; cut++) expect(await readAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  });

  it('reports a stray quote and an unterminated quote, and keeps reading', async () => {
    const rows = await readAll('a,b\nx"y,z\nok,1\n"never closed,2\n');
    expect(rows).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { line: 2, error: 'stray_quote' },
      { fields: ['ok', '1'], line: 3 },
      { line: 4, error: 'unterminated_quote' },
    ]);
  });

  it('reports an oversized record', async () => {
    const out = [];
    for await (const r of readCsvRecords(Readable.from([`a\n${'x'.repeat(200)}\nb\n`]), 100)) out.push(r);
    expect(out).toEqual([
      { fields: ['a'], line: 1 },
      { line: 2, error: 'record_too_large' },
      { fields: ['b'], line: 3 },
    ]);
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('name\nNguyễn\n', 'utf8');
    const cut = bytes.indexOf(Buffer.from('ễ')) + 1;
    const out = [];
    for await (const r of readCsvRecords(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))) out.push(r);
    expect(out).toEqual([
      { fields: ['name'], line: 1 },
      { fields: ['Nguyễn'], line: 2 },
    ]);
  });

  it('agrees with csv-parse on arbitrary well-formed CSV (property)', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', '1'), maxLength: 6 });
    const quote = (v: string) => (/[",\n\r]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
        const ours = (await readAll(text)).map((r) => r.fields);
        expect(ours).toEqual(parse(text, { relax_quotes: false }));
      }),
    );
  });
});
