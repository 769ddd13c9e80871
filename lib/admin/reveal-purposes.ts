// Why staff may unmask a record; shown in the reveal form and stored (the key) in the audit entry.
export const revealPurposes = {
  taxpayer_request: 'The person asked us about their record',
  claim_review: 'Reviewing a claim',
  returned_mail: 'A notice came back undelivered',
  data_correction: 'Correcting the record',
  legal_request: 'A legal or oversight request',
} as const;
