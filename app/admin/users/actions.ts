'use server';
// Administrators manage staff accounts. Each action: role check → parse → write (lib/staff/manage.ts,
// which audits with the acting staff id and never an email).
import { revalidatePath } from 'next/cache';
import { staffActor } from '@/lib/staff/deps';
import { changeStaffRole, createStaffUser, resetStaffSecondFactor, setStaffDisabled } from '@/lib/staff/manage';
import { getStaffDeps } from '@/lib/staff/server';
import { changeRoleSchema, createStaffSchema, staffUserIdSchema } from '@/lib/validation/staff';
import { formFields, invalid, type ActionResult } from '../_lib/action-result';
import { authorizeAction } from '../_lib/guard';

const administrators = ['administrator'] as const;

type Manage = { ok: true; data: unknown } | { ok: false; error: 'no_user' | 'self' };

function outcome(result: Manage, done: string): ActionResult<{ message: string }> {
  if (result.ok) {
    revalidatePath('/admin/users');
    return { ok: true, data: { message: done } };
  }
  return result.error === 'self'
    ? { ok: false, error: { code: 'conflict', message: 'You cannot do this to your own account; ask another administrator.' } }
    : { ok: false, error: { code: 'not_found', message: 'That account no longer exists. Reload the page.' } };
}

export async function createUserAction(_previous: unknown, form: FormData): Promise<ActionResult<{ email: string; temporaryPassword: string }>> {
  const gate = await authorizeAction(administrators);
  if (!gate.ok) return gate;
  const parsed = createStaffSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const created = await createStaffUser(await getStaffDeps(), staffActor(gate.data.userId), parsed.data);
  if (!created.ok) return invalid([{ path: ['email'], message: 'An account with this email address exists already. Use another address.' }]);
  revalidatePath('/admin/users');
  return { ok: true, data: { email: created.data.user.email, temporaryPassword: created.data.password } };
}

export async function changeRoleAction(_previous: unknown, form: FormData): Promise<ActionResult<{ message: string }>> {
  const gate = await authorizeAction(administrators);
  if (!gate.ok) return gate;
  const parsed = changeRoleSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  return outcome(await changeStaffRole(await getStaffDeps(), gate.data.userId, parsed.data.userId, parsed.data.role), 'Role changed.');
}

export async function setDisabledAction(_previous: unknown, form: FormData): Promise<ActionResult<{ message: string }>> {
  const gate = await authorizeAction(administrators);
  if (!gate.ok) return gate;
  const fields = formFields(form);
  const parsed = staffUserIdSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error.issues);
  const disable = fields.disabled === 'true';
  const result = await setStaffDisabled(await getStaffDeps(), gate.data.userId, parsed.data.userId, disable);
  return outcome(result, disable ? 'Account disabled; its sessions have ended.' : 'Account enabled.');
}

export async function resetSecondFactorAction(_previous: unknown, form: FormData): Promise<ActionResult<{ message: string }>> {
  const gate = await authorizeAction(administrators);
  if (!gate.ok) return gate;
  const parsed = staffUserIdSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await resetStaffSecondFactor(await getStaffDeps(), gate.data.userId, parsed.data.userId);
  return outcome(result, 'Second factor removed; the user sets up a new one at their next sign-in.');
}
