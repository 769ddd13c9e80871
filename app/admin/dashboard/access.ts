// Who may see the dashboard (path → roles). The authorization matrix test walks this table.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const dashboardAccess = {
  '/admin/dashboard': permissions.viewDashboard,
} as const satisfies Record<string, readonly StaffRole[]>;
