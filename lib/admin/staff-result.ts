// What the admin area's inner functions answer: the service's result shape, plus per-field messages for
// forms (an error summary links to each field, and each field repeats its message).
import type { z } from 'zod';
import type { StaffPrincipal } from '../staff/principal';
import { allows, type Permission } from './permissions';

export type FieldErrors = Record<string, string>;
export type StaffResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export const notAllowedMessage = 'Your role does not allow this. Ask an administrator if you need it.';

/** Refuses (as a result, for the caller to return) when the principal's role lacks the permission. */
export function refuseUnless(principal: Pick<StaffPrincipal, 'role'>, permission: Permission): { ok: false; error: string } | null {
  return allows(principal, permission) ? null : { ok: false, error: notAllowedMessage };
}

/** The first message for each form field; `fieldOf` maps an issue's path to the field's name. */
export function fieldErrorsOf(error: z.ZodError, fieldOf: (path: readonly PropertyKey[]) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    out[field] ??= issue.message;
  }
  return out;
}

/** A form's refusal: a summary sentence and the message for each field. */
export function problems(fieldErrors: FieldErrors): { ok: false; error: string; fieldErrors: FieldErrors } {
  const count = Object.keys(fieldErrors).length;
  return {
    ok: false,
    error: count === 1 ? 'There is a problem with one answer.' : `There are problems with ${count} answers.`,
    fieldErrors,
  };
}

/** Form values as text, for a value that must be a positive whole number (an id from a hidden field). */
export function positiveId(value: FormDataEntryValue | null): number | null {
  const n = typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
