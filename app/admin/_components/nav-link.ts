import type { StaffRole } from '@/lib/auth/guard';

/** One entry of an area's links for the staff navigation; shown to the roles listed. */
export type AdminNavLink = { label: string; href: string; roles: readonly StaffRole[] };
