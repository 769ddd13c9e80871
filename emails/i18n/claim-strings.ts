import type { DenialReason, InformationReason, PartialReason } from '@/lib/claims/reasons';
import type { ClaimNoticeEvent, ClaimPaymentMethod } from '../notice-types';

// The words of a claim notice (type `claim_status`), one file per language under claims/. Each step's
// three sentences name their values with `{name}`: `{amount}` (formatted in the language's locale),
// `{date}` (the cure-by or appeal-by date, written out), `{reasons}` (the coded reasons below, as
// sentences) and `{method}` (how the payment travels). localize.ts fills them per recipient and throws
// when a step needs a value the notice does not carry.
//
// The reason codes are lib/claims/reasons.ts's (the reviewers' English labels): here is what the person
// reads for each, in plain words. A code added there fails the type check here until every language has it.

export interface ClaimStep {
  /** Shown in bold: the step in a few words. */
  label: string;
  /** What happened. */
  detail: string;
  /** What the person can do now (or that they need do nothing). */
  next: string;
}

export interface ClaimNoticeStrings {
  /** Above the claim number in its box. */
  claimNumberLabel: string;
  /** How to open the claim: type the address, open the claim status page, claim number and PIN. Names {portalAddress}. */
  useClaimNumber: string;
  /** The PIN is never in a notice; what to do with it, and what happens without it. */
  pin: string;
  involved: string;
  doing: string;
  /** The claims programme's anti-scam line, beside the lines every notice has. */
  neverFee: string;
  steps: Record<ClaimNoticeEvent, ClaimStep>;
  /** `{method}` of payment_issued. */
  paidBy: Record<ClaimPaymentMethod, string>;
  /** `{method}` of payment_returned. */
  returnedFrom: Record<ClaimPaymentMethod, string>;
  informationReasons: Record<InformationReason, string>;
  denialReasons: Record<DenialReason, string>;
  partialReasons: Record<PartialReason, string>;
}
