// What the batch and disposal forms hold, read from FormData as typed (so a form shown again after an
// error keeps every answer). No imports: the browser's form components use these defaults too.

const textOf = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === 'string' ? v : '';
};
const listOf = (form: FormData, k: string) => form.getAll(k).filter((v): v is string => typeof v === 'string' && v !== '');

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
  name: '',
  type: 'initial_notice',
  categories: [],
  languages: [],
  states: '',
  channels: ['email', 'letter'],
  hasEmail: false,
  notYetNotified: false,
};

export function batchFormValues(form: FormData): BatchFormValues {
  const text = (k: string) => textOf(form, k);
  const list = (k: string) => listOf(form, k);
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

export type DisposalFormValues = {
  month: string;
  day: string;
  year: string;
  reference: string;
  /** A code from the fixed list (disposalMethodCodes). */
  method: string;
  /** Staff's own words about the method: internal only. */
  methodNote: string;
  scope: string;
  categories: string[];
  batchIds: string;
  noticeCodes: string;
};

export const emptyDisposalForm: DisposalFormValues = {
  // No scope and no method preselected: each is a deliberate choice (a preselected "Every record" once
  // certified 47,050 records nobody meant).
  month: '',
  day: '',
  year: '',
  reference: '',
  method: '',
  methodNote: '',
  scope: '',
  categories: [],
  batchIds: '',
  noticeCodes: '',
};

export function disposalFormValues(form: FormData): DisposalFormValues {
  const text = (k: string) => textOf(form, k);
  return {
    month: text('month').trim(),
    day: text('day').trim(),
    year: text('year').trim(),
    reference: text('reference'),
    method: text('method'),
    methodNote: text('methodNote'),
    scope: text('scope'),
    categories: listOf(form, 'categories'),
    batchIds: text('batchIds'),
    noticeCodes: text('noticeCodes'),
  };
}
