import { usStateCodes } from '@/lib/validation/record-row';

// US address checks before a letter goes into a print file. They catch what would make a piece
// undeliverable on its face; the mail house's CASS and NCOA runs (licensed USPS data) do the rest.
// A rejected letter keeps only its reason code: nothing personal goes into a reason.

export const addressRejections = [
  'missing_name',
  'missing_street',
  'missing_city',
  'invalid_state',
  'invalid_zip',
  'line_too_long',
] as const;
export type AddressRejection = (typeof addressRejections)[number];

export interface PostalAddressParts {
  firstName: string;
  lastName: string;
  street: string;
  city: string;
  state: string;
  zip: string;
}

/** At 10 pt in the 3.25 in recipient block, about 40 capitals fit on a line (USPS: at most 40 is usual). */
export const maxAddressLineLength = 40;

// USPS prefers capitals without punctuation (Publication 28); a hyphen stays in ZIP+4 and house numbers.
function uspsLine(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[.,;:'"`´’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type AddressCheck = { ok: true; lines: string[]; zip: string } | { ok: false; reason: AddressRejection };

export function checkUsAddress(a: PostalAddressParts): AddressCheck {
  const name = uspsLine(`${a.firstName} ${a.lastName}`);
  const street = uspsLine(a.street);
  const city = uspsLine(a.city);
  const state = a.state.trim().toUpperCase();
  const zip = a.zip.trim();
  if (!name) return { ok: false, reason: 'missing_name' };
  if (!street) return { ok: false, reason: 'missing_street' };
  if (!city) return { ok: false, reason: 'missing_city' };
  if (!usStateCodes.has(state)) return { ok: false, reason: 'invalid_state' };
  if (!/^[0-9]{5}(-[0-9]{4})?$/.test(zip) || zip.startsWith('00000')) return { ok: false, reason: 'invalid_zip' };
  const lines = [name, street, `${city} ${state} ${zip}`];
  if (lines.some((l) => l.length > maxAddressLineLength)) return { ok: false, reason: 'line_too_long' };
  return { ok: true, lines, zip };
}
