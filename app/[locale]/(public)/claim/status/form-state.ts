// The states the claim status forms move through (useActionState), shared by the actions and the forms.
import type { ClaimLookupState } from '@/lib/claims/status-feedback';

export type AnswerError =
  'answer_missing' | 'answer_too_long' | 'past_cure_by' | 'already_answered' | 'not_waiting' | 'session_expired' | 'unavailable';

export type AnswerFormState = { attempt: number; answer: string; error: AnswerError | null; errorId?: string };

export const initialLookupState: ClaimLookupState = { values: { claimNumber: '', pin: '' }, attempt: 0, fieldErrors: {}, notice: null };
export const initialAnswerState: AnswerFormState = { attempt: 0, answer: '', error: null };

export type AppealError =
  | 'appeal_missing'
  | 'appeal_too_long'
  | 'past_appeal_by'
  | 'already_asked'
  | 'not_denied'
  | 'appeal_session_expired'
  | 'appeal_unavailable';

export type AppealFormState = { attempt: number; explanation: string; error: AppealError | null; errorId?: string };

export const initialAppealState: AppealFormState = { attempt: 0, explanation: '', error: null };
