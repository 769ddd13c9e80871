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
