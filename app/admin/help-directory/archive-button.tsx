'use client';
import { useActionState } from 'react';
import { setHelpEntryArchivedAction } from './actions';

/** Remove an entry from the public pages, or restore it; the outcome is announced next to the button. */
export function ArchiveButton({ id, archived, organization }: { id: number; archived: boolean; organization: string }) {
  const [state, run, pending] = useActionState(setHelpEntryArchivedAction, null);
  return (
    <form action={run} className="dc-admin-row-action">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
      <button type="submit" className="usa-button usa-button--small usa-button--outline" disabled={pending}>
        {archived ? 'Restore' : 'Remove'}
        <span className="usa-sr-only"> {organization}</span>
      </button>
      <span role="status">{state ? (state.ok ? state.data.message : state.error.message) : null}</span>
    </form>
  );
}
