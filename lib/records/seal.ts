// Turns a validated CSV row into what the database keeps: keyed hashes of identifiers, everything else
// personal sealed under the current data key, bound to the record's TIN hash.
import type { Hasher, Sealer } from '../crypto';
import { generateNoticeCode } from '../identifiers/notice-code';
import { lastNameMatchKeys, normalizeEmail } from '../identifiers/names';
import type { RecordRow } from '../validation/record-row';
import type { RecordTuple } from '../../db/queries/record-copy';

/** What `pii` holds once opened. */
export type RecordPii = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  email: string | null;
  phone: string | null;
  tinLast4: string;
};

/** The two keyed hashes the import needs before deciding whether a row must be sealed at all. */
export type RowKeys = { tinHash: Buffer; fingerprint: Buffer };

export function piiOf(row: RecordRow): RecordPii {
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    street: row.street,
    city: row.city,
    state: row.state,
    zip: row.zip,
    email: row.email,
    phone: row.phone,
    tinLast4: row.tin.slice(-4),
  };
}

export function identityHashesOf(hasher: Hasher, row: Pick<RecordRow, 'tin' | 'dateOfBirth' | 'lastName' | 'zip'>): Buffer[] {
  return lastNameMatchKeys(row.lastName).map((lastName) =>
    hasher.identity({ tin: row.tin, dateOfBirth: row.dateOfBirth, lastName, zip: row.zip }),
  );
}

export function keyRecordRow(hasher: Hasher, row: RecordRow): RowKeys {
  // The fingerprint covers every imported field, so any change to a row is seen as an update.
  // The entitlement fields join the fingerprint only when a file gives them, so records imported before they
  // existed keep their fingerprints and a re-import of the same file still writes nothing.
  const fields: unknown[] = [row.tin, row.tinKind, piiOf(row), row.language, row.category, row.disclosedElements, row.disclosedOn];
  if (row.disclosureActs !== null || row.ruledUnlawful !== null) fields.push(row.disclosureActs, row.ruledUnlawful);
  const fingerprint = hasher.fingerprint(JSON.stringify(fields));
  return { tinHash: hasher.tin(row.tin), fingerprint };
}

/**
 * The record as stored, in the form the import's COPY sends (record-copy.ts). `keys` come from keyRecordRow
 * (the import computes them first, to know whether the row must be sealed at all); they are not computed twice.
 */
export function sealRecordRow(hasher: Hasher, sealer: Sealer, row: RecordRow, keys: RowKeys, importId: number): RecordTuple {
  const email = row.email ? normalizeEmail(row.email) : null;
  return {
    noticeCode: generateNoticeCode(),
    tinHash: keys.tinHash,
    tinKind: row.tinKind,
    identityHashes: identityHashesOf(hasher, row),
    emailHash: email ? hasher.email(email) : null,
    pii: sealer.seal(JSON.stringify(piiOf(row)), keys.tinHash),
    keyVersion: sealer.currentVersion,
    language: row.language,
    state: row.state,
    category: row.category,
    disclosedElements: row.disclosedElements,
    disclosedOn: row.disclosedOn,
    disclosureActs: row.disclosureActs,
    ruledUnlawful: row.ruledUnlawful,
    fingerprint: keys.fingerprint,
    importId,
  };
}

export function openRecordPii(sealer: Sealer, record: { pii: Buffer; tinHash: Buffer }): RecordPii {
  return JSON.parse(sealer.open(record.pii, record.tinHash)) as RecordPii;
}
