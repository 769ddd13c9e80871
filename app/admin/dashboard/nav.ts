import { permissions } from '@/lib/admin/permissions';
import type { AdminNavLink } from '../_components/nav-link';

export const dashboardNav: AdminNavLink[] = [{ label: 'Dashboard', href: '/admin/dashboard', roles: permissions.viewDashboard }];
