'use client';
// The commands this staff member may use on the batch now, one small form each, and one message area for
// the result. The action revalidates the page, so the status and the buttons offered follow; the message
// lives here, in a component that stays mounted when the button that produced it goes away.
import { useActionState } from 'react';
import type { BatchCommand } from '@/lib/admin/batches';
import type { ActionResult } from '../../_lib/action-result';
import { approveBatch, cancelBatch, pauseBatch, resumeBatch, startBatch } from '../actions';

const actions = { approve: approveBatch, start: startBatch, pause: pauseBatch, resume: resumeBatch, cancel: cancelBatch } as const;

type CommandResult = ActionResult<{ message: string }> | null;

async function dispatch(prev: CommandResult, form: FormData): Promise<CommandResult> {
  const command = form.get('command');
  const action = typeof command === 'string' && Object.hasOwn(actions, command) ? actions[command as BatchCommand] : null;
  return action
    ? action(prev, form)
    : { ok: false, error: { code: 'invalid', message: 'That action is not available. Reload the page and try again.' } };
}

export function BatchCommands({ batchId, commands }: { batchId: number; commands: { command: BatchCommand; label: string }[] }) {
  const [result, action, pending] = useActionState(dispatch, null);
  const state = { ok: result?.ok, message: result ? (result.ok ? result.data.message : result.error.message) : undefined };
  return (
    <section aria-labelledby="commands-heading" className="margin-y-3">
      <h2 id="commands-heading">Actions</h2>
      <div aria-live="polite">
        {state.message && (
          <div
            className={`usa-alert usa-alert--slim ${state.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-bottom-2`}
            role={state.ok ? 'status' : 'alert'}
          >
            <div className="usa-alert__body">
              <p className="usa-alert__text">{state.message}</p>
            </div>
          </div>
        )}
      </div>
      {commands.length === 0 && <p>There is nothing you can do with this batch now.</p>}
      <div className="usa-button-group">
        {commands.map((c) => (
          <form action={action} key={c.command} className="usa-button-group__item">
            <input type="hidden" name="batchId" value={batchId} />
            <input type="hidden" name="command" value={c.command} />
            <button type="submit" className={`usa-button${c.command === 'cancel' ? ' usa-button--secondary' : ''}`} disabled={pending}>
              {c.label}
            </button>
          </form>
        ))}
      </div>
    </section>
  );
}
