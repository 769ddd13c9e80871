// What every admin server action returns. `fields` holds a message per form field (shown at the field
// and in the error summary); messages never contain personal data.
export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'conflict' | 'not_found' | 'rate_limited' | 'failed';
export type ActionError = { code: ActionErrorCode; message: string; fields?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** A zod error as a form's field messages, first message per field. */
export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { ok: false; error: ActionError } {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    fields[key] ??= issue.message;
  }
  return { ok: false, error: { code: 'invalid', message: 'Check the fields marked below.', fields } };
}

/** A server action's FormData as a plain object (anything else, e.g. a call with no arguments, is {}). */
export function formFields(form: unknown): Record<string, string> {
  if (!(form instanceof FormData)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string') out[k] = v;
  return out;
}
