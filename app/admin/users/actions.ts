'use server';
// Administrators manage staff accounts, through the action pipeline (../_lib/action.ts): session →
// 'manageStaff' → parse → context → write (lib/staff/manage.ts, which audits with the acting staff id and
// never an email).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { staffActor } from '@/lib/staff/deps';
import { changeStaffRole, createStaffUser, resetStaffSecondFactor, setStaffDisabled } from '@/lib/staff/manage';
import { changeRoleSchema, createStaffSchema, staffUserIdSchema } from '@/lib/validation/staff';
import { invalid, refuse, type ActionResult } from '../_lib/action-result';
import { staffAction } from '../_lib/action';

type Manage = { ok: true; data: unknown } | { ok: false; error: 'no_user' | 'self' };

function outcome(result: Manage, done: string): ActionResult<{ message: string }> {
  if (result.ok) {
    revalidatePath('/admin/users');
    return { ok: true, data: { message: done } };
  }
  return result.error === 'self'
    ? refuse('conflict', 'You cannot do this to your own account; ask another administrator.')
    : refuse('not_found', 'That account no longer exists. Reload the page.');
}

export const createUserAction = staffAction({
  gate: 'manageStaff',
  input: createStaffSchema,
  run: async (input, ctx): Promise<ActionResult<{ email: string; temporaryPassword: string }>> => {
    const created = await createStaffUser(ctx.staffDeps, staffActor(ctx.staff.userId), input);
    if (!created.ok)
      return invalid([{ path: ['email'], message: 'An account with this email address exists already. Use another address.' }]);
    revalidatePath('/admin/users');
    return { ok: true, data: { email: created.data.user.email, temporaryPassword: created.data.password } };
  },
});

export const changeRoleAction = staffAction({
  gate: 'manageStaff',
  input: changeRoleSchema,
  run: async ({ userId, role }, ctx) => outcome(await changeStaffRole(ctx.staffDeps, ctx.staff.userId, userId, role), 'Role changed.'),
});

export const setDisabledAction = staffAction({
  gate: 'manageStaff',
  input: staffUserIdSchema.extend({
    disabled: z
      .string()
      .optional()
      .transform((v) => v === 'true'),
  }),
  run: async ({ userId, disabled }, ctx) =>
    outcome(
      await setStaffDisabled(ctx.staffDeps, ctx.staff.userId, userId, disabled),
      disabled ? 'Account disabled; its sessions have ended.' : 'Account enabled.',
    ),
});

export const resetSecondFactorAction = staffAction({
  gate: 'manageStaff',
  input: staffUserIdSchema,
  run: async ({ userId }, ctx) =>
    outcome(
      await resetStaffSecondFactor(ctx.staffDeps, ctx.staff.userId, userId),
      'Second factor removed; the user sets up a new one at their next sign-in.',
    ),
});
