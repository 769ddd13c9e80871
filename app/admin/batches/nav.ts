import { permissions } from '@/lib/admin/permissions';
import type { AdminNavLink } from '../_components/nav-link';

export const batchesNav: AdminNavLink[] = [{ label: 'Notice batches', href: '/admin/batches', roles: permissions.viewBatches }];
