'use server';
// A staff member changes their own password (lib/staff/password-change.ts).
import { changeOwnPassword } from '@/lib/staff/password-change';
import { getStaffDeps } from '@/lib/staff/server';
import { changePasswordSchema } from '@/lib/validation/staff';
import { formFields, invalid, type ActionResult } from '../_lib/action-result';
import { authorizeAction } from '../_lib/guard';

const messages = {
  wrong_current: { path: ['current'], message: 'That is not your current password. Enter the one you signed in with.' },
  same_as_current: { path: ['next'], message: 'Choose a new password that is not the same as the current one.' },
  contains_email: { path: ['next'], message: 'Choose a new password that does not contain your email address.' },
} as const;

export async function changePasswordAction(_previous: unknown, form: FormData): Promise<ActionResult<{ otherSessionsEnded: number }>> {
  const gate = await authorizeAction('any', { passwordChange: true });
  if (!gate.ok) return gate;
  const parsed = changePasswordSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await changeOwnPassword(await getStaffDeps(), gate.data, { current: parsed.data.current, next: parsed.data.next });
  if (result.ok) return result;
  if (result.error === 'no_user') return { ok: false, error: { code: 'unauthenticated', message: 'Your account no longer exists.' } };
  return invalid([messages[result.error]]);
}
