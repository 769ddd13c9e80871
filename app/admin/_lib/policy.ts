// The staff area's written policy: every page, route handler and server action under app/admin, and the
// permission of the table (lib/admin/permissions.ts) or the session stage that guards it. It is data only
// (no server code), so the authorization matrix can be generated from it: `staffPolicyMatrix()` resolves
// each entry to the roles that hold it. app/admin/_lib/policy.test.ts fails when an action or route under
// app/admin has no entry here, or when an entry disagrees with what the code checks.
//
//   'public'     anyone (the sign-in page and action)
//   'session'    anyone with a session, enrolled or not (sign out)
//   'enrolment'  a signed-in user who has not enrolled a second factor yet
//   'password'   any signed-in, enrolled staff member, even one who must still replace a generated password
//   'any'        any signed-in, enrolled staff member with their own password
import { permissions, type Permission } from '@/lib/admin/permissions';
import type { StaffRole } from '@/lib/staff/roles';

export type PolicyGate = Permission | 'public' | 'session' | 'enrolment' | 'password' | 'any';

export const staffPolicy = {
  pages: {
    '/admin': 'any',
    '/admin/sign-in': 'public',
    '/admin/enrol': 'enrolment',
    '/admin/password': 'password',
    '/admin/users': 'manageStaff',
    '/admin/records': 'findRecords',
    '/admin/records/[id]': 'findRecords',
    '/admin/imports': 'manageImports',
    '/admin/imports/[id]': 'manageImports',
    '/admin/audit': 'readAudit',
    '/admin/batches': 'viewBatches',
    '/admin/batches/new': 'manageBatches',
    '/admin/batches/[id]': 'viewBatches',
    '/admin/batches/[id]/preview': 'viewBatches',
    '/admin/disposal': 'viewDisposal',
    '/admin/disposal/new': 'recordDisposal',
    '/admin/disposal/[id]': 'viewDisposal',
    '/admin/outbox': 'listOutbox',
    '/admin/outbox/[id]': 'readOutboxMessage',
    '/admin/dashboard': 'viewDashboard',
    '/admin/letters': 'viewLetters',
    '/admin/letters/returned': 'importReturnedMail',
    '/admin/help-directory': 'readHelpDirectory',
    '/admin/help-directory/new': 'manageHelpDirectory',
    '/admin/help-directory/[id]': 'manageHelpDirectory',
    '/admin/claims': 'viewClaims',
    '/admin/claims/[id]': 'viewClaims',
    '/admin/payments': 'viewPayments',
    '/admin/payments/returns': 'importPaymentReturns',
    '/admin/organizations': 'viewOrganizations',
    '/admin/organizations/[id]': 'viewOrganizations',
  },
  routeHandlers: {
    '/admin/imports/upload': 'manageImports',
    '/admin/imports/[id]/progress': 'manageImports',
    '/admin/imports/[id]/rejects': 'manageImports',
    '/admin/queues/[[...path]]': 'viewQueues',
    '/admin/letters/files/[id]/[part]': 'downloadPrintFiles',
    '/admin/letters/returned/upload': 'importReturnedMail',
    '/admin/payments/exports/[id]/file': 'downloadPaymentExports',
    '/admin/claims/[id]/documents/[documentId]': 'viewClaimDocuments',
  },
  actions: {
    'app/admin/actions.ts#signOutAction': 'session',
    'app/admin/actions.ts#signOutEverywhereAction': 'session',
    'app/admin/sign-in/actions.ts#signInAction': 'public',
    'app/admin/enrol/actions.ts#confirmEnrolmentAction': 'enrolment',
    'app/admin/password/actions.ts#changePasswordAction': 'password',
    'app/admin/users/actions.ts#createUserAction': 'manageStaff',
    'app/admin/users/actions.ts#changeRoleAction': 'manageStaff',
    'app/admin/users/actions.ts#setDisabledAction': 'manageStaff',
    'app/admin/users/actions.ts#resetSecondFactorAction': 'manageStaff',
    'app/admin/records/actions.ts#findRecordAction': 'findRecords',
    'app/admin/records/actions.ts#revealRecordAction': 'revealRecords',
    'app/admin/audit/actions.ts#verifyChainAction': 'readAudit',
    'app/admin/batches/actions.ts#submitBatchForm': 'manageBatches',
    'app/admin/batches/actions.ts#approveBatch': 'approveBatches',
    'app/admin/batches/actions.ts#startBatch': 'manageBatches',
    'app/admin/batches/actions.ts#pauseBatch': 'manageBatches',
    'app/admin/batches/actions.ts#resumeBatch': 'manageBatches',
    'app/admin/batches/actions.ts#cancelBatch': 'manageBatches',
    'app/admin/disposal/actions.ts#submitDisposalForm': 'recordDisposal',
    'app/admin/disposal/actions.ts#approveCertification': 'approveDisposal',
    'app/admin/disposal/actions.ts#withdrawCertification': 'withdrawDisposal',
    'app/admin/disposal/actions.ts#confirmWithdrawal': 'confirmDisposalWithdrawal',
    'app/admin/disposal/actions.ts#cancelWithdrawal': 'cancelDisposalWithdrawal',
    'app/admin/letters/actions.ts#markPrintFilePrinted': 'markPrintFiles',
    'app/admin/letters/actions.ts#markPrintFileMailed': 'markPrintFiles',
    'app/admin/help-directory/actions.ts#createHelpEntryAction': 'manageHelpDirectory',
    'app/admin/help-directory/actions.ts#updateHelpEntryAction': 'manageHelpDirectory',
    'app/admin/help-directory/actions.ts#setHelpEntryArchivedAction': 'manageHelpDirectory',
    'app/admin/claims/actions.ts#assignClaimAction': 'reviewClaims',
    'app/admin/claims/actions.ts#unassignClaimAction': 'reviewClaims',
    'app/admin/claims/actions.ts#startReviewAction': 'reviewClaims',
    'app/admin/claims/actions.ts#revealClaimAction': 'reviewClaims',
    'app/admin/claims/actions.ts#requestInformationAction': 'reviewClaims',
    'app/admin/claims/actions.ts#decideClaimAction': 'reviewClaims',
    'app/admin/claims/actions.ts#reopenOnAppealAction': 'reviewClaims',
    'app/admin/claims/actions.ts#confirmDecisionAction': 'confirmClaimDecision',
    'app/admin/claims/actions.ts#rejectDecisionAction': 'confirmClaimDecision',
    'app/admin/claims/actions.ts#holdClaimAction': 'holdClaims',
    'app/admin/claims/actions.ts#releaseHoldAction': 'holdClaims',
    'app/admin/payments/actions.ts#prepareExportAction': 'preparePaymentExports',
    'app/admin/payments/actions.ts#cancelExportAction': 'preparePaymentExports',
    'app/admin/payments/actions.ts#releaseExportAction': 'releasePaymentExports',
    'app/admin/payments/actions.ts#importReturnsAction': 'importPaymentReturns',
    'app/admin/organizations/actions.ts#proposeOrganizationDecisionAction': 'decideOrganizations',
    'app/admin/organizations/actions.ts#withdrawOrganizationDecisionAction': 'decideOrganizations',
    'app/admin/organizations/actions.ts#confirmOrganizationDecisionAction': 'confirmOrganizationDecisions',
    'app/admin/organizations/actions.ts#rejectOrganizationProposalAction': 'confirmOrganizationDecisions',
  },
} as const satisfies Record<'pages' | 'routeHandlers' | 'actions', Record<string, PolicyGate>>;

/** A gate as the matrix spells access: a stage, or the roles that hold the permission. */
export type ResolvedAccess = Exclude<PolicyGate, Permission> | readonly StaffRole[];

export function resolveGate(gate: PolicyGate): ResolvedAccess {
  return gate in permissions ? permissions[gate as Permission] : (gate as Exclude<PolicyGate, Permission>);
}

/** Every (kind, key) of the policy with the access it resolves to: the rows of a generated matrix. */
export function staffPolicyMatrix(): { kind: keyof typeof staffPolicy; key: string; gate: PolicyGate; access: ResolvedAccess }[] {
  return (Object.keys(staffPolicy) as (keyof typeof staffPolicy)[]).flatMap((kind) =>
    Object.entries(staffPolicy[kind] as Record<string, PolicyGate>).map(([key, gate]) => ({ kind, key, gate, access: resolveGate(gate) })),
  );
}
