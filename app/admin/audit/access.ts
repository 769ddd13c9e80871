// Every page and server action of /admin/audit and the roles allowed (for the authorization matrix).
import { adminRoles } from '@/lib/admin/roles';

export const auditAccess = {
  pages: { '/admin/audit': adminRoles.audit },
  actions: { verifyChainAction: adminRoles.audit },
} as const;
