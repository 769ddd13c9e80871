// The coded reasons of the claims programme, defined once: the reviewers' area picks them, the status page
// and the notices translate them (messages/*.json, ClaimStatus.reason.<code>). A code, never free text, is
// what a person sees, so a reviewer's note can never reach a public page and every reason reads the same
// in every language.

/** Why a reviewer asks for more information (claim_information_requests.reason_codes). */
export const informationReasonCodes = [
  'identity_proof',
  'damages_proof',
  'damages_description',
  'payment_details',
  'mailing_address',
  'signature_mismatch',
] as const;
export type InformationReasonCode = (typeof informationReasonCodes)[number];

/** Why a claim was partly approved or denied (claim_decisions.reason_code, claim_events.reason_code). */
export const decisionReasonCodes = [
  'actual_damages_not_shown',
  'actual_damages_partly_shown',
  'information_not_received',
  'duplicate_claim',
  'filed_after_deadline',
  'not_among_records',
] as const;
export type DecisionReasonCode = (typeof decisionReasonCodes)[number];

export type ReasonCode = InformationReasonCode | DecisionReasonCode;

export function isInformationReason(code: string | null | undefined): code is InformationReasonCode {
  return (informationReasonCodes as readonly string[]).includes(code ?? '');
}

export function isDecisionReason(code: string | null | undefined): code is DecisionReasonCode {
  return (decisionReasonCodes as readonly string[]).includes(code ?? '');
}
