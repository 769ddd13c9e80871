// THE authorization matrix of the staff area: every page, route handler and exported server action under
// app/admin, and who may use it. e2e/admin-matrix.spec.ts fails when something under app/admin is missing
// here, and checks each entry for the anonymous, a user who has not enrolled, and each role.
//
//   'public'     anyone (the sign-in page and action)
//   'session'    anyone with a session, enrolled or not (sign out); without one, back to sign-in
//   'enrolment'  only a signed-in user who has not enrolled a second factor yet
//   'password'   any signed-in, enrolled staff member, including one who must still replace a generated
//                password (everything else sends them to /admin/password)
//   'any'        any signed-in, enrolled staff member who has their own password
//   [roles]      those roles; administrators hold every role (lib/staff/roles.ts), so they pass too
//
// Pages: key = route as in the file tree ('/admin/batches/[id]'); give `path` when it has a dynamic
// segment ('{upload}', '{batch}', '{certification}', '{outbox}' stand for rows the spec creates first). Route handlers: key = route,
// `methods` to call. Actions: key = 'file#exportName'.
import { batchesAccess } from '../../app/admin/batches/access';
import { dashboardAccess } from '../../app/admin/dashboard/access';
import { disposalAccess } from '../../app/admin/disposal/access';
import { helpDirectoryAccess } from '../../app/admin/help-directory/access';
import { outboxAccess } from '../../app/admin/outbox/access';
import { adminRoles } from '../../lib/admin/roles';
import type { StaffRole } from '../../lib/staff/roles';

export type Allowed = 'public' | 'session' | 'enrolment' | 'password' | 'any' | readonly StaffRole[];

export const adminPages: Record<string, { allowed: Allowed; path?: string }> = {
  '/admin': { allowed: 'any' },
  '/admin/sign-in': { allowed: 'public' },
  '/admin/enrol': { allowed: 'enrolment' },
  '/admin/password': { allowed: 'password' },
  '/admin/users': { allowed: ['administrator'] },
  '/admin/records': { allowed: adminRoles.recordsFind },
  '/admin/records/[id]': { allowed: adminRoles.recordsFind, path: '/admin/records/1' },
  '/admin/imports': { allowed: adminRoles.imports },
  '/admin/imports/[id]': { allowed: adminRoles.imports, path: '/admin/imports/{upload}' },
  '/admin/audit': { allowed: adminRoles.audit },
  '/admin/batches': { allowed: batchesAccess['/admin/batches'] },
  '/admin/batches/new': { allowed: batchesAccess['/admin/batches/new'] },
  '/admin/batches/[id]': { allowed: batchesAccess['/admin/batches/[id]'], path: '/admin/batches/{batch}' },
  '/admin/batches/[id]/preview': { allowed: batchesAccess['/admin/batches/[id]/preview'], path: '/admin/batches/{batch}/preview' },
  '/admin/disposal': { allowed: disposalAccess['/admin/disposal'] },
  '/admin/disposal/new': { allowed: disposalAccess['/admin/disposal/new'] },
  '/admin/disposal/[id]': { allowed: disposalAccess['/admin/disposal/[id]'], path: '/admin/disposal/{certification}' },
  '/admin/outbox': { allowed: outboxAccess['/admin/outbox'] },
  '/admin/outbox/[id]': { allowed: outboxAccess['/admin/outbox/[id]'], path: '/admin/outbox/{outbox}' },
  '/admin/dashboard': { allowed: dashboardAccess['/admin/dashboard'] },
  // Reading the directory: every role (no personal data); changing it: administrators only.
  '/admin/help-directory': { allowed: helpDirectoryAccess['/admin/help-directory'] },
  '/admin/help-directory/new': { allowed: helpDirectoryAccess['/admin/help-directory/new'] },
  '/admin/help-directory/[id]': { allowed: helpDirectoryAccess['/admin/help-directory/[id]'], path: '/admin/help-directory/1' },
};

export const adminRouteHandlers: Record<string, { allowed: Allowed; path?: string; methods: readonly string[] }> = {
  '/admin/imports/upload': { allowed: adminRoles.imports, methods: ['POST'] },
  '/admin/imports/[id]/progress': { allowed: adminRoles.imports, path: '/admin/imports/{upload}/progress', methods: ['GET'] },
  '/admin/imports/[id]/rejects': { allowed: adminRoles.imports, path: '/admin/imports/{upload}/rejects', methods: ['GET'] },
  '/admin/queues/[[...path]]': { allowed: adminRoles.queues, path: '/admin/queues', methods: ['GET'] },
};

export const adminActions: Record<string, Allowed> = {
  'app/admin/actions.ts#signOutAction': 'session',
  'app/admin/actions.ts#signOutEverywhereAction': 'session',
  'app/admin/sign-in/actions.ts#signInAction': 'public',
  'app/admin/enrol/actions.ts#confirmEnrolmentAction': 'enrolment',
  'app/admin/password/actions.ts#changePasswordAction': 'password',
  'app/admin/users/actions.ts#createUserAction': ['administrator'],
  'app/admin/users/actions.ts#changeRoleAction': ['administrator'],
  'app/admin/users/actions.ts#setDisabledAction': ['administrator'],
  'app/admin/users/actions.ts#resetSecondFactorAction': ['administrator'],
  'app/admin/records/actions.ts#findRecordAction': adminRoles.recordsFind,
  'app/admin/records/actions.ts#revealRecordAction': adminRoles.recordsReveal,
  'app/admin/audit/actions.ts#verifyChainAction': adminRoles.audit,
  'app/admin/batches/actions.ts#submitBatchForm': batchesAccess.submitBatchForm,
  'app/admin/batches/actions.ts#approveBatch': batchesAccess.approveBatch,
  'app/admin/batches/actions.ts#startBatch': batchesAccess.startBatch,
  'app/admin/batches/actions.ts#pauseBatch': batchesAccess.pauseBatch,
  'app/admin/batches/actions.ts#resumeBatch': batchesAccess.resumeBatch,
  'app/admin/batches/actions.ts#cancelBatch': batchesAccess.cancelBatch,
  'app/admin/disposal/actions.ts#submitDisposalForm': disposalAccess.submitDisposalForm,
  'app/admin/disposal/actions.ts#approveCertification': disposalAccess.approveCertification,
  'app/admin/disposal/actions.ts#withdrawCertification': disposalAccess.withdrawCertification,
  'app/admin/disposal/actions.ts#confirmWithdrawal': disposalAccess.confirmWithdrawal,
  'app/admin/disposal/actions.ts#cancelWithdrawal': disposalAccess.cancelWithdrawal,
  'app/admin/help-directory/actions.ts#createHelpEntryAction': helpDirectoryAccess.createHelpEntryAction,
  'app/admin/help-directory/actions.ts#updateHelpEntryAction': helpDirectoryAccess.updateHelpEntryAction,
  'app/admin/help-directory/actions.ts#setHelpEntryArchivedAction': helpDirectoryAccess.setHelpEntryArchivedAction,
};
