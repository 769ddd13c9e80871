// Sealed records in PostgreSQL's binary COPY format, the way the import sends new records. Compared with the
// tab-separated text the upsert takes, nothing is hex- or base64-encoded here and nothing is parsed there:
// hashes and sealed bytes go over as they are, dates as day numbers. Made where the rows are sealed (often a
// worker thread), so one buffer crosses threads; read back into text only when a batch must take the
// upsert's way (a changed record, or a COPY that met a record written meanwhile).
/** The columns each tuple fills, in order. */
export const recordCopyColumns =
  'notice_code, tin_hash, tin_kind, identity_hashes, email_hash, pii, key_version, language, state, category, disclosed_elements, disclosed_on, disclosure_acts, ruled_unlawful, fingerprint, last_import_id';
const FIELD_COUNT = 16;

// Element type OIDs of the two array columns: fixed, built-in types (bytea, text).
const BYTEA_OID = 17;
const TEXT_OID = 25;
// PostgreSQL counts dates in days from 2000-01-01.
const DAY_MS = 86_400_000;
const PG_EPOCH_DAYS = Date.UTC(2000, 0, 1) / DAY_MS;

/** Tuples of one batch, without the COPY header and trailer (copyRecordTuples adds them). */
export type RecordTuples = { bytes: Uint8Array; count: number };

export type RecordTuple = {
  noticeCode: string;
  tinHash: Uint8Array;
  tinKind: 'ssn' | 'itin';
  identityHashes: readonly Uint8Array[];
  emailHash: Uint8Array | null;
  pii: Uint8Array;
  keyVersion: number;
  language: string;
  state: string;
  category: string;
  disclosedElements: readonly string[];
  /** YYYY-MM-DD */
  disclosedOn: string;
  disclosureActs: number | null;
  ruledUnlawful: boolean | null;
  fingerprint: Uint8Array;
  importId: number;
};

function daysOf(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS - PG_EPOCH_DAYS;
}

function isoDateOf(days: number): string {
  return new Date((days + PG_EPOCH_DAYS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Appends tuples to one growing buffer. Every text column here is ASCII (codes, enum labels, state codes,
 * language codes), so text is written byte for byte; anything else is refused rather than mis-encoded.
 */
export class RecordTupleWriter {
  private buf: Buffer;
  private pos = 0;
  count = 0;

  /** `initialBytes`: a good guess saves regrowing (a sealed record takes about 450 bytes). */
  constructor(initialBytes = 64 * 1024) {
    // Not from Node's shared pool: the buffer's whole ArrayBuffer may be transferred to another thread.
    this.buf = Buffer.allocUnsafeSlow(initialBytes);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  private int16(v: number): void {
    this.pos = this.buf.writeInt16BE(v, this.pos);
  }

  private int32(v: number): void {
    this.pos = this.buf.writeInt32BE(v, this.pos);
  }

  private asciiBody(s: string): void {
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw new Error('A text column of a sealed record holds a non-ASCII character.');
      buf[p++] = c;
    }
    this.pos = p;
  }

  private ascii(s: string): void {
    this.room(4 + s.length);
    this.int32(s.length);
    this.asciiBody(s);
  }

  private bytes(b: Uint8Array): void {
    this.room(4 + b.length);
    this.int32(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  // One-dimensional, no nulls, lower bound 1, then each element as its length and bytes. Strings are ASCII,
  // so their length in characters is their length in bytes.
  private array(elementOid: number, items: readonly (Uint8Array | string)[]): void {
    let size = 20;
    for (const item of items) size += 4 + item.length;
    this.room(4 + size);
    this.int32(size);
    this.int32(1);
    this.int32(0);
    this.int32(elementOid);
    this.int32(items.length);
    this.int32(1);
    for (const item of items) {
      this.int32(item.length);
      if (typeof item === 'string') this.asciiBody(item);
      else {
        this.buf.set(item, this.pos);
        this.pos += item.length;
      }
    }
  }

  add(t: RecordTuple): void {
    this.room(2);
    this.int16(FIELD_COUNT);
    this.ascii(t.noticeCode);
    this.bytes(t.tinHash);
    this.ascii(t.tinKind);
    this.array(BYTEA_OID, t.identityHashes);
    if (t.emailHash) this.bytes(t.emailHash);
    else {
      this.room(4);
      this.int32(-1);
    }
    this.bytes(t.pii);
    this.room(6);
    this.int32(2);
    this.int16(t.keyVersion);
    this.ascii(t.language);
    this.ascii(t.state);
    this.ascii(t.category);
    this.array(TEXT_OID, t.disclosedElements);
    this.room(8);
    this.int32(4);
    this.int32(daysOf(t.disclosedOn));
    // smallint and boolean, or the null marker (-1) when the file did not say.
    this.room(11);
    if (t.disclosureActs === null) this.int32(-1);
    else {
      this.int32(2);
      this.int16(t.disclosureActs);
    }
    if (t.ruledUnlawful === null) this.int32(-1);
    else {
      this.int32(1);
      this.buf[this.pos++] = t.ruledUnlawful ? 1 : 0;
    }
    this.bytes(t.fingerprint);
    this.room(12);
    this.int32(8);
    this.pos = this.buf.writeBigInt64BE(BigInt(t.importId), this.pos);
    this.count++;
  }

  /** The tuples written; the writer is done with them (a writer makes one batch). */
  take(): RecordTuples {
    const out = { bytes: new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.pos), count: this.count };
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    this.count = 0;
    return out;
  }
}

/** Reads tuples written by RecordTupleWriter back into records. */
export function readRecordTuples(tuples: RecordTuples): RecordTuple[] {
  const b = Buffer.from(tuples.bytes.buffer, tuples.bytes.byteOffset, tuples.bytes.byteLength);
  const out: RecordTuple[] = [];
  let p = 0;
  const field = (): Buffer | null => {
    const n = b.readInt32BE(p);
    p += 4;
    if (n < 0) return null;
    const v = b.subarray(p, p + n);
    p += n;
    return v;
  };
  const must = () => {
    const v = field();
    if (v === null) throw new Error('A sealed record tuple has an unexpected null.');
    return v;
  };
  const array = (): Buffer[] => {
    const v = must();
    const count = v.readInt32BE(12);
    const items: Buffer[] = [];
    let q = 20;
    for (let i = 0; i < count; i++) {
      const n = v.readInt32BE(q);
      items.push(v.subarray(q + 4, q + 4 + n));
      q += 4 + n;
    }
    return items;
  };
  while (p < b.length) {
    if (b.readInt16BE(p) !== FIELD_COUNT) throw new Error('A sealed record tuple has the wrong number of fields.');
    p += 2;
    out.push({
      noticeCode: must().toString('latin1'),
      tinHash: must(),
      tinKind: must().toString('latin1') as 'ssn' | 'itin',
      identityHashes: array(),
      emailHash: field(),
      pii: must(),
      keyVersion: must().readInt16BE(0),
      language: must().toString('latin1'),
      state: must().toString('latin1'),
      category: must().toString('latin1'),
      disclosedElements: array().map((e) => e.toString('latin1')),
      disclosedOn: isoDateOf(must().readInt32BE(0)),
      disclosureActs: field()?.readInt16BE(0) ?? null,
      ruledUnlawful: (() => {
        const v = field();
        return v === null ? null : v[0] === 1;
      })(),
      fingerprint: must(),
      importId: Number(must().readBigInt64BE(0)),
    });
  }
  if (out.length !== tuples.count) throw new Error('A batch of sealed record tuples does not hold the count it says.');
  return out;
}
