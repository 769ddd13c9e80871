// The claim between its pages (form → check your answers → sign) without a database row: the fields as typed,
// sealed (AES-256-GCM, lib/crypto.ts) into short-lived HttpOnly, SameSite=Strict cookies. The record id of the
// verified self-check session is the associated data, so a draft opens only in the session of the record it
// was typed for, and it ends with that session. The confirmation's claim number and PIN travel the same way,
// once, from the filing action to the confirmation page: the PIN is never stored anywhere else in the clear.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Sealer } from '../crypto';
import { claimDetailsNames } from '../validation/claims';

export type DraftValues = Partial<Record<(typeof claimDetailsNames)[number], string>>;

/** A browser keeps about 4,096 bytes a cookie; a part stays well under that with its name and attributes. */
export const draftPartLength = 3500;
/** Parts at most: with the description's limit (lib/validation/claims.ts) the draft needs two at most. */
export const draftMaxParts = 3;
export const draftCookiePrefix = 'dc_claim_draft_';
export const filedCookieName = 'dc_claim_filed';

const draftAad = (recordId: number) => Buffer.from(`claim-draft\u001f${recordId}`, 'utf8');
const filedAad = (recordId: number) => Buffer.from(`claim-filed\u001f${recordId}`, 'utf8');

type Sealed<T> = { x: number; v: T };

function sealJson<T>(sealer: Sealer, aad: Buffer, value: T, expiresAt: number): string {
  const packed = deflateRawSync(Buffer.from(JSON.stringify({ x: expiresAt, v: value } satisfies Sealed<T>), 'utf8'));
  // Sealer.seal takes text: the compressed bytes go in as base64.
  return sealer.seal(packed.toString('base64'), aad).toString('base64url');
}

function openJson<T>(sealer: Sealer, aad: Buffer, token: string, now: number): T | null {
  try {
    const packed = Buffer.from(sealer.open(Buffer.from(token, 'base64url'), aad), 'base64');
    const sealed = JSON.parse(inflateRawSync(packed, { maxOutputLength: 64 * 1024 }).toString('utf8')) as Sealed<T>;
    if (typeof sealed.x !== 'number' || now >= sealed.x) return null;
    return sealed.v;
  } catch {
    // Altered, another record's, another key's, or cut short by the browser: as if there were none.
    return null;
  }
}

/** Only the details page's own fields, as strings: nothing else a form carried goes into the draft. */
export function draftValuesOf(raw: Readonly<Record<string, string | undefined>>): DraftValues {
  const values: DraftValues = {};
  for (const name of claimDetailsNames) {
    const value = raw[name];
    if (typeof value === 'string' && value !== '') values[name] = value;
  }
  return values;
}

/**
 * The draft as cookie values, in order (part 0, 1, …), or null when it would not fit in draftMaxParts
 * cookies (the form then says the description is too long).
 */
export function sealDraft(sealer: Sealer, recordId: number, values: DraftValues, expiresAt: number): string[] | null {
  const token = sealJson(sealer, draftAad(recordId), values, expiresAt);
  const parts: string[] = [];
  for (let i = 0; i < token.length; i += draftPartLength) parts.push(token.slice(i, i + draftPartLength));
  return parts.length <= draftMaxParts ? parts : null;
}

/** The draft of this record, from the cookie parts in order; null when missing, altered, expired or another record's. */
export function openDraft(sealer: Sealer, recordId: number, parts: (string | undefined)[], now: number): DraftValues | null {
  const present: string[] = [];
  for (const part of parts.slice(0, draftMaxParts)) {
    if (!part) break;
    present.push(part);
  }
  if (present.length === 0) return null;
  const values = openJson<DraftValues>(sealer, draftAad(recordId), present.join(''), now);
  return values && typeof values === 'object' ? draftValuesOf(values) : null;
}

export type FiledReceipt = { claimNumber: string; pin: string };

export function sealFiledReceipt(sealer: Sealer, recordId: number, receipt: FiledReceipt, expiresAt: number): string {
  return sealJson(sealer, filedAad(recordId), receipt, expiresAt);
}

export function openFiledReceipt(sealer: Sealer, recordId: number, token: string | undefined, now: number): FiledReceipt | null {
  if (!token) return null;
  const receipt = openJson<FiledReceipt>(sealer, filedAad(recordId), token, now);
  return receipt && typeof receipt.claimNumber === 'string' && /^[0-9]{8}$/.test(String(receipt.pin)) ? receipt : null;
}
