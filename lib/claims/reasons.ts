// The coded reasons of a claim review (issue 17, item 5), defined once: why a reviewer asks for more
// information, why a claim is denied or partly approved, why it is held. Reviewers pick a code; the code is
// what is stored (claim_information_requests.reason_codes, claim_decisions.reason_code, claim_events
// .reason_code, claims.hold_reason), never free text, so no personal data reaches the history or the audit
// log through a reason and every reason reads the same in every language. The labels here are the staff's
// English; the person-facing wording of each code is translated for the status page (messages/*.json,
// ClaimStatus.need.<code> and ClaimStatus.reason.<code>) and the notices (emails/i18n/claims). A code is
// never renamed or reused once it has landed; add new ones at the end (with their translations).

/** What a request for more information asks the person for. */
export const informationReasons = {
  identity_unclear: 'Proof of identity: we could not confirm the claim is from the person on the record',
  damages_description_missing: 'A description of the actual damages claimed',
  damages_documents_missing: 'Documents that show the actual damages claimed (bills, letters, pay records)',
  mailing_address_unusable: 'A mailing address that can receive the check',
  bank_details_unverified: 'Bank details that can be verified (the account could not be)',
} as const;

/** Why a claim is denied (a denial always has one, and an appeal-by date). */
export const denialReasons = {
  no_answer: 'No answer to the request for more information by the cure-by date',
  identity_not_confirmed: 'The claimant’s identity could not be confirmed',
  filed_after_deadline: 'Filed after the claims deadline',
  duplicate_claim: 'Another claim already covers this person',
  other: 'Another reason (the person is told to contact the help line)',
} as const;

/** Why a claim is approved for less than was claimed. */
export const partialReasons = {
  actual_damages_not_shown: 'The actual damages are not documented: statutory damages only',
  actual_damages_partly_shown: 'The actual damages are documented only in part',
  other: 'Another reason (the person is told to contact the help line)',
} as const;

/** Why a reviewer holds a claim (no decision and no payment while held). Staff only: never shown to the person. */
export const holdReasons = {
  shared_payment: 'The bank account is on other claims',
  shared_address: 'The mailing address is on other claims',
  many_from_client: 'Many claims came from one client address',
  payment_changed: 'The payment destination changed shortly before payout',
  identity_question: 'A question about the claimant’s identity',
  other_review: 'Another reason under review (noted in the ticket system)',
} as const;

/** History entries that are not a decision's reason. */
export const historyReasons = { appeal: 'Reopened on appeal' } as const;

export type InformationReason = keyof typeof informationReasons;
export type DenialReason = keyof typeof denialReasons;
export type PartialReason = keyof typeof partialReasons;
export type HoldReason = keyof typeof holdReasons;

export const informationReasonCodes = Object.keys(informationReasons) as InformationReason[];
export const denialReasonCodes = Object.keys(denialReasons) as DenialReason[];
export const partialReasonCodes = Object.keys(partialReasons) as PartialReason[];

const has = (table: object, code: string | null | undefined): boolean => typeof code === 'string' && Object.hasOwn(table, code);

export const isInformationReason = (code: string | null | undefined): code is InformationReason => has(informationReasons, code);
export const isDenialReason = (code: string | null | undefined): code is DenialReason => has(denialReasons, code);
export const isPartialReason = (code: string | null | undefined): code is PartialReason => has(partialReasons, code);
export const isHoldReason = (code: string | null | undefined): code is HoldReason => has(holdReasons, code);

/** The staff label of any stored code (history, decisions, requests), or the code itself if it is unknown. */
export function reasonLabel(code: string | null | undefined): string {
  if (!code) return '—';
  for (const table of [informationReasons, denialReasons, partialReasons, holdReasons, historyReasons] as const)
    if (has(table, code)) return (table as Record<string, string>)[code]!;
  return code;
}
