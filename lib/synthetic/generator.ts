// Deterministic synthetic records for development, demos and load tests:
// realistic in shape, fictitious in substance. The same (count, seed) gives
// byte-identical output, and a shorter run is a prefix of a longer one with
// the same seed. Emails use only the reserved example.* domains and phones
// only 555-0100–0199, so nothing generated can reach a real inbox or phone.

import { once } from 'node:events';
import { daysInMonth, formatIsoDate } from '../identifiers/dates';
import { normalizeLastName } from '../identifiers/names';
import { formatCsvLine } from '../csv/format';
import { optionalRecordCsvColumns, recordCsvColumns, type RecordCsvColumn } from '../validation/record-row';
import { buildGivenName, buildSurname, communities, type Community, type Sex } from './communities';
import { places, ordinalStreets, streetNames, streetSuffixes, type Place } from './places';
import { createRandom, createWeightedPicker, type Random } from './prng';
import { createTinAllocator } from './tin-allocator';

export type SyntheticCsvRow = Record<RecordCsvColumn, string>;

/** Every column, the optional entitlement ones last. */
export const syntheticCsvColumns: readonly RecordCsvColumn[] = [...recordCsvColumns, ...optionalRecordCsvColumns];

const pickCommunity = createWeightedPicker(communities.map((c) => [c, c.weight] as const));
const pickAnyPlace = createWeightedPicker(places.map((p) => [p, p.weight] as const));
const placePickers: ReadonlyMap<string, (random: Random) => Place> = new Map(
  communities.map((c) => {
    const local = places.filter((p) => p.communities.includes(c.id));
    return [c.id, local.length > 0 ? createWeightedPicker(local.map((p) => [p, p.weight] as const)) : pickAnyPlace];
  }),
);
const languagePickers: ReadonlyMap<string, (random: Random) => string> = new Map(
  communities.map((c) => [c.id, createWeightedPicker(c.languages)]),
);
const pickSuffix = createWeightedPicker(streetSuffixes);

// Working-age people dominate; the range is the one the brief asks for (1940–2006).
const pickBirthYear = createWeightedPicker(
  Array.from({ length: 2006 - 1940 + 1 }, (_, i) => [1940 + i, Math.max(2, 42 - Math.abs(1940 + i - 1984))] as const),
);

const pickCategory = createWeightedPicker([
  ['address_verified', 90],
  ['address_supplied', 5],
  ['incomplete_address', 5],
] as const);

// Mostly canonical, with some unsorted / spaced lists the parser must canonicalize.
const pickElements = createWeightedPicker([
  ['name;tin;address', 82],
  ['name;address', 8],
  ['name;tin;address;date_of_birth', 6],
  ['address;name;tin', 2],
  ['name; tin; address', 2],
] as const);

const pickEmailDomain = createWeightedPicker([
  ['example.com', 60],
  ['example.org', 20],
  ['example.net', 20],
] as const);

/** 2025-06-01 … 2025-09-30, the months in which the shared records went out. */
const disclosureDates: readonly string[] = [6, 7, 8, 9].flatMap((month) =>
  Array.from({ length: month === 6 || month === 9 ? 30 : 31 }, (_, i) => formatIsoDate(2025, month, i + 1)),
);

function makeStreet(random: Random): string {
  const number = random.chance(0.7) ? random.between(100, 9999) : random.between(1, 24999);
  const name = random.chance(0.15) ? random.pick(ordinalStreets) : random.pick(streetNames);
  const street = `${number} ${name} ${pickSuffix(random)}`;
  const unitRoll = random.next();
  if (unitRoll < 0.14) return `${street} Apt ${random.between(1, 40)}${random.chance(0.3) ? random.pick(['A', 'B', 'C', 'D']) : ''}`;
  if (unitRoll < 0.2) return `${street} # ${random.between(1, 300)}`;
  if (unitRoll < 0.23) return `${street} Unit ${random.between(1, 60)}`;
  return street;
}

function makeDateOfBirth(random: Random): string {
  const year = pickBirthYear(random);
  const month = random.between(1, 12);
  return formatIsoDate(year, month, random.between(1, daysInMonth(year, month)));
}

function formatTinForCsv(random: Random, digits: string): string {
  const roll = random.next();
  if (roll < 0.85) return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
  if (roll < 0.95) return digits;
  return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}

