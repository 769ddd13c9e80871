import type { Executor } from '@/db/index';
import { findLastPaymentChange } from '@/db/queries/claim-payment-change';
import { formatDateTime } from '../../_components/labels';

// A fraud signal (issue 17, item 6): the person changed where the payment goes on the status page. Only the
// date is shown here; the new details are read with "Show the claim's details" like the rest, under audit.
export async function PaymentChangeSignal({ db, claimId }: { db: Executor; claimId: number }) {
  const change = await findLastPaymentChange(db, claimId);
  if (!change) return null;
  return (
    <p data-testid="payment-change-signal">
      <strong>Payment details changed by the person on {formatDateTime(change.at)}</strong>
      {change.afterDecision ? ' (after the decision to pay: the claim was held until someone checks with the person)' : ''}.
    </p>
  );
}
