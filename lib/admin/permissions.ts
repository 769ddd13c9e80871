// THE permission table of the staff area: permission → the roles that hold it. The action pipeline
// (app/admin/_lib/action.ts), the page guards, the route handlers, the services in lib/admin and the access
// tables in app/admin/*/access.ts all read this one map, through the one `allows` below; staffPolicy
// (app/admin/_lib/policy.ts) names the permission of every page, route handler and action, for the matrix.
import { roleMayUse } from '../staff/roles';
import type { StaffPrincipal, StaffRole } from '../staff/principal';

export const allStaffRoles = [
  'administrator',
  'notice_operator',
  'claims_reviewer',
  'payments_officer',
  'auditor',
] as const satisfies readonly StaffRole[];
const operators = ['administrator', 'notice_operator'] as const satisfies readonly StaffRole[];
// The auditor sees everything these areas show, and changes nothing.
const readers = ['administrator', 'notice_operator', 'auditor'] as const satisfies readonly StaffRole[];
const payers = ['administrator', 'payments_officer'] as const satisfies readonly StaffRole[];

export const permissions = {
  viewBatches: readers,
  /** Create, count, start, pause, resume, cancel. */
  manageBatches: operators,
  /** Approve a batch someone else created (the service refuses the creator whatever the role). */
  approveBatches: operators,
  viewDisposal: readers,
  recordDisposal: operators,
  /** Approve a certification someone else recorded (the statement refuses its creator whatever the role). */
  approveDisposal: operators,
  /** Discard a draft, or ask for an approved certification's withdrawal (it stands until a second person confirms). */
  withdrawDisposal: operators,
  /** Confirm a withdrawal someone else asked for (the statement refuses the requester whatever the role). */
  confirmDisposalWithdrawal: operators,
  /** Cancel a pending withdrawal request, one's own or another's: nothing else changes. */
  cancelDisposalWithdrawal: operators,
  /** The outbox listing: type, language, channel, time; no personal data. */
  listOutbox: readers,
  /** Opening one message: a read of personal data, audited. */
  readOutboxMessage: operators,
  viewDashboard: allStaffRoles,
  /** Find a record and see it masked. The auditor reads (read-only role) but never unmasks. */
  findRecords: ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'],
  /** Unmask a record, with a stated purpose: a read of personal data, audited. */
  revealRecords: ['administrator', 'notice_operator', 'claims_reviewer'],
  /** Upload a CSV, watch it import, download its rejects. */
  manageImports: operators,
  /** Search the audit log and verify its hash chain. */
  readAudit: ['administrator', 'auditor'],
  /** The background job queues (bull-board): administrators only. */
  viewQueues: ['administrator'],
  /** Create accounts, change roles, disable accounts, reset second factors. */
  manageStaff: ['administrator'],
  /** Print files of letter batches: their counts, checksums and marks (no personal data). */
  viewLetters: readers,
  /** Download a print file's PDF or manifest (names and addresses: audited), only once its batch is approved. */
  downloadPrintFiles: operators,
  /** Record that the mail house printed, then mailed, a print file. */
  markPrintFiles: operators,
  /** Upload the mail house's returned-mail list: the letters become returned, their records undeliverable. */
  importReturnedMail: operators,
  /** The local-help directory holds no personal data: every role reads it; administrators change it. */
  readHelpDirectory: allStaffRoles,
  manageHelpDirectory: ['administrator'],
  /** The claims queue and a claim's page (facts, history, signals); the auditor reads, and opens nothing sealed. */
  viewClaims: ['administrator', 'claims_reviewer', 'auditor'],
  /** Assign to oneself, start a review, open a claim's sealed part (audited), request information, propose a decision, reopen on appeal. */
  reviewClaims: ['administrator', 'claims_reviewer'],
  /** Confirm or reject a decision another reviewer proposed (the statement refuses its proposer whatever the role). */
  confirmClaimDecision: ['administrator', 'claims_reviewer'],
  /** Confirm an approval above CLAIM_SECOND_REVIEW_ABOVE_DOLLARS (the authority for large amounts; the statement checks it too). */
  confirmLargeClaimDecisions: ['administrator'],
  /** Put a claim on hold with a coded reason (no decision while held), and release it. */
  holdClaims: ['administrator', 'claims_reviewer'],
  /** Send a second request for information on a claim that had one (the exception, so administrators only). */
  overrideInformationRequest: ['administrator'],
  // Payments for approved claims: a role of their own, so that whoever decides a claim does not also pay it.
  /** The payments page: what waits to be paid, the exports with their counts, totals and checksums (no personal data). */
  viewPayments: ['administrator', 'payments_officer', 'auditor'],
  /** Prepare an ACH or check export of the approved claims, or cancel one not yet released. */
  preparePaymentExports: payers,
  /** Release an export someone else prepared (the statement refuses its preparer whatever the role). */
  releasePaymentExports: payers,
  /** Download a released export (bank accounts or names and addresses: audited). */
  downloadPaymentExports: payers,
  /** Upload the bank's NACHA returns file: the payments it names become returned, their claims due a check. */
  importPaymentReturns: payers,
  /** Open a document a claimant sent (their personal data: each read audited). Never the auditor, as for unmasking. */
  viewClaimDocuments: ['administrator', 'claims_reviewer'],
  // Advocacy organizations (issue 15): their applications and the four-eyes decision on each.
  /** The applications list and an application's page (its facts, its decision history). */
  viewOrganizations: ['administrator', 'auditor'],
  /** Propose approving or rejecting an application (it counts only once a second administrator confirms), or withdraw one's own proposal. */
  decideOrganizations: ['administrator'],
  /** Confirm, or reject, a proposal another administrator made (the statement refuses its proposer whatever the role). */
  confirmOrganizationDecisions: ['administrator'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

/** The one role check. Administrators hold every role (lib/staff/roles.ts), whatever a list says. */
export function allows(principal: Pick<StaffPrincipal, 'role'>, permission: Permission): boolean {
  return roleMayUse(principal.role, permissions[permission]);
}
