// Documents built byte by byte for the claim documents' tests (the checker's, the store's and the browser
// test's): small valid files of each kind, and the PDFs a checker must refuse. Nothing here is read from disk.
import { crc32, deflateSync } from 'node:zlib';

/**
 * A PDF of the given objects (their bodies, numbered from 1), with a cross-reference table whose offsets are
 * right and a trailer naming object 1 as the catalog. `trailer` adds entries to the trailer dictionary.
 */
export function buildPdf(objects: (string | Buffer)[], options: { trailer?: string; xref?: boolean } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xrefAt = length;
  const table =
    options.xref === false
      ? ''
      : `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailer ?? ''}>>\n`;
  parts.push(Buffer.from(`${table}startxref\n${options.xref === false ? 0 : xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const page = (contentRef: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentRef} 0 R >>`;
const streamObject = (dictionary: string, body: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
const content = streamObject('', Buffer.from('BT /F1 12 Tf 72 720 Td (Receipt for moving costs) Tj ET', 'latin1'));

/** One page of text, a title that mentions /JavaScript inside a string (text, not a key), opened at page 1. */
export function validPdf(): Buffer {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page(4),
      content,
      '<< /Title (Notes on \\(/JavaScript\\) and /JS) /Producer (Synthetic) >>',
    ],
    { trailer: '/Info 5 0 R' },
  );
}

/** Plain-text JavaScript run when the document opens. */
export function pdfWithJavaScript(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(4),
    content,
    '<< /S /JavaScript /JS (app.alert\\("hello"\\)) >>',
  ]);
}

/** The same JavaScript written with #xx escapes in its names, as /#4A#61vaScript and /#4A#53. */
export function pdfWithEscapedJavaScript(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /Names 5 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(4),
    content,
    '<< /#4A#61vaScript << /Names [(x) 6 0 R] >> >>',
    '<< /#53 /#4a#61v#61Script /#4A#53 (app.alert\\(1\\)) >>',
  ]);
}

/**
 * An object stream (FlateDecode) that holds the catalog and a JavaScript action: in the file's own bytes the
 * only names are the stream's and the cross-reference stream's, none of them active.
 */
export function pdfWithJavaScriptInObjectStream(): Buffer {
  const inner = [
    '<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript << /Names [(a) 7 0 R] >> >> >>',
    '<< /S /JavaScript /JS (app.launchURL\\("x"\\)) >>',
  ];
  return objectStreamPdf(inner, '/Filter /FlateDecode', (text) => deflateSync(Buffer.from(text, 'latin1')));
}

/** An object stream whose data inflates to far more than a checker may hold (a zip bomb). */
export function pdfWithZipBomb(inflatedBytes: number): Buffer {
  const zeros = Buffer.alloc(inflatedBytes);
  return objectStreamPdf(['<< /Type /Catalog >>'], '/Filter /FlateDecode', () => deflateSync(zeros, { level: 9 }));
}

/** An object stream in a filter the checker does not read (hex), which could hide anything. */
export function pdfWithHexObjectStream(): Buffer {
  return objectStreamPdf(['<< /Type /Catalog /Pages 2 0 R >>'], '/Filter /ASCIIHexDecode', (text) =>
    Buffer.from(`${Buffer.from(text).toString('hex')}>`, 'latin1'),
  );
}

function objectStreamPdf(inner: string[], filter: string, encode: (text: string) => Buffer): Buffer {
  let offsets = '';
  let body = '';
  inner.forEach((o, i) => {
    offsets += `${i + 6} ${body.length} `;
    body += `${o}\n`;
  });
  const data = encode(offsets + body);
  return buildPdf(
    [
      '<< /Type /Pages /Kids [] /Count 0 >>', // placeholders keep the numbering simple
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page(4),
      content,
      streamObject(`/Type /ObjStm /N ${inner.length} /First ${offsets.length} ${filter}`, data),
      streamObject('/Type /XRef /Size 8 /W [1 2 1] /Root 6 0 R', Buffer.alloc(24)),
    ],
    { xref: true },
  );
}

/** A file attached to the document through the /EmbeddedFiles name tree. */
export function pdfWithEmbeddedFile(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(invoice.exe) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(4),
    content,
    '<< /Type /Filespec /F (invoice.exe) /EF << /F 6 0 R >> >>',
    streamObject('/Type /EmbeddedFile', Buffer.from('MZ synthetic', 'latin1')),
  ]);
}

/** A JPEG's structure: SOI, JFIF APP0, a quantization table, a baseline frame, a scan, entropy bytes, EOI. */
export function validJpeg(): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0xd2, 0xcf, 0x20, 0xff, 0x00, 0x3f]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A real 2×2 PNG (RGB), decodable by any viewer; `badCrc` flips one bit of the IDAT chunk's CRC. */
export function validPng(options: { badCrc?: boolean } = {}): Buffer {
  const chunk = (type: string, data: Buffer, corrupt = false) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE((crc32(typeAndData) ^ (corrupt ? 1 : 0)) >>> 0);
    return Buffer.concat([length, typeAndData, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows), options.badCrc),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
