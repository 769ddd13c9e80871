// The state the payment change form moves through (useActionState), shared by its action and its form.
import type { PaymentChangeField, PaymentChangeProblem } from '@/lib/claims/payment-change-form';

/** What stops the change as a whole (not one field): the page says it above the form. */
/** `advocate`: the browser holds an advocate's session (issue 15): a payment destination is never changed by an advocate alone. */
export type PaymentChangeRefused = 'session_expired' | 'paid_out' | 'in_live_export' | 'advocate' | 'unavailable';

export type PaymentChangeState = {
  /** What the person typed, handed back on an error so no field is cleared (never the claim's stored details). */
  values: Record<string, string>;
  attempt: number;
  fieldErrors: Partial<Record<PaymentChangeField, PaymentChangeProblem>>;
  refused?: PaymentChangeRefused;
  errorId?: string;
};

export const initialPaymentChangeState: PaymentChangeState = { values: {}, attempt: 0, fieldErrors: {} };
