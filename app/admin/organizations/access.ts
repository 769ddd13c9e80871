// Who may use each page and server action of the organizations area (path or action name → roles). The
// permission-tables test compares this table with the written policy in ARCHITECTURE.md.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const organizationsAccess = {
  '/admin/organizations': permissions.viewOrganizations,
  '/admin/organizations/[id]': permissions.viewOrganizations,
  proposeOrganizationDecisionAction: permissions.decideOrganizations,
  withdrawOrganizationDecisionAction: permissions.decideOrganizations,
  confirmOrganizationDecisionAction: permissions.confirmOrganizationDecisions,
  rejectOrganizationProposalAction: permissions.confirmOrganizationDecisions,
} as const satisfies Record<string, readonly StaffRole[]>;
