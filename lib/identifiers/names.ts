// Normalization of the things a person types to find their record. Each
// function is total (never throws) and idempotent, and returns either a
// canonical value or null, so the import and the self-check agree exactly.

// Letters that Unicode does not decompose into base letter + mark, so NFKD
// alone would keep them and "Đặng" would never match a record typed as "DANG".
const undecomposedLetters: Readonly<Record<string, string>> = {
  ß: 'SS',
  ẞ: 'SS',
  Đ: 'D',
  đ: 'D',
  Ð: 'D',
  ð: 'D',
  Ø: 'O',
  ø: 'O',
  Ł: 'L',
  ł: 'L',
  Æ: 'AE',
  æ: 'AE',
  Œ: 'OE',
  œ: 'OE',
  Þ: 'TH',
  þ: 'TH',
  Ħ: 'H',
  ħ: 'H',
  ı: 'I',
};
const undecomposedPattern = new RegExp(`[${Object.keys(undecomposedLetters).join('')}]`, 'gu');
const combiningMarks = /\p{M}/gu;
// Everything that is not a letter or a digit goes: hyphens, apostrophes
// (' ’ ʼ), periods, spaces, and also commas or slashes that creep into data.
const notLetterOrDigit = /[^\p{L}\p{N}]/gu;
const printableAscii = /^[\x20-\x7e]*$/;
const notAsciiLetterOrDigit = /[^A-Z0-9]/g;
const asciiKey = /^[A-Z0-9]*$/;

function foldOnce(s: string): string {
  return s
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(undecomposedPattern, (ch) => undecomposedLetters[ch] ?? ch)
    .toUpperCase()
    .replace(notLetterOrDigit, '');
}

/**
 * "José" → "JOSE", "Nguyễn" → "NGUYEN", "O'Brien-Smith" → "OBRIENSMITH".
 * Non-Latin scripts are kept (uppercased where they have case), not
 * transliterated: a record in Latin letters only matches Latin input.
 */
