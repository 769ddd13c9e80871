'use server';
// Confirms the second factor being enrolled and returns the recovery codes, which are shown once. Through
// the action pipeline (../_lib/action.ts) with the 'enrolment' stage: a signed-in user not yet enrolled.
import { confirmEnrolment } from '@/lib/staff/enrolment';
import { enrolmentCodeSchema } from '@/lib/validation/staff';
import { invalid, refuse, type ActionResult } from '../_lib/action-result';
import { staffAction } from '../_lib/action';

export const confirmEnrolmentAction = staffAction({
  gate: 'enrolment',
  input: enrolmentCodeSchema,
  run: async ({ code }, ctx): Promise<ActionResult<{ recoveryCodes: string[] }>> => {
    const result = await confirmEnrolment(ctx.staffDeps, { userId: ctx.staff.userId, sessionId: ctx.staff.sessionId, code });
    if (result.ok) return result;
    if (result.error === 'wrong_code') {
      return invalid([
        { path: ['code'], message: 'That code is not right. Check the clock on your phone and enter the code the app shows now.' },
      ]);
    }
    return refuse('conflict', 'This account already has a second factor. Sign in with it.');
  },
});
