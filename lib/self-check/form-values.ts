// The self-check forms' fields as the browser posts them (plain POST with JavaScript off, or a server
// action's FormData), read into plain strings the form can show again and the domain layer parses.
// Every value is cut to a sane length here; validation and its messages are lib/validation/self-check.ts.
import type { LetterCheckInput, MailCheckInput } from '../validation/self-check';
import type { ProofSubmission } from './pow';

export type DateValues = { month: string; day: string; year: string };
export type LetterValues = DateValues & { code: string };
export type MailValues = DateValues & { tin: string; lastName: string; zip: string };

/** The form fields' names, shared by the pages and the actions. */
export const fieldNames = {
  code: 'code',
  month: 'dobMonth',
  day: 'dobDay',
  year: 'dobYear',
  tin: 'tin',
  lastName: 'lastName',
  zip: 'zip',
  powToken: 'powToken',
  powCounter: 'powCounter',
  locale: 'locale',
} as const;

type FormSource = { get(name: string): unknown };

function text(form: FormSource, name: string, max: number): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
}

function readDate(form: FormSource): DateValues {
  return { month: text(form, fieldNames.month, 20), day: text(form, fieldNames.day, 20), year: text(form, fieldNames.year, 20) };
}

export const emptyLetterValues: LetterValues = { code: '', month: '', day: '', year: '' };
export const emptyMailValues: MailValues = { tin: '', month: '', day: '', year: '', lastName: '', zip: '' };

export function readLetterValues(form: FormSource): LetterValues {
  return { code: text(form, fieldNames.code, 100), ...readDate(form) };
}

export function readMailValues(form: FormSource): MailValues {
  return {
    tin: text(form, fieldNames.tin, 40),
    lastName: text(form, fieldNames.lastName, 200),
    zip: text(form, fieldNames.zip, 20),
    ...readDate(form),
  };
}

const dob = (v: DateValues) => ({ month: v.month, day: v.day, year: v.year });

export const letterInput = (v: LetterValues): LetterCheckInput => ({ code: v.code, dob: dob(v) });
export const mailInput = (v: MailValues): MailCheckInput => ({ tin: v.tin, lastName: v.lastName, zip: v.zip, dob: dob(v) });

/** The proof of work the form carried back, if any: the token, and the counter when JavaScript solved it. */
export function readProof(form: FormSource): ProofSubmission | null {
  const token = text(form, fieldNames.powToken, 1000);
  if (!token) return null;
  const counter = text(form, fieldNames.powCounter, 20);
  return { token, counter: counter === '' ? null : counter };
}
