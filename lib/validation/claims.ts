import { checkUsAddress, type AddressRejection } from '../letters/address';
import { normalizeEmail, normalizePhone } from '../identifiers/names';
import { isLanguageCode, type LanguageCode } from '../languages';
import { achText } from '../payments/nacha';
import { checkRoutingNumber, type RoutingProblem } from '../payments/routing';

// The claim form (issue 17, item 2), read once on the server: every field checked, the first problem of each
// field returned as a code that the page turns into a translated message next to that field. Written by hand
// like the record row: the form is small, but its answers must be stable codes, never values (nothing a
// person typed is echoed into a log or a message).

export type ClaimFormField =
  | 'actual'
  | 'actualAmount'
  | 'actualDescription'
  | 'email'
  | 'phone'
  | 'language'
  | 'paymentMethod'
  | 'address'
  | 'routingNumber'
  | 'accountNumber'
  | 'accountNumberAgain'
  | 'accountType'
  | 'accountHolder'
  | 'signedName'
  | 'declaration';

export type ClaimFormProblem =
  | 'required'
  | 'choice_unknown'
  | 'amount_format'
  | 'amount_range'
  | 'too_long'
  | 'email_format'
  | 'phone_format'
  | 'language_unknown'
  | RoutingProblem
  | 'account_format'
  | 'account_mismatch'
  | 'holder_not_latin'
  | `address_${AddressRejection}`
  | 'declaration_required';

/** How the money is paid: a paper check by mail unless the person asks for direct deposit; never a card. */
export type ClaimPayment =
  | { method: 'check'; address: { street: string; city: string; state: string; zip: string }; lines: string[] }
  | {
      method: 'direct_deposit';
      routingNumber: string;
      accountNumber: string;
      accountType: 'checking' | 'savings';
      /** As ACH carries it (ASCII capitals), at most 22 characters. */
      accountHolder: string;
    };

export type ClaimForm = {
  /** Actual damages, when the person claims more than the statutory amount; null otherwise. */
  actual: { amountCents: number; description: string } | null;
  email: string | null;
  phone: string | null;
  language: LanguageCode;
  payment: ClaimPayment;
  /** The name the person typed to sign the declaration under penalty of perjury. */
  signedName: string;
};

export type ClaimFormResult = { ok: true; value: ClaimForm } | { ok: false; errors: Partial<Record<ClaimFormField, ClaimFormProblem>> };

/** A claim of actual damages above this is surely a typing error (the whole programme is ~47,000 people). */
export const maxActualDamagesCents = 1_000_000_000; // $10,000,000.00
/**
 * The description rides in the sealed draft cookie between the pages (lib/claims/draft.ts): 2,000 characters
 * of a three-byte script still fit in two cookies. Longer stories go in a document after filing.
 */
export const maxDescriptionLength = 2000;
const maxNameLength = 200;

