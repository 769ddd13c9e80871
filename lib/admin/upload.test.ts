import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodRow, toCsv } from '../../testing/records';
import { receiveCsvUpload } from './upload';

const dir = mkdtempSync(path.join(tmpdir(), 'dc-upload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function formRequest(content: BlobPart, filename = 'records.csv', type = 'text/csv', field = 'file') {
  const form = new FormData();
  form.set(field, new Blob([content], { type }), filename);
  const req = new Request('http://localhost/admin/imports/upload', { method: 'POST', body: form });
  return { body: req.body, contentType: req.headers.get('content-type'), contentLength: null as number | null };
}

const receive = (req: ReturnType<typeof formRequest>, maxBytes = 1024 * 1024) => receiveCsvUpload(req, { dir, maxBytes });

describe('receiving a CSV upload', () => {
  it('stores a good file under a random name and counts its rows', async () => {
    const csv = toCsv([goodRow(), goodRow({ tin: '123-45-6789' }), goodRow({ tin: '900-70-1111' })]);
    const r = await receive(formRequest(csv));
    expect(r).toEqual({
      ok: true,
      data: { storedAs: expect.stringMatching(/^[0-9a-f-]{36}\.csv$/), bytes: Buffer.byteLength(csv), lines: 3 },
    });
    if (r.ok) expect(readFileSync(path.join(dir, r.data.storedAs), 'utf8')).toBe(csv);
  });

  it.each([
    ['too large', () => formRequest(toCsv(Array.from({ length: 200 }, () => goodRow()))), 'The file is larger than the 4 KB limit.'],
    [
      'not UTF-8',
      () => formRequest(Buffer.concat([Buffer.from(toCsv([goodRow()])), Buffer.from([0xc3, 0x28, 0x0a])])),
      'The file is not UTF-8 text: export it from the spreadsheet as CSV UTF-8.',
    ],
    [
      'binary',
      () => formRequest(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'records.csv'),
      'The file is not text (it has NUL bytes): export it from the spreadsheet as CSV UTF-8.',
    ],
    ['not a CSV', () => formRequest('hello', 'records.pdf', 'application/pdf'), 'Choose a .csv file (comma-separated values, UTF-8).'],
    [
      'missing columns',
      () => formRequest('tin,first_name\n912-70-1234,Ana\n'),
      "The file's header is missing the column(s): last_name, date_of_birth, street, city, state, zip, email, phone, language, category, disclosed_elements, disclosed_on.",
    ],
    ['header only', () => formRequest(toCsv([])), 'The file has a header but no rows.'],
    ['empty', () => formRequest(''), 'The file is empty: it has no header and no rows.'],
    ['no file field', () => formRequest('x', 'a.csv', 'text/csv', 'other'), 'Choose a CSV file to upload.'],
  ])('refuses a file that is %s and leaves nothing behind', async (_what, make, error) => {
    const before = readdirSync(dir).length;
    const maxBytes = _what === 'too large' ? 4096 : 1024 * 1024;
    expect(await receive(make(), maxBytes)).toEqual({ ok: false, error });
    expect(readdirSync(dir).length).toBe(before);
  });

  it('refuses an announced size past the limit without reading it', async () => {
    const req = { ...formRequest('x'), contentLength: (500 * 1024 * 1024) as number | null };
    expect(await receive(req)).toEqual({ ok: false, error: 'The file is larger than the 1 MB limit.' });
  });
});
