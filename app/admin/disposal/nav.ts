import { permissions } from '@/lib/admin/permissions';
import type { AdminNavLink } from '../_components/nav-link';

export const disposalNav: AdminNavLink[] = [{ label: 'Disposal certifications', href: '/admin/disposal', roles: permissions.viewDisposal }];
