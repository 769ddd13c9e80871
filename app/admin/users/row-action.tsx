'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '../_lib/action-result';

type Props = {
  action: (previous: unknown, form: FormData) => Promise<ActionResult<{ message: string }>>;
  userId: number;
  label: string;
  /** Read by screen readers after the label, e.g. the account's email. */
  forWhom?: string;
  children?: ReactNode;
  hidden?: Record<string, string>;
  secondary?: boolean;
};

/** One change to one account: a small form whose result is announced next to its button. */
export function RowAction({ action, userId, label, forWhom, children, hidden, secondary }: Props) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="dc-admin-row-action">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <button type="submit" className={`usa-button usa-button--small${secondary ? ' usa-button--outline' : ''}`} disabled={pending}>
        {label}
        {forWhom ? <span className="usa-sr-only"> {forWhom}</span> : null}
      </button>
      <span role="status" className={state && !state.ok ? 'text-secondary-dark' : undefined}>
        {state ? (state.ok ? state.data.message : state.error.message) : null}
      </span>
    </form>
  );
}
