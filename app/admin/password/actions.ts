'use server';
// A staff member changes their own password (lib/staff/password-change.ts), through the action pipeline
// (../_lib/action.ts) with the 'password' stage: any signed-in, enrolled user, generated password or not.
import { changeOwnPassword } from '@/lib/staff/password-change';
import { changePasswordSchema } from '@/lib/validation/staff';
import { invalid, refuse, type ActionResult } from '../_lib/action-result';
import { staffAction } from '../_lib/action';

const messages = {
  wrong_current: { path: ['current'], message: 'That is not your current password. Enter the one you signed in with.' },
  same_as_current: { path: ['next'], message: 'Choose a new password that is not the same as the current one.' },
  contains_email: { path: ['next'], message: 'Choose a new password that does not contain your email address.' },
} as const;

export const changePasswordAction = staffAction({
  gate: 'password',
  input: changePasswordSchema,
  run: async ({ current, next }, ctx): Promise<ActionResult<{ otherSessionsEnded: number }>> => {
    const result = await changeOwnPassword(ctx.staffDeps, ctx.staff, { current, next });
    if (result.ok) return result;
    if (result.error === 'no_user') return refuse('unauthenticated', 'Your account no longer exists.');
    return invalid([messages[result.error]]);
  },
});
