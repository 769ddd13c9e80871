import { describe, expect, it } from 'vitest';
import {
  buildPdf,
  pdfWithEmbeddedFile,
  pdfWithEscapedJavaScript,
  pdfWithHexObjectStream,
  pdfWithJavaScript,
  pdfWithJavaScriptInObjectStream,
  pdfWithZipBomb,
  validJpeg,
  validPdf,
  validPng,
} from '../../testing/claim-documents';
import { checkDocument, maxDocumentBytes, maxInflatedBytes } from './documents';

describe('a claim document is what its content says', () => {
  it('accepts a small valid PDF, JPEG and PNG, each as its type', () => {
    expect(checkDocument(validPdf())).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkDocument(validJpeg())).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(checkDocument(validPng())).toEqual({ ok: true, mediaType: 'image/png' });
  });

  it('takes a JPEG called something.pdf as a JPEG: the name and declared type are never read', () => {
    // The checker has no name or declared type to read; a browser's "invoice.pdf" that is a JPEG is a JPEG.
    const renamed = validJpeg();
    expect(checkDocument(renamed)).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('refuses PDFs that run JavaScript, written plainly, with #xx escapes, or inside a compressed object stream', () => {
    expect(checkDocument(pdfWithJavaScript())).toEqual({ ok: false, refusal: 'pdf_active' });
    expect(checkDocument(pdfWithEscapedJavaScript())).toEqual({ ok: false, refusal: 'pdf_active' });
    const compressed = pdfWithJavaScriptInObjectStream();
    expect(compressed.includes('JavaScript')).toBe(false); // nothing to find without inflating
    expect(checkDocument(compressed)).toEqual({ ok: false, refusal: 'pdf_active' });
  });

  it('refuses a PDF with an attached file (/EmbeddedFiles name tree)', () => {
    expect(checkDocument(pdfWithEmbeddedFile())).toEqual({ ok: false, refusal: 'pdf_active' });
  });

  it('refuses other active content: Launch, RichMedia, XFA, additional actions, OpenAction as an action', () => {
    const catalog = (extra: string) => buildPdf([`<< /Type /Catalog /Pages 2 0 R ${extra} >>`, '<< /Type /Pages /Kids [] /Count 0 >>']);
    for (const extra of [
      '/OpenAction << /S /Launch /F (cmd.exe) >>',
      '/OpenAction << /S /GoToR /F (other.pdf) /D [0 /Fit] >>',
      '/OpenAction 2 0 R',
      '/AcroForm << /XFA 3 0 R >>',
      '/AA << /WC 3 0 R >>',
      '/Extra << /Subtype /RichMedia >>',
      '/Extra << /S /SubmitForm /F (https://example.net) >>',
    ])
      expect(checkDocument(catalog(extra)), extra).toEqual({ ok: false, refusal: 'pdf_active' });
    // A destination is not an action, and a name in a string is text.
    expect(checkDocument(catalog('/OpenAction [3 0 R /XYZ null null 0] /Lang (en-US /JS)'))).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
  });

  const catalogWith = (extra: string) => buildPdf([`<< /Type /Catalog /Pages 2 0 R ${extra} >>`, '<< /Type /Pages /Kids [] /Count 0 >>']);

  it('follows an OpenAction reference: to a destination it is harmless, to a dictionary or nowhere it is an action', () => {
    const pdf = (target: string, ref = 3) =>
      buildPdf([`<< /Type /Catalog /Pages 2 0 R /OpenAction ${ref} 0 R >>`, '<< /Type /Pages /Kids [] /Count 0 >>', target]);
    expect(checkDocument(pdf('[2 0 R /Fit]'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkDocument(pdf('<< /S /URI /URI (https://example.net) >>'))).toEqual({ ok: false, refusal: 'pdf_active' });
    expect(checkDocument(pdf('[2 0 R /Fit]', 9))).toEqual({ ok: false, refusal: 'pdf_active' });
    // "Open at page 1" written as a GoTo action (as pdfTeX writes it), by reference or in place, is harmless.
    expect(checkDocument(pdf('<< /S /GoTo /D [2 0 R /Fit] >>'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkDocument(catalogWith('/OpenAction << /S /GoTo /D [2 0 R /Fit] >>'))).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkDocument(catalogWith('/OpenAction << /D [2 0 R /Fit] /S /URI /URI (https://example.net) >>'))).toEqual({
      ok: false,
      refusal: 'pdf_active',
    });
    expect(checkDocument(catalogWith('/OpenAction << /S /Named /N /Print >>'))).toEqual({ ok: false, refusal: 'pdf_active' });
  });

  it('refuses a zip bomb in an object stream without inflating it past the bound', () => {
    const bomb = pdfWithZipBomb(maxInflatedBytes * 2);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(checkDocument(bomb)).toEqual({ ok: false, refusal: 'pdf_unreadable' });
    expect(performance.now() - started).toBeLessThan(5_000);
    // Whatever it allocated is at most the bound (and freed after): never the whole 64 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(maxInflatedBytes + 8 * 1024 * 1024);
    // Just under the bound is read, and found harmless.
    expect(checkDocument(pdfWithZipBomb(1024 * 1024))).toEqual({ ok: true, mediaType: 'application/pdf' });
  });

  it('refuses PDFs it cannot look inside: an object stream in another filter, an encrypted file', () => {
    expect(checkDocument(pdfWithHexObjectStream())).toEqual({ ok: false, refusal: 'pdf_unreadable' });
    const encrypted = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>'], {
      trailer: '/Encrypt 2 0 R',
    });
    expect(checkDocument(encrypted)).toEqual({ ok: false, refusal: 'pdf_unreadable' });
  });

  it('refuses a PNG with a bad CRC, a PNG or JPEG cut short, a PDF without %%EOF or structure, and other files', () => {
    expect(checkDocument(validPng({ badCrc: true }))).toEqual({ ok: false, refusal: 'wrong_type' });
    expect(checkDocument(validPng().subarray(0, validPng().length - 12))).toEqual({ ok: false, refusal: 'wrong_type' });
    expect(checkDocument(Buffer.concat([validPng(), Buffer.from('trailing')]))).toEqual({ ok: false, refusal: 'wrong_type' });
    expect(checkDocument(validJpeg().subarray(0, validJpeg().length - 2))).toEqual({ ok: false, refusal: 'wrong_type' });
    const pdf = validPdf();
    expect(checkDocument(pdf.subarray(0, pdf.length - 7))).toEqual({ ok: false, refusal: 'wrong_type' });
    expect(checkDocument(Buffer.from('%PDF-1.4\nnothing here\n%%EOF\n', 'latin1'))).toEqual({ ok: false, refusal: 'wrong_type' });
    // No cross-reference table, but objects: still a PDF a reader can rebuild.
    expect(checkDocument(buildPdf(['<< /Type /Catalog >>'], { xref: false }))).toEqual({ ok: true, mediaType: 'application/pdf' });
    for (const other of ['GIF89a\x01\x00\x01\x00', 'PK\x03\x04zip', '<html><script>alert(1)</script>', 'MZ\x90\x00'])
      expect(checkDocument(Buffer.from(other, 'latin1')), other).toEqual({ ok: false, refusal: 'wrong_type' });
  });

  it('refuses anything over 10 MB (10 × 1024 × 1024 bytes), and an empty file', () => {
    expect(maxDocumentBytes).toBe(10 * 1024 * 1024);
    const atLimit = Buffer.alloc(maxDocumentBytes, 0x20);
    validPdf().copy(atLimit);
    const tooBig = Buffer.concat([atLimit, Buffer.from([0x20])]);
    expect(checkDocument(tooBig)).toEqual({ ok: false, refusal: 'too_big' });
    expect(checkDocument(Buffer.alloc(0))).toEqual({ ok: false, refusal: 'empty' });
  });
});
