'use client';
import { useActionState } from 'react';
import { verifyChainAction } from './actions';

export function VerifyChainForm() {
  const [result, action, pending] = useActionState(verifyChainAction, null);
  const chain = result?.ok ? result.data : null;
  return (
    <form action={action}>
      <button className="usa-button usa-button--outline" type="submit" disabled={pending}>
        {pending ? 'Verifying…' : 'Verify chain'}
      </button>
      <div aria-live="polite">
        {result && !result.ok && <p className="usa-error-message">{result.error.message}</p>}
        {chain?.ok === true && (
          <div className="usa-alert usa-alert--success usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                The chain verifies: all {chain.checked.toLocaleString('en-US')} entries are intact and in order.
              </p>
            </div>
          </div>
        )}
        {chain?.ok === false && (
          <div className="usa-alert usa-alert--error" role="alert">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">The chain is broken at entry {chain.brokenAtId}</h3>
              <p className="usa-alert__text">
                {chain.problem === 'link_mismatch'
                  ? 'This entry does not link to the one before it: an entry was removed or inserted just before it.'
                  : chain.problem === 'truncated_tail'
                    ? 'A checkpoint names this entry, and the chain now ends before it: its newest entries were removed.'
                    : chain.problem === 'checkpoint_mismatch'
                      ? 'A checkpoint names this entry, and it is missing, changed, or preceded by a different number of entries.'
                      : 'This entry was changed after it was written.'}{' '}
                The {chain.checked.toLocaleString('en-US')} entries before it verify.{' '}
                <a href={`/admin/audit?before=${chain.brokenAtId + 1}`}>Show it</a>.
              </p>
            </div>
          </div>
        )}
      </div>
    </form>
  );
}
