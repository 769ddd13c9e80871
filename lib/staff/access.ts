// The one decision behind every admin guard (app/admin/_lib/guard.ts turns it into a redirect, a 403
// page, a 401/403 response or an action error).
import type { StaffIdentity } from './sign-in';
import { roleMayUse, type Access } from './roles';

export type AccessDecision = 'allow' | 'sign_in' | 'enrol' | 'enrolled_already' | 'change_password' | 'forbidden';

/**
 * A first sign-in goes: password → enrol a second factor (`enrolment`: the enrolment page) → choose one's
 * own password if it was generated (`passwordChange`: the password page, open to every enrolled user) →
 * the pages the role may use.
 */
export function decideAccess(
  who: StaffIdentity | null,
  access: Access,
  options: { enrolment?: boolean; passwordChange?: boolean } = {},
): AccessDecision {
  if (!who) return 'sign_in';
  if (options.enrolment) return who.enrolled ? 'enrolled_already' : 'allow';
  if (!who.enrolled) return 'enrol';
  if (options.passwordChange) return 'allow';
  if (who.mustChangePassword) return 'change_password';
  return roleMayUse(who.role, access) ? 'allow' : 'forbidden';
}
