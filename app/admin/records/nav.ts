// The links this branch adds to the staff navigation (label, where, who sees it).
import { adminRoles } from '@/lib/admin/roles';
import type { StaffRole } from '@/lib/auth/guard';

export type AdminNavItem = { label: string; href: string; roles: readonly StaffRole[] };

export const adminRecordsNav: readonly AdminNavItem[] = [
  { label: 'Records', href: '/admin/records', roles: adminRoles.recordsFind },
  { label: 'Imports', href: '/admin/imports', roles: adminRoles.imports },
  { label: 'Audit log', href: '/admin/audit', roles: adminRoles.audit },
  { label: 'Queues', href: '/admin/queues', roles: adminRoles.queues },
];