/** Dollars as typed in the US: "1500", "1,500", "1500.5", "$1,500.00". Returns cents, or null. */
export function parseDollars(input: string): number | null {
  const s = input.trim().replace(/^\$\s*/, '');
  if (!/^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?$/.test(s)) return null;
  const [whole, fraction = ''] = s.replace(/,/g, '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

const text = (raw: Readonly<Record<string, string | undefined>>, name: string) => (raw[name] ?? '').trim().replace(/\s+/g, ' ');

/** The claim without its signature: what the form page asks, kept as a draft until the person signs. */
export type ClaimDetails = Omit<ClaimForm, 'signedName'>;
export type ClaimDetailsField = Exclude<ClaimFormField, 'signedName' | 'declaration'>;
export type ClaimDetailsResult =
  { ok: true; value: ClaimDetails } | { ok: false; errors: Partial<Record<ClaimDetailsField, ClaimFormProblem>> };

/** The fields of the details page in page order (the error summary lists them in this order). */
export const claimDetailsFields: readonly ClaimDetailsField[] = [
  'actual',
  'actualAmount',
  'actualDescription',
  'email',
  'phone',
  'language',
  'paymentMethod',
  'address',
  'routingNumber',
  'accountNumber',
  'accountNumberAgain',
  'accountType',
  'accountHolder',
];

/** The payment part's fields by name: the details page and the payment change post the same ones. */
export const paymentFieldNames = [
  'payment_method',
  'street',
  'city',
  'state',
  'zip',
  'routing_number',
  'account_number',
  'account_number_again',
  'account_type',
  'account_holder',
] as const;

/** The form fields by name that the details page posts (the draft keeps exactly these). */
export const claimDetailsNames = [
  'actual',
  'actual_amount',
  'actual_description',
  'email',
  'phone',
  'language',
  ...paymentFieldNames,
] as const;

/**
 * Reads the claim form. `raw` holds the form's fields by name: actual (yes/no), actual_amount,
 * actual_description, email, phone, language, payment_method (check/direct_deposit), street, city, state, zip,
 * routing_number, account_number, account_number_again, account_type, account_holder, signed_name,
 * declaration (yes). The details (parseClaimDetails) and the signature are read by the same rules whether the
 * pages ask for them on one page or on two.
 */
export function parseClaimForm(raw: Readonly<Record<string, string | undefined>>): ClaimFormResult {
  const details = parseClaimDetails(raw);
  const errors: Partial<Record<ClaimFormField, ClaimFormProblem>> = details.ok ? {} : { ...details.errors };
  const signedName = text(raw, 'signed_name').normalize('NFC');
  if (signedName === '') errors.signedName = 'required';
  else if (signedName.length > maxNameLength) errors.signedName = 'too_long';
  if (text(raw, 'declaration') !== 'yes') errors.declaration = 'declaration_required';
  if (!details.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...details.value, signedName } };
}

/** Everything but the signature: the claim's amounts, contact, language and payment. */
export function parseClaimDetails(raw: Readonly<Record<string, string | undefined>>): ClaimDetailsResult {
  const errors: Partial<Record<ClaimDetailsField, ClaimFormProblem>> = {};
  let actual: ClaimForm['actual'] = null;
  const wantsActual = text(raw, 'actual') || 'no';
  if (wantsActual !== 'yes' && wantsActual !== 'no') errors.actual = 'choice_unknown';
  if (wantsActual === 'yes') {
    const amountText = text(raw, 'actual_amount');
    const amount = parseDollars(amountText);
    if (amountText === '') errors.actualAmount = 'required';
    else if (amount === null) errors.actualAmount = 'amount_format';
    else if (amount <= 0 || amount > maxActualDamagesCents) errors.actualAmount = 'amount_range';
    const description = (raw.actual_description ?? '').trim().normalize('NFC');
    if (description === '') errors.actualDescription = 'required';
    else if (description.length > maxDescriptionLength) errors.actualDescription = 'too_long';
    if (amount !== null && !errors.actualAmount && !errors.actualDescription) actual = { amountCents: amount, description };
  }

  const emailText = text(raw, 'email');
  const email = emailText === '' ? null : normalizeEmail(emailText);
  if (emailText !== '' && email === null) errors.email = 'email_format';
  const phoneText = text(raw, 'phone');
  const phone = phoneText === '' ? null : normalizePhone(phoneText);
  if (phoneText !== '' && phone === null) errors.phone = 'phone_format';

  const languageText = text(raw, 'language');
  if (languageText === '') errors.language = 'required';
  else if (!isLanguageCode(languageText)) errors.language = 'language_unknown';

  let payment: ClaimPayment | null = null;
  const method = text(raw, 'payment_method') || 'check';
  if (method === 'check') {
    const address = {
      street: text(raw, 'street'),
      city: text(raw, 'city'),
      state: text(raw, 'state').toUpperCase(),
      zip: text(raw, 'zip'),
    };
    // The payee is the person filing; the name line is checked and printed apart from the address lines.
    const checked = checkUsAddress({ firstName: '', lastName: 'PAYEE', ...address });
    if (!checked.ok) errors.address = `address_${checked.reason}`;
    else payment = { method: 'check', address: { ...address, zip: checked.zip }, lines: checked.lines.slice(1) };
  } else if (method === 'direct_deposit') {
    const routing = checkRoutingNumber(raw.routing_number ?? '');
    if ((raw.routing_number ?? '').trim() === '') errors.routingNumber = 'required';
    else if (!routing.ok) errors.routingNumber = routing.reason;
    const account = (raw.account_number ?? '').replace(/[\s-]/g, '');
    const again = (raw.account_number_again ?? '').replace(/[\s-]/g, '');
    if (account === '') errors.accountNumber = 'required';
    else if (!/^[0-9]{4,17}$/.test(account)) errors.accountNumber = 'account_format';
    else if (again === '') errors.accountNumberAgain = 'required';
    else if (again !== account) errors.accountNumberAgain = 'account_mismatch';
    const type = text(raw, 'account_type');
    if (type === '') errors.accountType = 'required';
    else if (type !== 'checking' && type !== 'savings') errors.accountType = 'choice_unknown';
    const holderText = text(raw, 'account_holder');
    const holder = achText(holderText);
    if (holderText === '') errors.accountHolder = 'required';
    else if (holder === null) errors.accountHolder = 'holder_not_latin';
    else if (holder.length > 22) errors.accountHolder = 'too_long';
    if (routing.ok && holder && !Object.keys(errors).some((k) => k.startsWith('account') || k === 'routingNumber'))
      payment = {
        method: 'direct_deposit',
        routingNumber: routing.value,
        accountNumber: account,
        accountType: type as 'checking' | 'savings',
        accountHolder: holder,
      };
  } else errors.paymentMethod = 'choice_unknown';

  if (Object.keys(errors).length > 0 || payment === null) return { ok: false, errors };
  return { ok: true, value: { actual, email, phone, language: languageText as LanguageCode, payment } };
}
