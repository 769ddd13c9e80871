// The "new batch" form: FormData in, the service's input out, with messages per field.
import { createBatchSchema, type CreateBatchInput } from '../validation/notices';
import { fieldErrorsOf, problems, type FieldErrors } from './staff-result';

/** What the form offers; disposal confirmations are made from a disposal certification instead. */
export const batchFormTypes = ['initial_notice', 'notice_copy'] as const;

export type BatchFormValues = {
  name: string;
  type: string;
  categories: string[];
  languages: string[];
  states: string;
  channels: string[];
  hasEmail: boolean;
  notYetNotified: boolean;
};

export const emptyBatchForm: BatchFormValues = {
  name: '', type: 'initial_notice', categories: [], languages: [], states: '', channels: ['email', 'letter'], hasEmail: false, notYetNotified: false,
};

/** Reads the form as typed, so a form shown again after an error keeps every answer. */
export function batchFormValues(form: FormData): BatchFormValues {
  const text = (k: string) => (typeof form.get(k) === 'string' ? String(form.get(k)) : '');
  const list = (k: string) => form.getAll(k).filter((v): v is string => typeof v === 'string' && v !== '');
  return {
    name: text('name'),
    type: text('type'),
    categories: list('categories'),
    languages: list('languages'),
    states: text('states'),
    channels: list('channels'),
    hasEmail: form.get('hasEmail') === 'on',
    notYetNotified: form.get('notYetNotified') === 'on',
  };
}

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

export function parseBatchForm(v: BatchFormValues): { ok: true; data: CreateBatchInput } | { ok: false; error: string; fieldErrors: FieldErrors } {
  const parsed = createBatchSchema.safeParse(batchInputOf(v));
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, fieldOf);
  if (v.type && !(batchFormTypes as readonly string[]).includes(v.type)) fieldErrors.type = 'Choose an initial notice or a copy of the notice';
  if (v.channels.length === 0) fieldErrors.channels = 'Choose email, letter or both';
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, data: parsed.data };
  return problems(fieldErrors);
}
