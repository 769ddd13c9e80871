'use client';
import { useActionState } from 'react';
import { revealPurposes } from '@/lib/admin/reveal-purposes';
import { KeyValueTable } from '../../_components/tables';
import { revealRecordAction } from '../actions';

export function RevealForm({ recordId }: { recordId: number }) {
  const [result, action, pending] = useActionState(revealRecordAction, null);
  const state = { error: result && !result.ok ? result.error.message : undefined, pii: result?.ok ? result.data : undefined };
  if (state.pii) {
    const p = state.pii;
    const rows: [string, string][] = [
      ['Name', `${p.firstName} ${p.lastName}`],
      ['Date of birth', p.dateOfBirth],
      ['Address', `${p.street}, ${p.city}, ${p.state} ${p.zip}`],
      ['Email', p.email ?? '—'],
      ['Phone', p.phone ?? '—'],
      ['SSN/ITIN, last four', p.tinLast4],
    ];
    return (
      <div className="usa-alert usa-alert--info" role="status">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">Revealed for this page only</h3>
          <p className="usa-alert__text">Your reason is in the audit log. Leaving or reloading this page masks the data again.</p>
          <KeyValueTable caption={`Unmasked personal data of record ${recordId}`} rows={rows} />
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="usa-form usa-form--large" autoComplete="off">
      {state.error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{state.error}</p>
          </div>
        </div>
      )}
      <input type="hidden" name="recordId" value={recordId} />
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="purpose">
          Why do you need to see this person&rsquo;s data?
        </label>
        <select className="usa-select" id="purpose" name="purpose" defaultValue="" required>
          <option value="" disabled>
            - Select a reason -
          </option>
          {Object.entries(revealPurposes).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="usa-form-group">
        <label className="usa-label" htmlFor="ticket">
          Ticket reference
        </label>
        <span className="usa-hint" id="ticket-hint">
          The reference of the request you are working on, for example INC-20481. No names or numbers of the person.
        </span>
        <input
          className="usa-input"
          id="ticket"
          name="ticket"
          type="text"
          maxLength={40}
          spellCheck={false}
          aria-describedby="ticket-hint"
          required
        />
      </div>
      <button className="usa-button usa-button--secondary" type="submit" disabled={pending}>
        {pending ? 'Revealing…' : 'Reveal and record my reason'}
      </button>
    </form>
  );
}
