'use server';
// Staff sign-in through next-auth's Credentials provider (app/admin/_lib/auth.ts → lib/staff signInStaff).
// Public: this is how a session starts. Every failure gets the same message.
import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { signInSchema } from '@/lib/validation/staff';
import { formFields, invalid, type ActionResult } from '../_lib/action-result';
import { signIn } from '../_lib/auth';

export async function signInAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (err) {
    if (!(err instanceof AuthError)) throw err;
    const e = env();
    if (err instanceof CredentialsSignin && err.code === 'address_limited') {
      const { points, seconds } = e.STAFF_SIGN_IN_ADDRESS_LIMIT;
      return {
        ok: false,
        error: {
          code: 'rate_limited',
          message: `There have been too many failed sign-ins from your network (${points} within ${Math.round(seconds / 60)} minutes). Try again later; ask an administrator if this keeps happening.`,
        },
      };
    }
    return {
      ok: false,
      error: {
        code: 'invalid',
        message: `The email, password or code is not right, or the account is locked or disabled. Check them and try again. After ${e.STAFF_LOCKOUT_ATTEMPTS} failed tries an account is locked for ${e.STAFF_LOCKOUT_MINUTES} minutes.`,
      },
    };
  }
  // The home page sends a user without a second factor on to enrolment.
  redirect('/admin');
}
