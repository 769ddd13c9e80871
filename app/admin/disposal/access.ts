// Who may use each page and server action of the disposal area (path or action name → roles). The
// authorization matrix test walks this table; every page, route and action added here must be listed.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const disposalAccess = {
  '/admin/disposal': permissions.viewDisposal,
  '/admin/disposal/new': permissions.recordDisposal,
  '/admin/disposal/[id]': permissions.viewDisposal,
  submitDisposalForm: permissions.recordDisposal,
  approveCertification: permissions.approveDisposal,
  withdrawCertification: permissions.withdrawDisposal,
  confirmWithdrawal: permissions.confirmDisposalWithdrawal,
  cancelWithdrawal: permissions.cancelDisposalWithdrawal,
} as const satisfies Record<string, readonly StaffRole[]>;
