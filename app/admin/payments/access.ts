// Who may use each page and server action of the payments area (path or action name → roles). The
// authorization matrix test walks this table. Seeing the list holds no personal data; downloading a file
// is a read of bank accounts or names and addresses (audited).
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const paymentsAccess = {
  '/admin/payments': permissions.viewPayments,
  '/admin/payments/returns': permissions.importPaymentReturns,
  prepareExportAction: permissions.preparePaymentExports,
  cancelExportAction: permissions.preparePaymentExports,
  releaseExportAction: permissions.releasePaymentExports,
  importReturnsAction: permissions.importPaymentReturns,
} as const satisfies Record<string, readonly StaffRole[]>;
