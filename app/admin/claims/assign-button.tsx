'use client';
// "Assign to me" on a row of the queue: one small form per claim, its answer shown in the row.
import { useActionState } from 'react';
import { assignClaimAction } from './actions';

export function AssignButton({ claimId, claimNumber }: { claimId: number; claimNumber: string }) {
  const [result, action, pending] = useActionState(assignClaimAction, null);
  if (result?.ok) return <span role="status">Assigned to you</span>;
  return (
    <form action={action}>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="from" value="queue" />
      <button type="submit" className="usa-button usa-button--outline usa-button--small" disabled={pending}>
        Assign to me<span className="usa-sr-only"> claim {claimNumber}</span>
      </button>
      {result && !result.ok && (
        <span className="usa-error-message" role="alert">
          {result.error.message}
        </span>
      )}
    </form>
  );
}
