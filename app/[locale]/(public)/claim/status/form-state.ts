// The states the claim status forms move through (useActionState), shared by the actions and the forms.
import type { ClaimLookupState } from '@/lib/claims/status-feedback';

export type AnswerError =
  'answer_missing' | 'answer_too_long' | 'past_cure_by' | 'already_answered' | 'not_waiting' | 'session_expired' | 'unavailable';

/** What the person wrote (`text`), kept on a refusal, and why it was refused. */
export type StatementFormState<E extends string> = { attempt: number; text: string; error: E | null; errorId?: string };

export type AnswerFormState = StatementFormState<AnswerError>;

export const initialLookupState: ClaimLookupState = { values: { claimNumber: '', pin: '' }, attempt: 0, fieldErrors: {}, notice: null };
export const initialAnswerState: AnswerFormState = { attempt: 0, text: '', error: null };

export type AppealError =
  | 'appeal_missing'
  | 'appeal_too_long'
  | 'past_appeal_by'
  | 'already_asked'
  | 'not_denied'
  | 'appeal_session_expired'
  | 'appeal_unavailable';

export type AppealFormState = StatementFormState<AppealError>;

export const initialAppealState: AppealFormState = { attempt: 0, text: '', error: null };
