// What the claim status form shows after a refused lookup, as message keys (messages/*.json, ClaimStatus)
// and numbers: a message per field, and one notice for what is not about a field (the self-check's
// notices: a lock, a limit, a proof of work, a failure on our side). Nothing here carries what was typed.
import type { FormNotice } from '../self-check/feedback';
import type { ClaimNumberReason, PinReason } from '../validation/claim-status';
import type { ClaimLookupError } from './status-lookup';

export type ClaimLookupField = 'claimNumber' | 'pin';
export const claimLookupFields: readonly ClaimLookupField[] = ['claimNumber', 'pin'];

export type ClaimLookupMessageKey = ClaimNumberReason | PinReason | 'claim_number_typo' | 'no_match' | 'no_match_pin';

export type ClaimLookupValues = { claimNumber: string; pin: string };

export type ClaimLookupState = {
  values: ClaimLookupValues;
  attempt: number;
  fieldErrors: Partial<Record<ClaimLookupField, ClaimLookupMessageKey>>;
  notice: FormNotice | null;
  tries?: { left: number; lockMs: number };
};

export function claimLookupFeedback(error: ClaimLookupError, nowMs: number): Omit<ClaimLookupState, 'values' | 'attempt'> {
  switch (error.code) {
    case 'invalid_input':
      return { fieldErrors: { ...error.fields }, notice: null };
    case 'claim_number_typo':
      return { fieldErrors: { claimNumber: 'claim_number_typo' }, notice: null };
    // One message for an unknown number and a wrong PIN; both fields are marked.
    case 'no_match':
      return {
        fieldErrors: { claimNumber: 'no_match', pin: 'no_match_pin' },
        notice: null,
        tries: { left: error.triesLeft, lockMs: error.lockSeconds * 1000 },
      };
    case 'locked':
      return { fieldErrors: {}, notice: { kind: 'locked', retryAt: nowMs + error.retryAfterMs, waitMs: error.retryAfterMs } };
    case 'rate_limited':
      return { fieldErrors: {}, notice: { kind: 'rate_limited', retryAt: nowMs + error.retryAfterMs, waitMs: error.retryAfterMs } };
    case 'challenge_required':
      return {
        fieldErrors: {},
        notice: { kind: 'challenge', challenge: error.challenge, waitMs: Math.max(0, error.challenge.waitUntil - nowMs) },
      };
  }
}
