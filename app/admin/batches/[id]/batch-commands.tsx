'use client';
// One small form per command, each with its own result message. The page re-renders on the server after
// a command (the action revalidates it), so the status and the buttons offered follow.
import { useActionState } from 'react';
import type { BatchCommand } from '@/lib/admin/batches';
import { approveBatch, cancelBatch, pauseBatch, resumeBatch, startBatch, type CommandState } from '../actions';

const actions = { approve: approveBatch, start: startBatch, pause: pauseBatch, resume: resumeBatch, cancel: cancelBatch } as const;

function CommandForm({ batchId, command, label }: { batchId: number; command: BatchCommand; label: string }) {
  const [state, action, pending] = useActionState<CommandState, FormData>(actions[command], {});
  const danger = command === 'cancel';
  return (
    <form action={action} className="margin-bottom-2">
      <input type="hidden" name="batchId" value={batchId} />
      <button type="submit" className={`usa-button${danger ? ' usa-button--secondary' : ''}`} disabled={pending}>
        {label}
      </button>
      {state.message && (
        <div className={`usa-alert usa-alert--slim ${state.ok ? 'usa-alert--success' : 'usa-alert--error'} margin-top-1`} role={state.ok ? 'status' : 'alert'}>
          <div className="usa-alert__body">
            <p className="usa-alert__text">{state.message}</p>
          </div>
        </div>
      )}
    </form>
  );
}

export function BatchCommands({ batchId, commands }: { batchId: number; commands: { command: BatchCommand; label: string }[] }) {
  if (commands.length === 0) return null;
  return (
    <section aria-labelledby="commands-heading" className="margin-y-3">
      <h2 id="commands-heading">Actions</h2>
      {commands.map((c) => (
        <CommandForm key={c.command} batchId={batchId} command={c.command} label={c.label} />
      ))}
    </section>
  );
}
