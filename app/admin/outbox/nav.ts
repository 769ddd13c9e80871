import { permissions } from '@/lib/admin/permissions';
import type { AdminNavLink } from '../_components/nav-link';

export const outboxNav: AdminNavLink[] = [{ label: 'Outbox', href: '/admin/outbox', roles: permissions.listOutbox }];
