// What a claim document is, read from its bytes alone (issue 17, item 4): never from its name or the type
// the browser declared, both of which the sender chooses. A PDF, a JPEG or a PNG, at most 10 MB, and a PDF
// that can run nothing and carries no other file. Anything else is refused with a code the upload page
// turns into a sentence in the person's language.
import { crc32, inflateSync, constants as zlibConstants } from 'node:zlib';

export const maxDocumentBytes = 10 * 1024 * 1024;
/** Documents one claim may hold; the inserting statement counts them (db/queries/claim-documents.ts). */
export const maxDocumentsPerClaim = 10;

export type DocumentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

export type DocumentRefusal =
  /** Nothing arrived, or an empty file. */
  | 'empty'
  | 'too_big'
  /** Not a PDF, JPEG or PNG by its content (a broken one included). */
  | 'wrong_type'
  /** A PDF that can run JavaScript, launch programs, open actions, or carries attached files or forms. */
  | 'pdf_active'
  /** A PDF we cannot look inside: encrypted, or its objects compressed in a way we do not read, or too much to inflate. */
  | 'pdf_unreadable';

export type DocumentCheck = { ok: true; mediaType: DocumentMediaType } | { ok: false; refusal: DocumentRefusal };

export function checkDocument(bytes: Uint8Array): DocumentCheck {
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  if (bytes.length > maxDocumentBytes) return { ok: false, refusal: 'too_big' };
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (startsWith(b, PDF_HEADER)) {
    const refusal = checkPdf(b);
    return refusal ? { ok: false, refusal } : { ok: true, mediaType: 'application/pdf' };
  }
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
    return isJpeg(b) ? { ok: true, mediaType: 'image/jpeg' } : { ok: false, refusal: 'wrong_type' };
  if (startsWith(b, PNG_SIGNATURE)) return isPng(b) ? { ok: true, mediaType: 'image/png' } : { ok: false, refusal: 'wrong_type' };
  return { ok: false, refusal: 'wrong_type' };
}

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function startsWith(b: Buffer, prefix: Buffer): boolean {
  return b.length >= prefix.length && b.subarray(0, prefix.length).equals(prefix);
}

// ---------------------------------------------------------------------------------------------- JPEG

/**
 * SOI, then well-formed marker segments up to the start of scan with a frame header (SOFn) before it, and
 * EOI as the last two bytes (a phone's multi-picture file ends with its last picture's EOI too).
 */
function isJpeg(b: Buffer): boolean {
  if (b.length < 4 || b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return false;
  let i = 2;
  let sawFrame = false;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    let marker = b[i + 1]!;
    while (marker === 0xff && i + 2 < b.length) marker = b[++i + 1]!; // fill bytes
    if (marker === 0xd9) return false; // EOI before any scan
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // standalone markers
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    if (length < 2 || i + 2 + length > b.length) return false;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) sawFrame = true;
    if (marker === 0xda) return sawFrame && i + 2 + length < b.length - 2;
    i += 2 + length;
  }
  return false;
}

// ----------------------------------------------------------------------------------------------- PNG

/** The signature, IHDR first (13 bytes), at least one IDAT, IEND last with nothing after it, every CRC right. */
function isPng(b: Buffer): boolean {
  let i = PNG_SIGNATURE.length;
  let first = true;
  let sawData = false;
  while (i + 12 <= b.length) {
    const length = b.readUInt32BE(i);
    if (length > 0x7fffffff || i + 12 + length > b.length) return false;
    const typeAndData = b.subarray(i + 4, i + 8 + length);
    const type = typeAndData.subarray(0, 4).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    if (crc32(typeAndData) !== b.readUInt32BE(i + 8 + length)) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    first = false;
    if (type === 'IDAT') sawData = true;
    i += 12 + length;
    if (type === 'IEND') return length === 0 && sawData && i === b.length;
  }
  return false;
}

// ----------------------------------------------------------------------------------------------- PDF

