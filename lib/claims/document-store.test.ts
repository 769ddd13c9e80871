// Claim documents against the real PostgreSQL: stored sealed (no byte of a document readable in a dump),
// one insert after the whole upload (a request cut mid-file leaves no row), the per-claim limit held by the
// inserting statement under two uploads at once, and every upload and staff read in the audit log.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { countClaimDocuments, listClaimDocuments } from '../../db/queries/claim-documents';
import { findRecordByTinHash } from '../../db/queries/records';
import { buildPdf, pdfWithJavaScript, validJpeg, validPng } from '../../testing/claim-documents';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { findLeaks } from '../../testing/leak-scan';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import type { UploadRequest } from '../admin/upload';
import { importRecordsCsv } from '../records/import';
import { parseClaimForm } from '../validation/claims';
import { openClaimDocumentAsStaff, receiveClaimDocument } from './document-store';
import { maxDocumentBytes, maxDocumentsPerClaim } from './documents';
import { fileClaim } from './filing';

const exec = promisify(execFile);
const boundary = '----dc-test-boundary-7MA4YWxkTrZu0gW';

/** A browser's multipart body around one file, with whatever name and declared type the sender picked. */
function multipart(bytes: Buffer, filename = 'scan.pdf', type = 'application/pdf'): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

function request(body: Buffer, options: { cutAt?: number; announce?: boolean } = {}): UploadRequest {
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (options.cutAt === undefined) {
        controller.enqueue(new Uint8Array(body));
        return controller.close();
      }
      if (!sent) {
        sent = true;
        return controller.enqueue(new Uint8Array(body.subarray(0, options.cutAt)));
      }
      controller.error(new Error('socket hang up')); // the connection dropped
    },
  });
  return {
    body: stream,
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: options.announce === false ? null : body.length,
  };
}

