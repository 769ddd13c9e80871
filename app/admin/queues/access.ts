// The queue monitor's routes and the roles allowed (for the authorization matrix).
import { adminRoles } from '@/lib/admin/roles';

export const queuesAccess = {
  pages: {},
  routes: { 'GET|POST|PUT|PATCH|DELETE /admin/queues/[[...path]]': adminRoles.queues },
  actions: {},
} as const;
