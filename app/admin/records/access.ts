// Every page and server action of /admin/records and the roles allowed (for the authorization matrix).
import { adminRoles } from '@/lib/admin/roles';

export const recordsAccess = {
  pages: { '/admin/records': adminRoles.recordsFind, '/admin/records/[id]': adminRoles.recordsFind },
  actions: { findRecordAction: adminRoles.recordsFind, revealRecordAction: adminRoles.recordsReveal },
} as const;
