'use client';
import { useActionState } from 'react';
import { verifyChainAction, type VerifyState } from './actions';

export function VerifyChainForm() {
  const [state, action, pending] = useActionState<VerifyState, FormData>(() => verifyChainAction(), {});
  return (
    <form action={action}>
      <button className="usa-button usa-button--outline" type="submit" disabled={pending}>
        {pending ? 'Verifying…' : 'Verify chain'}
      </button>
      <div aria-live="polite">
        {state.error && <p className="usa-error-message">{state.error}</p>}
        {state.ok === true && (
          <div className="usa-alert usa-alert--success usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">The chain verifies: all {state.checked?.toLocaleString('en-US')} entries are intact and in order.</p>
            </div>
          </div>
        )}
        {state.ok === false && (
          <div className="usa-alert usa-alert--error" role="alert">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">The chain is broken at entry {state.brokenAtId}</h3>
              <p className="usa-alert__text">
                {state.problem === 'link_mismatch'
                  ? 'This entry does not link to the one before it: an entry was removed or inserted just before it.'
                  : state.problem === 'truncated_tail'
                    ? 'A checkpoint names this entry, and the chain now ends before it: its newest entries were removed.'
                    : state.problem === 'checkpoint_mismatch'
                      ? 'A checkpoint names this entry, and it is missing, changed, or preceded by a different number of entries.'
                      : 'This entry was changed after it was written.'}{' '}
                The {state.checked?.toLocaleString('en-US')} entries before it verify. <a href={`/admin/audit?before=${(state.brokenAtId ?? 0) + 1}`}>Show it</a>.
              </p>
            </div>
          </div>
        )}
      </div>
    </form>
  );
}
