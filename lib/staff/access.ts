// The one decision behind every admin guard (app/admin/_lib/guard.ts turns it into a redirect, a 403
// page, a 401/403 response or an action error).
import type { StaffIdentity } from './sign-in';
import { roleMayUse, type Access } from './roles';

export type AccessDecision = 'allow' | 'sign_in' | 'enrol' | 'enrolled_already' | 'forbidden';

export function decideAccess(who: StaffIdentity | null, access: Access, options: { enrolment?: boolean } = {}): AccessDecision {
  if (!who) return 'sign_in';
  if (options.enrolment) return who.enrolled ? 'enrolled_already' : 'allow';
  if (!who.enrolled) return 'enrol';
  return roleMayUse(who.role, access) ? 'allow' : 'forbidden';
}
