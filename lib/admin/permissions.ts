// Which staff roles may do what in the batches, disposal, outbox and dashboard areas. The pages' guards,
// the server actions' inner functions and the access tables in app/admin/*/access.ts all read this one map.
import type { StaffPrincipal, StaffRole } from '../staff/principal';

export const allStaffRoles = ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'] as const satisfies readonly StaffRole[];
const operators = ['administrator', 'notice_operator'] as const satisfies readonly StaffRole[];
// The auditor sees everything these areas show, and changes nothing.
const readers = ['administrator', 'notice_operator', 'auditor'] as const satisfies readonly StaffRole[];

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
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function allows(principal: Pick<StaffPrincipal, 'role'>, permission: Permission): boolean {
  return (permissions[permission] as readonly StaffRole[]).includes(principal.role);
}
