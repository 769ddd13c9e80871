// Every page and route handler of /admin/imports and the roles allowed (for the authorization matrix).
import { adminRoles } from '@/lib/admin/roles';

export const importsAccess = {
  pages: { '/admin/imports': adminRoles.imports, '/admin/imports/[id]': adminRoles.imports },
  routes: {
    'POST /admin/imports/upload': adminRoles.imports,
    'GET /admin/imports/[id]/progress': adminRoles.imports,
    'GET /admin/imports/[id]/rejects': adminRoles.imports,
  },
  actions: {},
} as const;
