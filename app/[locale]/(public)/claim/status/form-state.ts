// The states the claim status forms move through (useActionState), shared by the actions and the forms.
import type { ClaimLookupState } from '@/lib/claims/status-feedback';

export type AnswerError =
  'answer_missing' | 'answer_too_long' | 'past_cure_by' | 'already_answered' | 'not_waiting' | 'session_expired' | 'unavailable';

export type AnswerFormState = { attempt: number; answer: string; error: AnswerError | null; errorId?: string };

export const initialLookupState: ClaimLookupState = { values: { claimNumber: '', pin: '' }, attempt: 0, fieldErrors: {}, notice: null };
export const initialAnswerState: AnswerFormState = { attempt: 0, answer: '', error: null };