/** ASCII letters of a name, lowercased, for an email local part ("Nguyễn" → "nguyen"). */
function emailWord(name: string): string {
  return normalizeLastName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function makeEmail(random: Random, givenName: string, surname: string): string {
  const first = emailWord(givenName.split(' ')[0] ?? '') || 'contact';
  const last = emailWord(surname.split(/[\s-]/).find((t) => t.length > 2) ?? surname) || 'mail';
  const roll = random.next();
  const local =
    roll < 0.35
      ? `${first}.${last}${random.chance(0.5) ? random.between(1, 99) : ''}`
      : roll < 0.6
        ? `${first}${last}${random.between(60, 2006)}`
        : roll < 0.8
          ? `${first.charAt(0)}${last}${random.between(1, 999)}`
          : `${last}_${first}${random.between(1, 99)}`;
  return `${random.chance(0.08) ? local.charAt(0).toUpperCase() + local.slice(1) : local}@${pickEmailDomain(random)}`;
}

function makePhone(random: Random, areaCode: string): string {
  const line = `01${String(random.int(100)).padStart(2, '0')}`;
  const roll = random.next();
  if (roll < 0.4) return `(${areaCode}) 555-${line}`;
  if (roll < 0.7) return `${areaCode}-555-${line}`;
  if (roll < 0.85) return `${areaCode}555${line}`;
  if (roll < 0.95) return `+1 ${areaCode} 555 ${line}`;
  return `${areaCode}.555.${line}`;
}

/**
 * The entitlement columns, drawn from a stream of their own so that adding them changed no other field of any
 * seed's rows. Synthetic proportions, not facts: most people one act, some two to four; a court ruling known
 * for most address disclosures (about nine in ten of them unlawful, as the February 2026 ruling found for
 * about 42,695 of about 47,300 addresses), and left unknown for the rest.
 */
function makeEntitlement(random: Random, category: string): Pick<SyntheticCsvRow, 'disclosure_acts' | 'ruled_unlawful'> {
  const acts = random.chance(0.12) ? random.between(2, 4) : 1;
  const known = category !== 'incomplete_address' && random.chance(0.85);
  return { disclosure_acts: String(acts), ruled_unlawful: known ? (random.chance(0.9) ? 'yes' : 'no') : '' };
}

function makeRow(random: Random, nextTin: (kind: 'ssn' | 'itin') => string, entitlement: Random): SyntheticCsvRow {
  const community: Community = pickCommunity(random);
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  const firstName = buildGivenName(random, community, sex);
  const lastName = buildSurname(random, community, sex);
  const place = random.chance(0.8) ? placePickers.get(community.id)!(random) : pickAnyPlace(random);
  const tin = nextTin(random.chance(0.7) ? 'itin' : 'ssn');
  return {
    tin: formatTinForCsv(random, tin),
    first_name: firstName,
    last_name: lastName,
    date_of_birth: makeDateOfBirth(random),
    street: makeStreet(random),
    city: place.city,
    state: place.state,
    zip: random.pick(place.zips),
    email: random.chance(0.65) ? makeEmail(random, firstName, lastName) : '',
    phone: random.chance(0.5) ? makePhone(random, place.areaCode) : '',
    language: languagePickers.get(community.id)!(random),
    ...withEntitlement(entitlement, {
      category: pickCategory(random),
      disclosed_elements: pickElements(random),
      disclosed_on: random.pick(disclosureDates),
    }),
  };
}

function withEntitlement<T extends { category: string }>(random: Random, fields: T) {
  return { ...fields, ...makeEntitlement(random, fields.category) };
}

function assertCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error('The count must be a non-negative integer');
}

/** Yields `count` CSV-shaped rows (keys are recordCsvColumns), deterministically for a seed. */
export function* generateSyntheticRecords(count: number, seed: number): Generator<SyntheticCsvRow> {
  assertCount(count);
  const random = createRandom(seed);
  // The TIN permutation gets its own stream, seeded from the first draw, so
  // its set-up does not shift what the people look like.
  const tins = createTinAllocator(createRandom(random.int(2 ** 32)));
  const nextTin = (kind: 'ssn' | 'itin'): string => tins.next(kind);
  const entitlement = createRandom((seed ^ 0x7431) >>> 0);
  for (let i = 0; i < count; i++) yield makeRow(random, nextTin, entitlement);
}

export { formatCsvField, formatCsvLine } from '../csv/format';

/** Anything with write/once-able 'drain' events: a file stream, process.stdout, a PassThrough. */
export type CsvSink = NodeJS.WritableStream;

const chunkSize = 64 * 1024;

/**
 * Streams the header and `count` rows as UTF-8 CSV (LF line endings, no BOM)
 * into `writable`, honouring back-pressure, so memory stays flat in `count`.
 * Does not end the stream: the caller owns it (it may be process.stdout).
 */
export async function writeSyntheticCsv(count: number, seed: number, writable: CsvSink): Promise<void> {
  let chunk = formatCsvLine(syntheticCsvColumns);
  for (const row of generateSyntheticRecords(count, seed)) {
    chunk += formatCsvLine(syntheticCsvColumns.map((c) => row[c]));
    if (chunk.length >= chunkSize) {
      const flushed = writable.write(chunk);
      chunk = '';
      if (!flushed) await once(writable, 'drain');
    }
  }
  if (chunk !== '' && !writable.write(chunk)) await once(writable, 'drain');
}
