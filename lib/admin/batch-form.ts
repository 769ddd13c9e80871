// The "new batch" form: FormData in, the service's input out, with messages per field.
import { createBatchSchema, type CreateBatchInput } from '../validation/notices';
import { fieldErrorsOf, problems, type FieldErrors } from './staff-result';
import type { BatchFormValues } from './form-values';

export { batchFormValues, emptyBatchForm, type BatchFormValues } from './form-values';

/** What the form offers; disposal confirmations are made from a disposal certification instead. */
export const batchFormTypes = ['initial_notice', 'notice_copy'] as const;

/** An empty list means "no filter"; an empty channel list is an answer to correct, not "both". */
export function batchInputOf(v: BatchFormValues): unknown {
  const states = v.states.split(/[\s,;]+/).filter(Boolean);
  return {
    name: v.name,
    type: v.type,
    selection: {
      categories: v.categories.length ? v.categories : undefined,
      languages: v.languages.length ? v.languages : undefined,
      states: states.length ? states : undefined,
      channels: v.channels,
      hasEmail: v.hasEmail || undefined,
      notYetNotified: v.notYetNotified || undefined,
    },
  };
}

const fieldOf = (path: readonly PropertyKey[]) => String(path[0] === 'selection' ? path[1] : path[0]);

export function parseBatchForm(
  v: BatchFormValues,
): { ok: true; data: CreateBatchInput } | { ok: false; error: string; fieldErrors: FieldErrors } {
  const parsed = createBatchSchema.safeParse(batchInputOf(v));
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, fieldOf);
  if (v.type && !(batchFormTypes as readonly string[]).includes(v.type))
    fieldErrors.type = 'Choose an initial notice or a copy of the notice';
  if (v.channels.length === 0) fieldErrors.channels = 'Choose email, letter or both';
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, data: parsed.data };
  return problems(fieldErrors);
}
