// The payment change form's rules, with nothing server-only in them (the page's form imports its field list):
// which statuses may change, the fields in page order, and the form read by the claim form's own rules.
import { parseClaimDetails, paymentFieldNames, type ClaimFormProblem, type ClaimPayment } from '../validation/claims';
import type { ClaimStatus } from './status';

/** Until the money is on its way: not once a payment is issued, paid, or a reissue is in flight. */
export const paymentChangeableStatuses: readonly ClaimStatus[] = [
  'submitted',
  'in_review',
  'more_information_needed',
  'approved',
  'partly_approved',
  'payment_returned',
];
/** A decision to pay, or a returned payment waiting to go again: the next export would pay it. */
export const payoutNearStatuses: readonly ClaimStatus[] = ['approved', 'partly_approved', 'payment_returned'];

export const canChangePayment = (status: ClaimStatus): boolean => paymentChangeableStatuses.includes(status);

export type PaymentChangeField =
  'paymentMethod' | 'address' | 'routingNumber' | 'accountNumber' | 'accountNumberAgain' | 'accountType' | 'accountHolder' | 'confirm';

/** The fields in page order (the error summary lists them in this order). */
export const paymentChangeFields: readonly PaymentChangeField[] = [
  'paymentMethod',
  'address',
  'routingNumber',
  'accountNumber',
  'accountNumberAgain',
  'accountType',
  'accountHolder',
  'confirm',
];

/** The form fields by name that the page posts and gets back on an error (never the claim's stored values). */
export const paymentChangeNames = [...paymentFieldNames, 'confirm'] as const;

export type PaymentChangeProblem = ClaimFormProblem | 'confirm_required';

export type PaymentChangeParse =
  { ok: true; value: ClaimPayment } | { ok: false; errors: Partial<Record<PaymentChangeField, PaymentChangeProblem>> };

/**
 * Reads the payment part of the form by the claim form's rules: the details parser with the parts this page
 * does not ask (actual damages, contact, language) left at their neutral answers, so only payment problems
 * can come back.
 */
export function parsePaymentChange(raw: Readonly<Record<string, string | undefined>>): PaymentChangeParse {
  const payment: Record<string, string | undefined> = {};
  for (const name of paymentChangeNames) if (name !== 'confirm') payment[name] = raw[name];
  const details = parseClaimDetails({ ...payment, actual: 'no', language: 'en' });
  const errors: Partial<Record<PaymentChangeField, PaymentChangeProblem>> = {};
  if (!details.ok)
    for (const field of paymentChangeFields) if (field !== 'confirm' && details.errors[field]) errors[field] = details.errors[field];
  if ((raw.confirm ?? '').trim() !== 'yes') errors.confirm = 'confirm_required';
  if (!details.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: details.value.payment };
}
