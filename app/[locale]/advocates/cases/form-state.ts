// What the case forms hand back to themselves after a submission: the values typed (never the file, which a
// browser cannot be given back), a reason code per field, and a notice for the form as a whole.
export type CaseFormValues = Record<string, string> & { scopes?: never };

export type CaseFormState = {
  attempt: number;
  values: Record<string, string>;
  scopes: string[];
  fieldErrors: Record<string, string>;
  notice?: 'unavailable' | 'not_found';
};

export const initialCaseFormState: CaseFormState = { attempt: 0, values: {}, scopes: [], fieldErrors: {} };

export type CaseCheckState = {
  attempt: number;
  values: { code: string; month: string; day: string; year: string };
  fieldErrors: { code?: string; dob?: string };
  notice?:
    | { kind: 'no_match'; triesLeft: number }
    | { kind: 'code_typo' | 'did_you_mean' | 'locked' | 'limit' | 'closed' | 'expired_code' | 'unavailable' };
};

export const initialCaseCheckState: CaseCheckState = { attempt: 0, values: { code: '', month: '', day: '', year: '' }, fieldErrors: {} };
