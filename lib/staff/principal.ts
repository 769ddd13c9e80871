// The staff member acting, as lib/admin services see them: the audit actor (`staff:<id>`), the role
// (administrators pass every role check: roles.ts) and the email. Pages, actions and route handlers get
// a StaffIdentity from app/admin/_lib/guard.ts and pass `principalOf(identity)` on.
import { staffActor } from './deps';
import type { StaffRole } from './roles';

export type { StaffRole };
export type StaffPrincipal = { staffId: string; role: StaffRole; email: string };

export function principalOf(identity: { userId: number; role: StaffRole; email: string }): StaffPrincipal {
  return { staffId: staffActor(identity.userId), role: identity.role, email: identity.email };
}