export function normalizeLastName(s: string): string {
  // Most names in the file are plain ASCII: skip Unicode normalization for them.
  if (printableAscii.test(s)) return s.toUpperCase().replace(notAsciiLetterOrDigit, '');
  let current = foldOnce(s);
  // Uppercasing can itself produce decomposable characters (ǰ → J̌) and NFKD
  // can produce lowercase ones (㎏ → kg), so fold until nothing changes.
  for (let i = 0; i < 3 && !asciiKey.test(current); i++) {
    const next = foldOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** First names use the same folding: the self-check compares keys, not spellings. */
export const normalizeFirstName = normalizeLastName;

// Particles and conjunctions inside compound surnames (Spanish, Portuguese,
// Filipino, Italian, Dutch/German, Arabic). Deliberately absent: "LE", "DO",
// "DU", "LO" and "DI" are also family names in their own right (Vietnamese Lê
// and Đỗ, Chinese Du and Lo), and dropping them would drop the family name.
export const surnameParticles: ReadonlySet<string> = new Set([
  'DE',
  'DEL',
  'DELA',
  'DELLA',
  'DELOS',
  'DELAS',
  'LA',
  'LAS',
  'LOS',
  'DA',
  'DAS',
  'DOS',
  'Y',
  'E',
  'VAN',
  'VON',
  'DER',
  'DEN',
  'AL',
  'EL',
  'BIN',
  'IBN',
]);

// Prefixes that are not a surname on their own but are not droppable either:
// "Saint-Louis" is one name, not "Louis"; "San Martín" is not "Martín".
// They are glued to the word after them before any key is built.
export const boundSurnamePrefixes: ReadonlySet<string> = new Set([
  'SAINT',
  'ST',
  'STE',
  'SAINTE',
  'SAN',
  'SANTA',
  'SANTO',
  'SAO',
  'MAC',
  'MC',
]);

const tokenSeparators = /[\s\-\u2010-\u2015\u2212]+/u;

function splitSurname(s: string): string[] {
  const raw = s
    .split(tokenSeparators)
    .map(normalizeLastName)
    .filter((t) => t !== '');
  const tokens: string[] = [];
  let pending = '';
  for (const token of raw) {
    if (boundSurnamePrefixes.has(token)) pending += token;
    else {
      tokens.push(pending + token);
      pending = '';
    }
  }
  if (pending !== '') tokens.push(pending);
  return tokens;
}

/**
 * Keys under which a surname can be matched, most specific first, without
 * duplicates. Words are split at spaces and hyphens; a bound prefix
 * (`boundSurnamePrefixes`) is glued to the next word; particles are words in
 * `surnameParticles`.
 *
 *   1. the whole name                                   "García y López" → GARCIAYLOPEZ
 *   2. the whole name without particles                                  → GARCIALOPEZ
 *   3. the first surname with the particles before it                    → GARCIA
 *   4. the first surname without them                   "de la Cruz"     → CRUZ
 *
 * So "García-López" → [GARCIALOPEZ, GARCIA] (people often give only the
 * first, paternal surname), "de la Cruz" → [DELACRUZ, CRUZ] (records and
 * people both drop particles), "Al-Rashid" → [ALRASHID, RASHID],
 * "Saint-Louis" → [SAINTLOUIS]. A name made only of particle-like words
 * ("De La") yields only key 1. The maternal / last surname alone is not a
 * key: under the Spanish convention it is not what a person goes by.
 * A person's input matches when normalizeLastName(input) is one of the keys
 * of the record's surname.
 */
export function lastNameMatchKeys(s: string): string[] {
  const full = normalizeLastName(s);
  if (full === '') return [];
  const tokens = splitSurname(s);
  const keys = [full];
  const firstCore = tokens.findIndex((t) => !surnameParticles.has(t));
  if (firstCore >= 0) {
    keys.push(tokens.filter((t) => !surnameParticles.has(t)).join(''));
    keys.push(tokens.slice(0, firstCore + 1).join(''));
    keys.push(tokens[firstCore]!);
  }
  return [...new Set(keys)];
}

/** "12345" or "12345-6789" (or 9 digits run together) → "12345"; anything else → null. */
export function normalizeZip(s: string): string | null {
  const match = /^([0-9]{5})(?:-?[0-9]{4})?$/.exec(s.trim());
  if (match === null) return null;
  const zip = match[1]!;
  // 00000 is never assigned; the lowest ZIP in use is 00501.
  return zip === '00000' ? null : zip;
}

// A practical subset of RFC 5322: dot-atom local part, hostname labels, and a
// letter TLD (or an IDN "xn--" one). Quoted local parts, IP literals and
// non-ASCII addresses are refused rather than half-supported: the address is
// only used to send notices, and a provider that can't take it loses them.
const emailPattern =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Lowercased and trimmed, or null. Lowercasing the local part is technically lossy but matches every real provider. */
export function normalizeEmail(s: string): string | null {
  const email = s.trim().toLowerCase();
  if (email.length > 254) return null;
  const at = email.indexOf('@');
  if (at < 1 || at > 64) return null;
  return emailPattern.test(email) ? email : null;
}

/**
 * US numbers (NANP) as E.164 "+1XXXXXXXXXX", or null. Accepts the usual
 * punctuation and an optional leading 1 / +1; area code and exchange must
 * start with 2–9 as NANP requires.
 */
export function normalizePhone(s: string): string | null {
  const trimmed = s.trim();
  if (!/^\+?[0-9\s().-]+$/.test(trimmed)) return null;
  // A "+" is only allowed as the very first character, before the country code.
  if (trimmed.lastIndexOf('+') > 0) return null;
  let digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (trimmed.startsWith('+')) return null;
  if (!/^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(digits)) return null;
  return `+1${digits}`;
}
