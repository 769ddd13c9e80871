// The admin areas the home page lists, each with who may use it (the page itself checks again through
// the guard). Add an area here when its page lands.
import { adminRoles } from '@/lib/admin/roles';
import type { Access } from '@/lib/staff/roles';

export type AdminArea = { href: string; title: string; description: string; access: Access };

export const adminAreas: readonly AdminArea[] = [
  { href: '/admin/users', title: 'Staff accounts', description: 'Create accounts, change roles, disable accounts, reset second factors.', access: ['administrator'] },
  { href: '/admin/records', title: 'Records', description: 'Find a record by notice code or SSN/ITIN; see it masked; reveal it with a stated reason.', access: adminRoles.recordsFind },
  { href: '/admin/imports', title: 'Imports', description: 'Upload a CSV of disclosed records, watch it import, download the rejects.', access: adminRoles.imports },
  { href: '/admin/audit', title: 'Audit log', description: 'Search the audit log and verify its hash chain.', access: adminRoles.audit },
  { href: '/admin/queues', title: 'Queues', description: 'The background job queues (bull-board).', access: adminRoles.queues },
];