describe('claim documents stored (PostgreSQL)', () => {
  let t: TestDb;
  const keys = testKeys();
  const deps = () => ({ db: t.db, sealer: keys.sealer, auditKey: keys.hasher.auditKey });
  const claims: number[] = [];

  beforeAll(async () => {
    t = await createPostgresTestDb();
    const tins = ['900-71-0001', '900-71-0002', '900-71-0003', '900-71-0004'];
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'docs.csv',
      actor: 't',
      input: Readable.from([toCsv(tins.map((tin) => goodRow({ tin })))]),
    });
    const form = parseClaimForm({
      language: 'es',
      street: '1 Synthetic Way',
      city: 'Fresno',
      state: 'CA',
      zip: '93701',
      signed_name: 'Ana Synthetic',
      declaration: 'yes',
    });
    if (!form.ok) throw new Error('form');
    for (const tin of tins) {
      const record = (await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!;
      const filed = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer }, record.id, form.value);
      claims.push(filed.claimId);
    }
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const auditOf = (action: string) =>
    rowsOf<{ actor: string; outcome: string; record_id: number | null; detail: Record<string, unknown> }>(
      t.db,
      sql`select actor, outcome, record_id, detail from audit_log where action = ${action} order by id`,
    );

  it('stores a PDF and a PNG sealed, lists them by type, size and date only, and opens them for staff under audit', async () => {
    const marker = 'Zanzibarquill moving receipt 4471';
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      `<< /Length ${marker.length + 20} >>\nstream\nBT (${marker}) Tj ET\nendstream`,
    ]);
    const png = validPng();
    const claimId = claims[0]!;
    const a = await receiveClaimDocument(deps(), claimId, request(multipart(pdf, 'Zanzibarquill-receipt.pdf')));
    const b = await receiveClaimDocument(deps(), claimId, request(multipart(png, 'photo.png', 'image/png'), { announce: false }));
    expect(a).toMatchObject({ ok: true, data: { mediaType: 'application/pdf' } });
    expect(b).toMatchObject({ ok: true, data: { mediaType: 'image/png' } });
    const listed = await listClaimDocuments(t.db, claimId);
    expect(listed.map((d) => [d.mediaType, d.byteSize])).toEqual([
      ['application/pdf', pdf.length],
      ['image/png', png.length],
    ]);
    expect(Object.keys(listed[0]!).sort()).toEqual(['byteSize', 'id', 'mediaType', 'uploadedAt']);

    const dump = (await exec('pg_dump', ['--data-only', '--inserts', '--table=claim_documents', t.url!], { maxBuffer: 64 * 1024 * 1024 }))
      .stdout;
    expect(dump).toMatch(/INSERT INTO public\.claim_documents/);
    // Neither the document's text, its file name, nor the PNG's own bytes (as text, hex or base64) are at rest.
    expect(
      findLeaks([{ where: 'claim_documents dump', text: dump }], {
        values: [marker, 'Zanzibarquill', 'Zanzibarquill-receipt.pdf', 'photo.png', png.subarray(16, 40).toString('latin1')],
      }),
    ).toEqual([]);
    expect(dump.toLowerCase()).not.toContain(png.subarray(8, 40).toString('hex'));
    expect(dump).not.toContain(pdf.subarray(0, 60).toString('base64'));

    const opened = (await openClaimDocumentAsStaff(
      deps(),
      'reviewer-7',
      claimId,
      (a as { data: { documentId: number } }).data.documentId,
    ))!;
    expect(opened.bytes.equals(pdf)).toBe(true);
    expect(opened.sha256.equals(createHash('sha256').update(pdf).digest())).toBe(true);
    // Another claim's id with this document: nothing, and the refusal is audited too.
    expect(
      await openClaimDocumentAsStaff(deps(), 'reviewer-7', claims[1]!, (a as { data: { documentId: number } }).data.documentId),
    ).toBeUndefined();
    const reads = await auditOf('claim.document_read');
    expect(reads.map((r) => [r.actor, r.outcome])).toEqual([
      ['reviewer-7', 'ok'],
      ['reviewer-7', 'refused'],
    ]);
    const uploads = (await auditOf('claim.document_upload')).filter((r) => r.detail.claim === claimId);
    expect(uploads.map((r) => [r.actor, r.outcome, r.detail.type])).toEqual([
      ['claimant', 'ok', 'application/pdf'],
      ['claimant', 'ok', 'image/png'],
    ]);
    expect(JSON.stringify(uploads)).not.toContain('Zanzibarquill');
  });

  it('types a JPEG sent as "invoice.pdf" (application/pdf) by its content, and refuses what is not a document', async () => {
    const claimId = claims[1]!;
    expect(await receiveClaimDocument(deps(), claimId, request(multipart(validJpeg(), 'invoice.pdf', 'application/pdf')))).toMatchObject({
      ok: true,
      data: { mediaType: 'image/jpeg' },
    });
    const refusals = [];
    for (const body of [
      multipart(pdfWithJavaScript()),
      multipart(validPng({ badCrc: true }), 'x.png', 'image/png'),
      multipart(Buffer.alloc(0), '', 'application/octet-stream'),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--${boundary}--\r\n`),
    ])
      refusals.push(await receiveClaimDocument(deps(), claimId, request(body)));
    expect(refusals).toEqual([
      { ok: false, refusal: 'pdf_active' },
      { ok: false, refusal: 'wrong_type' },
      { ok: false, refusal: 'no_file' },
      { ok: false, refusal: 'no_file' },
    ]);
    expect(await receiveClaimDocument(deps(), claimId, { body: null, contentType: 'text/plain', contentLength: 0 })).toEqual({
      ok: false,
      refusal: 'not_form',
    });
    expect(await countClaimDocuments(t.db, claimId)).toBe(1);
  });

  it('refuses 10 MB + 1 byte while it streams (announced or not) and stores nothing', async () => {
    const claimId = claims[2]!;
    const tooBig = Buffer.alloc(maxDocumentBytes + 1, 0x20);
    validJpeg().copy(tooBig);
    for (const announce of [true, false])
      expect(await receiveClaimDocument(deps(), claimId, request(multipart(tooBig, 'big.jpg', 'image/jpeg'), { announce }))).toEqual({
        ok: false,
        refusal: 'too_big',
      });
    // Exactly 10 MB is taken (a valid PDF padded with spaces before its end).
    const pdf = buildPdf(['<< /Type /Catalog >>']);
    const exact = Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(maxDocumentBytes - pdf.length, 0x20), pdf.subarray(9)]);
    expect(exact.length).toBe(maxDocumentBytes);
    expect(await receiveClaimDocument(deps(), claimId, request(multipart(exact)))).toMatchObject({ ok: true });
    expect(await countClaimDocuments(t.db, claimId)).toBe(1);
  });

  it('leaves no row when the upload is cut off mid-stream, even when the bytes so far were a whole valid file', async () => {
    const claimId = claims[2]!;
    const body = multipart(validPng(), 'photo.png', 'image/png');
    // Cut right after the file's bytes, before the closing boundary: the file looks complete, the request is not.
    const cut = body.length - `\r\n--${boundary}--\r\n`.length;
    expect(await receiveClaimDocument(deps(), claimId, request(body, { cutAt: cut }))).toEqual({ ok: false, refusal: 'interrupted' });
    expect(await receiveClaimDocument(deps(), claimId, request(body, { cutAt: 200 }))).toEqual({ ok: false, refusal: 'interrupted' });
    expect(await countClaimDocuments(t.db, claimId)).toBe(1);
    const refused = (await auditOf('claim.document_upload')).filter(
      (r) => r.detail.claim === claimId && r.detail.refusal === 'interrupted',
    );
    expect(refused).toHaveLength(2);
  });

  it(`keeps at most ${maxDocumentsPerClaim} documents a claim when the last two arrive at once`, async () => {
    const claimId = claims[3]!;
    for (let i = 0; i < maxDocumentsPerClaim - 1; i++)
      expect(await receiveClaimDocument(deps(), claimId, request(multipart(validPng())))).toMatchObject({ ok: true });
    // Each insert pauses after its statement counted, so without the claim's lock both would count 9 and insert.
    await t.db.execute(sql`create function claim_documents_race_pause() returns trigger language plpgsql as $$
      begin perform pg_sleep(0.2); return new; end $$`);
    await t.db.execute(
      sql`create trigger claim_documents_race_pause before insert on claim_documents for each row execute function claim_documents_race_pause()`,
    );
    try {
      const both = await Promise.all(
        [0, 1].map(() => receiveClaimDocument(deps(), claimId, request(multipart(validJpeg(), 'a.jpg', 'image/jpeg')))),
      );
      expect(both.map((r) => (r.ok ? 'stored' : r.refusal)).sort()).toEqual(['stored', 'too_many']);
    } finally {
      await t.db.execute(sql`drop trigger claim_documents_race_pause on claim_documents`);
    }
    expect(await countClaimDocuments(t.db, claimId)).toBe(maxDocumentsPerClaim);
    expect(await receiveClaimDocument(deps(), claimId, request(multipart(validPng())))).toEqual({ ok: false, refusal: 'too_many' });
  });
});
