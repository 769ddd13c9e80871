// The coded reasons of a claim review (issue 17, item 5), in one file: why a reviewer asks for more
// information, why a claim is denied or partly approved, why it is held. Reviewers pick a code; the code is
// what is stored (claim_events.reason_code, claim_decisions.reason_code, claim_information_requests
// .reason_codes, claims.hold_reason), never free text, so no personal data reaches the history or the audit
// log through a reason. The labels here are the staff's English; the person-facing wording of each code, in
// every language, belongs to the status page and the notices (messages/*.json, emails/i18n), keyed by these codes.

/** What a request for more information asks the person for. */
export const informationRequestReasons = {
  proof_of_identity: 'Proof of identity (the name on the claim does not match the record clearly)',
  proof_of_address: 'Proof of the mailing address for the check',
  damages_documents: 'Documents for the actual damages claimed (bills, letters, pay records)',
  damages_description: 'A fuller description of the actual damages',
  bank_account_confirmation: 'Confirmation of the bank account (a voided check or a bank letter)',
  signature_missing: 'The declaration signed again (the typed name is missing or unclear)',
  other_document: 'Another document named in the letter (the reviewer explains in the notice)',
} as const;

/** Why a claim is denied (a denial always has one, and an appeal-by date). */
export const denialReasons = {
  no_answer: 'No answer to the request for more information by the cure-by date',
  no_disclosure: 'The record shows no disclosure that this claim covers',
  identity_not_confirmed: 'The claimant’s identity could not be confirmed',
  duplicate_claim: 'Another claim already covers this person',
  late_filing: 'Filed after the claims deadline',
  fraud_suspected: 'The claim appears fraudulent (signals confirmed on review)',
} as const;

/** Why a claim is approved for less than was claimed. */
export const partialReasons = {
  damages_partly_documented: 'The actual damages are documented only in part',
  damages_not_documented: 'The actual damages are not documented: statutory damages only',
  acts_fewer_than_claimed: 'Fewer acts of disclosure than the claim counts',
} as const;

/** Why a reviewer holds a claim (no decision and no payment while held). */
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

export type InformationRequestReason = keyof typeof informationRequestReasons;
export type DenialReason = keyof typeof denialReasons;
export type PartialReason = keyof typeof partialReasons;
export type HoldReason = keyof typeof holdReasons;

const has = (table: object, code: string): boolean => Object.prototype.hasOwnProperty.call(table, code);

export const isInformationRequestReason = (code: string): code is InformationRequestReason => has(informationRequestReasons, code);
export const isDenialReason = (code: string): code is DenialReason => has(denialReasons, code);
export const isPartialReason = (code: string): code is PartialReason => has(partialReasons, code);
export const isHoldReason = (code: string): code is HoldReason => has(holdReasons, code);

/** The staff label of any stored code (history, decisions, requests), or the code itself if it is unknown. */
export function reasonLabel(code: string | null | undefined): string {
  if (!code) return '—';
  for (const table of [informationRequestReasons, denialReasons, partialReasons, holdReasons, historyReasons] as const)
    if (has(table, code)) return (table as Record<string, string>)[code]!;
  return code;
}
