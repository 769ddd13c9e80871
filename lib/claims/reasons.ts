// The coded reasons a claim decision or a request for more information carries (issue 17, item 5). One list,
// shared by the reviewers' area (these English labels), the person's status page (messages/*.json, one
// translated sentence per code) and the claim notices (emails/i18n, the same). A code is stored in
// claim_information_requests.reason_codes, claim_decisions.reason_code and claim_events.reason_code, so a
// code is never renamed or reused once it has landed; add new ones at the end.

/** Why a reviewer asks the person for more information. */
export const informationReasons = {
  identity_unclear: 'We could not confirm that the claim is from the person on the record',
  damages_description_missing: 'Actual damages were claimed without saying what they were',
  damages_documents_missing: 'Actual damages were claimed without documents that show the amount',
  mailing_address_unusable: 'The mailing address for the check cannot receive mail',
  bank_details_unverified: 'The bank account could not be verified',
  other: 'Something else, explained in the request',
} as const;

/** Why a claim was denied. */
export const denialReasons = {
  no_answer: 'The request for more information was not answered by its date',
  identity_not_confirmed: 'It could not be confirmed that the claim is from the person on the record',
  filed_after_deadline: 'The claim was filed after the claims deadline',
  duplicate_claim: 'The same person already has a claim',
  other: 'Something else, explained in the decision',
} as const;

/** Why less than the claimed amount was approved. */
export const partialReasons = {
  actual_damages_not_shown: 'The documents do not show the actual damages claimed; the statutory amount is approved',
  actual_damages_partly_shown: 'The documents show part of the actual damages claimed',
  other: 'Something else, explained in the decision',
} as const;

export type InformationReason = keyof typeof informationReasons;
export type DenialReason = keyof typeof denialReasons;
export type PartialReason = keyof typeof partialReasons;

export const informationReasonCodes = Object.keys(informationReasons) as InformationReason[];
export const denialReasonCodes = Object.keys(denialReasons) as DenialReason[];
export const partialReasonCodes = Object.keys(partialReasons) as PartialReason[];

export function isInformationReason(code: string): code is InformationReason {
  return Object.hasOwn(informationReasons, code);
}
export function isDenialReason(code: string): code is DenialReason {
  return Object.hasOwn(denialReasons, code);
}
export function isPartialReason(code: string): code is PartialReason {
  return Object.hasOwn(partialReasons, code);
}

/**
 * Why a reviewer holds a claim (no decision while held). Staff only: the person is not told of a hold, so
 * these have no translation. Stored in claims.hold_reason.
 */
export const holdReasons = {
  shared_payment: 'The bank account is on other claims',
  shared_address: 'The mailing address is on other claims',
  many_from_client: 'Many claims came from one client address',
  payment_changed: 'The payment destination changed shortly before payout',
  identity_question: 'A question about the claimant’s identity',
  other_review: 'Another reason under review (noted in the ticket system)',
} as const;

export type HoldReason = keyof typeof holdReasons;

export function isHoldReason(code: string): code is HoldReason {
  return Object.hasOwn(holdReasons, code);
}

/** History entries that are not a decision's or a request's reason. */
export const historyReasons = { appeal: 'Reopened on appeal' } as const;

/**
 * The staff label of a stored code (history, decisions, requests, holds), or the code itself if unknown.
 * `other` is in each list with the same meaning ("explained in the request or decision").
 */
export function reasonLabel(code: string | null | undefined): string {
  if (!code) return '—';
  for (const table of [informationReasons, denialReasons, partialReasons, holdReasons, historyReasons] as const)
    if (Object.hasOwn(table, code)) return (table as Record<string, string>)[code]!;
  return code;
}
