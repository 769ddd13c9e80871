// Who may use each page and server action of the local-help directory. Any staff member may read it (it
// holds no personal data, and a claims reviewer or auditor may need to refer someone); only administrators
// change what the public result page lists, and each change is audited. The matrix test walks this table.
import { permissions } from '@/lib/admin/permissions';
import type { StaffRole } from '@/lib/staff/roles';

const administrators = permissions.manageHelpDirectory;

export const helpDirectoryAccess = {
  '/admin/help-directory': permissions.readHelpDirectory,
  '/admin/help-directory/new': administrators,
  '/admin/help-directory/[id]': administrators,
  createHelpEntryAction: administrators,
  updateHelpEntryAction: administrators,
  setHelpEntryArchivedAction: administrators,
} as const satisfies Record<string, readonly StaffRole[]>;