/**
 * Names that make a PDF more than a document: scripts (JavaScript, JS), programs (Launch), attached files
 * (EmbeddedFile, EmbeddedFiles, EF: a file specification's embedded stream), rich media (RichMedia), XML
 * forms (XFA), and event-triggered actions (AA). OpenAction is allowed only as a destination (an array, written
 * in place or in the object it refers to: "open
 * at page 1"); as a dictionary or reference it is an action, refused too.
 */
const activeNames = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'EF', 'RichMedia', 'XFA', 'AA']);
/** Action types that reach outside the document, whatever key holds them. */
const activeActionTypes = new Set(['JavaScript', 'Launch', 'SubmitForm', 'ImportData', 'GoToE', 'GoToR', 'RichMediaExecute', 'Rendition']);

/** Inflated bytes of all object streams together: a stream that inflates past this is refused, not read further. */
export const maxInflatedBytes = 32 * 1024 * 1024;
const maxObjectStreams = 10_000;

class Unreadable extends Error {}
class Active extends Error {}

function checkPdf(b: Buffer): DocumentRefusal | null {
  const tail = b.subarray(Math.max(0, b.length - 1024)).toString('latin1');
  if (!tail.includes('%%EOF')) return 'wrong_type';
  const scan: Scan = { budget: maxInflatedBytes, objectStreams: 0, objects: 0, encrypted: false, kinds: new Map(), openActionRefs: [] };
  try {
    lex(b, scan, true);
  } catch (err) {
    if (err instanceof Active) return 'pdf_active';
    if (err instanceof Unreadable) return 'pdf_unreadable';
    throw err;
  }
  if (scan.encrypted) return 'pdf_unreadable';
  // An OpenAction given by reference must lead to a destination or a GoTo action; one we cannot find counts as an action.
  if (
    scan.openActionRefs.some((ref) => {
      const kind = scan.kinds.get(ref);
      return kind !== 'array' && kind !== 'goto';
    })
  )
    return 'pdf_active';
  if (!hasCrossReference(b, tail) && scan.objects === 0) return 'wrong_type';
  return null;
}

/** The last startxref points at an `xref` table or at an object (a cross-reference stream). */
function hasCrossReference(b: Buffer, tail: string): boolean {
  const m = /startxref\s+(\d{1,10})\s+%%EOF/g;
  let last: RegExpExecArray | null = null;
  for (let found = m.exec(tail); found; found = m.exec(tail)) last = found;
  if (!last) return false;
  const offset = Number(last[1]);
  if (offset >= b.length) return false;
  const at = b.subarray(offset, offset + 64).toString('latin1');
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(at);
}

const isWhite = (c: number) => c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
const isDelim = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
const hexValue = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

type Token = { kind: 'name' | 'word' | 'open' | 'close' | 'array'; text: string };
type Scan = {
  budget: number;
  objectStreams: number;
  objects: number;
  encrypted: boolean;
  /** Each object's number → a destination (an array), a GoTo action (a dictionary with /S /GoTo), or other. */
  kinds: Map<number, 'array' | 'goto' | 'other'>;
  /** Objects an OpenAction refers to (`/OpenAction 12 0 R`). */
  openActionRefs: number[];
};

const ENDSTREAM = Buffer.from('endstream', 'latin1');

/**
 * A small PDF lexer: comments, literal and hex strings are skipped (a name inside a string is text, not a
 * key); names are decoded from #xx escapes (/#4A#61vaScript is /JavaScript); stream bodies are skipped up to
 * the first `endstream` (never further than a reader would), except object streams, which are inflated and
 * lexed in turn since the dictionaries inside them are as live as any other.
 */
