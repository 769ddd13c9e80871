// Looks for personal data where a leak test must look: in text as written, inside every bytea value of a
// pg_dump (decoded from its hex: a sealed column holding plaintext JSON is plaintext at rest, however the
// dump spells it), and in the hex and base64 spellings of each value, in case something encoded it before
// storing it as text.
//
// Short values (a ZIP, a TIN's last four) are looked for as whole numbers: a 4-digit run turns up by
// chance inside long hex or base64 text. Their encodings are not looked for (8 hex digits of a random
// 60 kB dump match by chance about once in 10^4 dumps; a 4-character base64 run far more often).

// A bytea value in a `pg_dump --inserts`: '\x0a1b…', or "\\x0a1b…" inside an array literal.
const byteaPattern = /\\+x([0-9a-f]{2,})/g;

/** The bytea values of a dump, decoded. */
export function byteaValuesOf(dump: string): Buffer[] {
  return [...dump.matchAll(byteaPattern)].map((m) => Buffer.from(m[1]!, 'hex'));
}

/** The dump with its bytea values blanked, so their hex digits do not stand next to other text. */
export function withoutBytea(dump: string): string {
  return dump.replace(byteaPattern, ' ');
}

/** Base64 (and base64url) runs that any base64 text containing `value` must contain, at each alignment. */
export function base64Spellings(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out = new Set<string>();
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    // Characters that mix the filler's bits (at the start) or the unknown next byte's (at the end) go.
    const skip = [0, 2, 3][offset]!;
    const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
    const core = encoded.slice(skip, end);
    if (core.length >= 4) {
      out.add(core);
      out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out];
}

export type LeakSource = { where: string; text: string };

export type LeakQuery = {
  /** Looked for as text (case-insensitive), and spelled in hex and base64. */
  values: string[];
  /** Looked for as whole numbers only (no digit or letter on either side). */
  numbers?: string[];
};

/**
 * Every place a value was found, as "<where> contains <value> (<spelling>)". `sources` are searched as
 * given; a source named like a dump also has its bytea values decoded and searched as UTF-8.
 */
export function findLeaks(sources: LeakSource[], query: LeakQuery): string[] {
  const found: string[] = [];
  const expanded: LeakSource[] = [];
  for (const s of sources) {
    const blobs = byteaValuesOf(s.text);
    expanded.push({ where: s.where, text: blobs.length ? withoutBytea(s.text) : s.text });
    if (blobs.length) expanded.push({ where: `${s.where} (bytea values, decoded)`, text: blobs.map((b) => b.toString('utf8')).join('\n') });
  }
  for (const { where, text } of expanded) {
    const lower = text.toLowerCase();
    for (const v of query.values) {
      if (lower.includes(v.toLowerCase())) found.push(`${where} contains ${v}`);
      const hex = Buffer.from(v, 'utf8').toString('hex');
      if (lower.includes(hex)) found.push(`${where} contains ${v} (hex)`);
      if (v.length >= 6) for (const b64 of base64Spellings(v)) if (text.includes(b64)) found.push(`${where} contains ${v} (base64 ${b64})`);
    }
    for (const n of query.numbers ?? []) {
      if (new RegExp(`(?<![0-9a-z])${n}(?![0-9a-z])`, 'i').test(text)) found.push(`${where} contains ${n}`);
    }
  }
  return found;
}
