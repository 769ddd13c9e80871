// What every staff server action returns (through the pipeline, ./action.ts), and the one place where
// refusals become the sentences staff read. `fields` holds a message per form field (shown at the field
// and in the error summary); `keep` carries back what a form shows again after a refusal (the values
// typed, the last count), since React resets a form after its action. Messages never hold personal data.
import { notAllowedMessage } from '@/lib/admin/staff-result';

export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'conflict' | 'not_found' | 'rate_limited' | 'failed';
export type ActionError = { code: ActionErrorCode; message: string; fields?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError; keep?: Partial<T> };

/** The sentence for each kind of refusal when the step that refused has nothing more specific to say. */
export const refusalMessages = {
  unauthenticated: 'Your session has ended or you are not signed in. Sign in again.',
  forbidden: 'Your role does not allow this.',
  change_password: 'Choose your own password first, on the page "Change your password".',
  invalid: 'Check the fields marked below.',
  failed:
    'Something went wrong on our side, and nothing was changed by this request. Try again; if it happens again, give an administrator this reference:',
} as const;

export function refuse(code: ActionErrorCode, message?: string, fields?: Record<string, string>): { ok: false; error: ActionError } {
  const text = message ?? (code in refusalMessages ? refusalMessages[code as keyof typeof refusalMessages] : refusalMessages.failed);
  return { ok: false, error: fields ? { code, message: text, fields } : { code, message: text } };
}

/** A zod error as a form's field messages, first message per field. */
export function invalid(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  message?: string,
): { ok: false; error: ActionError } {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  return refuse('invalid', message ?? refusalMessages.invalid, fields);
}

/** The services' answers (lib/admin staff-result and roles `Result`): a string error, maybe per field. */
type ServiceResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** A service's answer as an action's: a field problem is 'invalid', the role check 'forbidden', the rest 'conflict'. */
export function fromService<T>(result: ServiceResult<T>): ActionResult<T> {
  if (result.ok) return result;
  if (result.fieldErrors && Object.keys(result.fieldErrors).length) return refuse('invalid', result.error, result.fieldErrors);
  return refuse(result.error === notAllowedMessage ? 'forbidden' : 'conflict', result.error);
}

/** A server action's FormData as a plain object (anything else, e.g. a call with no arguments, is {}). */
export function formFields(form: unknown): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') out[k] = v;
  return out;
}