function lex(b: Buffer, scan: Scan, topLevel: boolean): void {
  // The tokens of the current indirect object, for reading a stream's own dictionary when `stream` comes.
  let objectTokens: Token[] = [];
  let previous: Token | null = null;
  let beforePrevious: Token | null = null;
  // Dictionary nesting, for reading an action's /S: of the current object (set at `N G obj`), and of an
  // OpenAction written in place.
  let depth = 0;
  let object: { number: number; actionType: string | null } | null = null;
  let expectObjectStart = false;
  let direct: { depth: number; actionType: string | null } | null = null;
  const push = (t: Token) => {
    if (previous?.kind === 'name') {
      if (previous.text === 'OpenAction') {
        if (t.kind === 'word' && /^\d{1,10}$/.test(t.text)) scan.openActionRefs.push(Number(t.text));
        else if (t.kind === 'open') direct = { depth: depth + 1, actionType: null };
        else if (t.kind !== 'array') throw new Active();
      }
      if (previous.text === 'S' && t.kind === 'name') {
        if (activeActionTypes.has(t.text)) throw new Active();
        if (direct && depth === direct.depth) direct.actionType ??= t.text;
        if (object && depth === 1) object.actionType ??= t.text;
      }
    }
    if (t.kind === 'name' && activeNames.has(t.text)) throw new Active();
    if (t.kind === 'name' && t.text === 'Encrypt') scan.encrypted = true;
    if (objectTokens.length < 4096) objectTokens.push(t);
    if (expectObjectStart && object) {
      expectObjectStart = false;
      if (t.kind === 'array') scan.kinds.set(object.number, 'array');
      else if (t.kind !== 'open') scan.kinds.set(object.number, 'other');
    }
    if (t.kind === 'open') depth++;
    if (t.kind === 'close') {
      // An OpenAction written in place must be a GoTo action (open at a page); anything else is refused.
      if (direct && depth === direct.depth) {
        if (direct.actionType !== 'GoTo') throw new Active();
        direct = null;
      }
      if (object && depth === 1) scan.kinds.set(object.number, object.actionType === 'GoTo' ? 'goto' : 'other');
      depth = Math.max(0, depth - 1);
    }
    if (t.kind === 'word' && (t.text === 'endobj' || t.text === 'trailer' || t.text === 'xref')) object = null;
    if (t.kind === 'word' && t.text === 'obj') {
      depth = 0;
      object = beforePrevious && /^\d{1,10}$/.test(beforePrevious.text) ? { number: Number(beforePrevious.text), actionType: null } : null;
      expectObjectStart = true;
    }
    beforePrevious = previous;
    previous = t;
  };
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (isWhite(c)) {
      i++;
    } else if (c === 0x25) {
      while (i < n && b[i] !== 10 && b[i] !== 13) i++;
    } else if (c === 0x28) {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = b[i]!;
        if (d === 0x5c) i += 2;
        else {
          if (d === 0x28) depth++;
          else if (d === 0x29) depth--;
          i++;
        }
      }
      push({ kind: 'word', text: '(string)' });
    } else if (c === 0x3c && b[i + 1] === 0x3c) {
      i += 2;
      push({ kind: 'open', text: '<<' });
    } else if (c === 0x3e && b[i + 1] === 0x3e) {
      i += 2;
      push({ kind: 'close', text: '>>' });
    } else if (c === 0x3c) {
      while (i < n && b[i] !== 0x3e) i++;
      i++;
      push({ kind: 'word', text: '<hex>' });
    } else if (c === 0x5b) {
      i++;
      push({ kind: 'array', text: '[' });
    } else if (c === 0x2f) {
      i++;
      const bytes: number[] = [];
      while (i < n && !isWhite(b[i]!) && !isDelim(b[i]!)) {
        const h1 = b[i] === 0x23 && i + 2 < n ? hexValue(b[i + 1]!) : -1;
        const h2 = h1 >= 0 ? hexValue(b[i + 2]!) : -1;
        if (h1 >= 0 && h2 >= 0) {
          bytes.push(h1 * 16 + h2);
          i += 3;
        } else bytes.push(b[i++]!);
      }
      push({ kind: 'name', text: Buffer.from(bytes).toString('latin1') });
    } else if (isDelim(c)) {
      i++;
      push({ kind: 'word', text: String.fromCharCode(c) });
    } else {
      const start = i;
      while (i < n && !isWhite(b[i]!) && !isDelim(b[i]!)) i++;
      const word = b.toString('latin1', start, i);
      if (word === 'obj') {
        objectTokens = [];
        scan.objects++;
      }
      push({ kind: 'word', text: word });
      if (word === 'stream' && topLevel) {
        if (b[i] === 13) i++;
        if (b[i] === 10) i++;
        const end = b.indexOf(ENDSTREAM, i);
        const bodyEnd = end < 0 ? n : end;
        inspectStream(objectTokens, b.subarray(i, bodyEnd), scan);
        i = end < 0 ? n : end + ENDSTREAM.length;
        push({ kind: 'word', text: 'endstream' });
      }
    }
  }
  if (direct) throw new Active(); // an OpenAction dictionary the file never closed
}

