// The states the claim forms move through (useActionState), shared by the actions and the forms.
import type { DraftValues } from '@/lib/claims/draft';
import type { ClaimDetailsField, ClaimFormProblem } from '@/lib/validation/claims';

export type ClaimDetailsState = {
  values: DraftValues;
  attempt: number;
  fieldErrors: Partial<Record<ClaimDetailsField, ClaimFormProblem>>;
  /** A failure on our side, with the reference that is in the log. */
  errorId?: string;
};

export type SignValues = { signedName: string; declaration: boolean };

export type ClaimSignState = {
  values: SignValues;
  attempt: number;
  fieldErrors: Partial<Record<'signedName' | 'declaration', ClaimFormProblem>>;
  errorId?: string;
  /** An advocate's filing refused at the last moment: signed out, another member, or the authorization ended. */
  assistedRefused?: boolean;
};

export const initialSignState: ClaimSignState = { values: { signedName: '', declaration: false }, attempt: 0, fieldErrors: {} };
