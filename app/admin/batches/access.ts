// Who may use each page and server action of the batches area (path or action name → roles). The
// authorization matrix test walks this table; every page, route and action added here must be listed.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const batchesAccess = {
  '/admin/batches': permissions.viewBatches,
  '/admin/batches/new': permissions.manageBatches,
  '/admin/batches/[id]': permissions.viewBatches,
  '/admin/batches/[id]/preview': permissions.viewBatches,
  submitBatchForm: permissions.manageBatches,
  approveBatch: permissions.approveBatches,
  startBatch: permissions.manageBatches,
  pauseBatch: permissions.manageBatches,
  resumeBatch: permissions.manageBatches,
  cancelBatch: permissions.manageBatches,
} as const satisfies Record<string, readonly StaffRole[]>;
