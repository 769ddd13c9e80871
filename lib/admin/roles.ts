// Who may do what in the admin areas built here. app/admin/*/access.ts map each page, route and action
// to these lists (for the authorization matrix), and the service functions check them again themselves.
import { roleMayUse } from '../staff/roles';
import type { StaffPrincipal, StaffRole } from '../staff/principal';

export const adminRoles = {
  /** Find a record and see it masked. The auditor reads (read-only role) but never unmasks. */
  recordsFind: ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'],
  recordsReveal: ['administrator', 'notice_operator', 'claims_reviewer'],
  imports: ['administrator', 'notice_operator'],
  audit: ['auditor', 'administrator'],
  queues: ['administrator'],
} as const satisfies Record<string, readonly StaffRole[]>;

export function allows(roles: readonly StaffRole[], principal: StaffPrincipal): boolean {
  return roleMayUse(principal.role, roles);
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
