// The admin areas the home page lists, each with who may use it (the page itself checks again through
// the guard). Add an area here when its page lands.
import type { Access } from '@/lib/staff/roles';

export type AdminArea = { href: string; title: string; description: string; access: Access };

export const adminAreas: readonly AdminArea[] = [
  { href: '/admin/users', title: 'Staff accounts', description: 'Create accounts, change roles, disable accounts, reset second factors.', access: ['administrator'] },
];
