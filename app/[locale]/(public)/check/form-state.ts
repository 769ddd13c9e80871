// The states the self-check forms move through (useActionState), shared by the actions and the forms.
import type { CheckFormState, LetterField, MailField } from '@/lib/self-check/feedback';
import { emptyLetterValues, emptyMailValues, type LetterValues, type MailValues } from '@/lib/self-check/form-values';

export type LetterFormState = CheckFormState<LetterValues, LetterField>;
export type MailFormState = CheckFormState<MailValues, MailField>;

export type NoticeCopyState = {
  attempt: number;
  status: 'idle' | 'queued' | 'already_requested' | 'expired' | 'failed';
  /** Which ways the copy travels: post only, or post and email. */
  channels?: 'letter' | 'both';
  errorId?: string;
};

export const initialLetterState: LetterFormState = { values: emptyLetterValues, attempt: 0, fieldErrors: {}, notice: null };
export const initialMailState: MailFormState = { values: emptyMailValues, attempt: 0, fieldErrors: {}, notice: null };
export const initialNoticeCopyState: NoticeCopyState = { attempt: 0, status: 'idle' };