/** An object stream (its dictionary says /Type /ObjStm, or has its /N and /First) is inflated and lexed. */
function inspectStream(dictionary: Token[], body: Buffer, scan: Scan): void {
  const after = (name: string) => {
    const at = dictionary.findIndex((t) => t.kind === 'name' && t.text === name);
    return at < 0 ? undefined : dictionary.slice(at + 1, at + 4);
  };
  const type = after('Type')?.[0];
  const isObjectStream = (type?.kind === 'name' && type.text === 'ObjStm') || (after('N') !== undefined && after('First') !== undefined);
  if (!isObjectStream) return;
  if (++scan.objectStreams > maxObjectStreams) throw new Unreadable();
  const filter = after('Filter');
  const filterName = filter?.[0]?.kind === 'array' ? filter[1] : filter?.[0];
  const predictor = after('Predictor')?.[0];
  if (predictor && predictor.text !== '1') throw new Unreadable();
  let inflated: Buffer;
  if (filter === undefined) inflated = body;
  else if (filterName?.kind === 'name' && filterName.text === 'FlateDecode' && !(filter[0]?.kind === 'array' && filter[2]?.kind === 'name'))
    inflated = inflateBounded(body, scan);
  else throw new Unreadable(); // another filter, or a chain of them: not something we read
  lex(withObjectMarkers(inflated, after('First')?.[0]?.text), scan, false);
}

/** zlib with a ceiling on what it may produce: a zip bomb stops at the budget, with its memory never allocated past it. */
function inflateBounded(body: Buffer, scan: Scan): Buffer {
  if (scan.budget <= 0) throw new Unreadable();
  try {
    const out = inflateSync(body, { maxOutputLength: scan.budget, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    scan.budget -= out.length;
    return out;
  } catch {
    throw new Unreadable(); // past the budget (RangeError) or not zlib data at all
  }
}

/**
 * An object stream starts with pairs "number offset"; each object begins at /First + its offset. Each is
 * lexed as if written `number 0 obj … endobj`, so that what an OpenAction refers to is known there too.
 * Anything between or around the objects is lexed as well (nothing a reader skips is skipped here).
 */
function withObjectMarkers(inflated: Buffer, firstText: string | undefined): Buffer {
  const first = Number(firstText);
  if (!Number.isSafeInteger(first) || first < 0 || first > inflated.length) return inflated;
  const numbers = inflated.toString('latin1', 0, first).trim().split(/\s+/).map(Number);
  const starts: { number: number; at: number }[] = [];
  for (let k = 0; k + 1 < numbers.length; k += 2) {
    const at = first + numbers[k + 1]!;
    if (Number.isSafeInteger(numbers[k]) && Number.isSafeInteger(at) && at >= first && at <= inflated.length)
      starts.push({ number: numbers[k]!, at });
  }
  starts.sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [inflated.subarray(0, first)];
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.at ?? inflated.length;
    parts.push(Buffer.from(`\n${s.number} 0 obj\n`, 'latin1'), inflated.subarray(s.at, end), Buffer.from('\nendobj\n', 'latin1'));
  });
  if (starts.length === 0) parts.push(inflated.subarray(first));
  return Buffer.concat(parts);
}
