'use client';
// The claim's sealed part (contact, payment destination, damages described, signed name, the person's answers and appeal explanations), opened for this
// page only by a reviewer who asks: the read is in the audit log.
import { useActionState } from 'react';
import { KeyValueTable } from '../../_components/tables';
import { revealClaimAction } from '../actions';

export function RevealClaim({ claimId }: { claimId: number }) {
  const [result, run, pending] = useActionState(revealClaimAction, null);
  if (result?.ok) {
    const c = result.data;
    const payment: [string, string][] =
      c.payment.method === 'check'
        ? [['Check mailed to', c.payment.lines.join(', ')]]
        : [
            ['Routing number', c.payment.routingNumber],
            ['Account', `${c.payment.accountType}, ending ${c.payment.accountLast4}`],
            ['Account holder', c.payment.accountHolder],
          ];
    return (
      <div className="usa-alert usa-alert--info" role="status">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">Opened for this page only</h3>
          <p className="usa-alert__text">Your reading is in the audit log. Reloading the page closes it again.</p>
          <KeyValueTable
            caption="The claim's personal details"
            rows={[
              ['Signed name', c.signedName],
              ['Email', c.email ?? '—'],
              ['Phone', c.phone ?? '—'],
              ...payment,
              ['Actual damages, as described', c.actualDescription ?? '—'],
            ]}
          />
          {c.answers.length > 0 && (
            <>
              <h4>The person&apos;s answers to requests for more information</h4>
              {c.answers.map((a) => (
                <figure key={a.requestId} className="margin-x-0" data-testid="claim-answer">
                  <figcaption className="text-bold">
                    Request {a.requestId}, answered {new Date(a.answeredAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
                  </figcaption>
                  <blockquote className="margin-x-0 margin-top-1 dc-answer-text">{a.text}</blockquote>
                </figure>
              ))}
            </>
          )}
          {c.appeals.length > 0 && (
            <>
              <h4>The person&apos;s explanations with their appeal requests</h4>
              {c.appeals.map((a) => (
                <figure key={a.appealRequestId} className="margin-x-0" data-testid="claim-appeal">
                  <figcaption className="text-bold">
                    Appeal asked {new Date(a.askedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
                  </figcaption>
                  <blockquote className="margin-x-0 margin-top-1 dc-answer-text">{a.text}</blockquote>
                </figure>
              ))}
            </>
          )}
        </div>
      </div>
    );
  }
  return (
    <form action={run}>
      {result && !result.ok && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{result.error.message}</p>
          </div>
        </div>
      )}
      <input type="hidden" name="claimId" value={claimId} />
      <button type="submit" className="usa-button usa-button--outline" disabled={pending}>
        Open contact and payment details (audited)
      </button>
    </form>
  );
}
