'use server';
// Confirms the second factor being enrolled and returns the recovery codes, which are shown once.
import { confirmEnrolment } from '@/lib/staff/enrolment';
import { getStaffDeps } from '@/lib/staff/server';
import { enrolmentCodeSchema } from '@/lib/validation/staff';
import { formFields, invalid, type ActionResult } from '../_lib/action-result';
import { authorizeAction } from '../_lib/guard';

export async function confirmEnrolmentAction(_previous: unknown, form: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const gate = await authorizeAction('any', { enrolment: true });
  if (!gate.ok) return gate;
  const parsed = enrolmentCodeSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await confirmEnrolment(await getStaffDeps(), { userId: gate.data.userId, sessionId: gate.data.sessionId, code: parsed.data.code });
  if (result.ok) return result;
  if (result.error === 'wrong_code') {
    return invalid([{ path: ['code'], message: 'That code is not right. Check the clock on your phone and enter the code the app shows now.' }]);
  }
  return { ok: false, error: { code: 'conflict', message: 'This account already has a second factor. Sign in with it.' } };
}
