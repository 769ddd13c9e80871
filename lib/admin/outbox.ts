// The development outbox as staff see it: a listing with no personal data, and one message opened from
// its seal, which is a read of personal data and goes into the audit log before it is shown.
import { appendAudit } from '../../db/queries/audit';
import { findOutboxEntry, listOutboxEntries, type OutboxListing } from '../../db/queries/outbox';
import type { StaffPrincipal } from '../staff/principal';
import type { Sealer } from '../crypto';
import type { PipelineDeps } from '../notices/service';
import { openOutboxMessage, type OutboxMessage } from '../notices/providers';
import { refuseUnless, type StaffResult } from './staff-result';

export const outboxPageSize = 50;

export async function listOutboxAsStaff(
  deps: Pick<PipelineDeps, 'db'>,
  principal: StaffPrincipal,
  options: { beforeId?: number; channel?: 'email' | 'letter' } = {},
): Promise<StaffResult<{ entries: OutboxListing[]; nextBeforeId: number | null }>> {
  const refused = refuseUnless(principal, 'listOutbox');
  if (refused) return refused;
  const entries = await listOutboxEntries(deps.db, { ...options, limit: outboxPageSize + 1 });
  const page = entries.slice(0, outboxPageSize);
  return { ok: true, data: { entries: page, nextBeforeId: entries.length > outboxPageSize ? page.at(-1)!.id : null } };
}

export async function readOutboxMessageAsStaff(
  deps: Pick<PipelineDeps, 'db' | 'auditKey'> & { sealer: Sealer },
  principal: StaffPrincipal,
  id: number | null,
): Promise<StaffResult<{ entry: OutboxListing; message: OutboxMessage | null }>> {
  const refused = refuseUnless(principal, 'readOutboxMessage');
  if (refused) return refused;
  const row = id === null ? undefined : await findOutboxEntry(deps.db, id);
  if (!row) return { ok: false, error: 'There is no outbox message with that number. Go back to the outbox and choose one.' };
  const { sealed: _sealed, recordId: _recordId, ...entry } = row;
  // Past retention only the listing is left: nothing personal to show, so nothing to audit.
  if (row.sealed === null) return { ok: true, data: { entry, message: null } };
  const message = openOutboxMessage(deps.sealer, { noticeId: row.noticeId, sealed: row.sealed });
  // Written before the message is handed back: no view without its entry.
  await appendAudit(deps.db, deps.auditKey, {
    actor: principal.staffId,
    action: 'outbox.message_viewed',
    recordId: row.recordId,
    outcome: 'ok',
    detail: { outboxId: row.id, noticeId: row.noticeId, channel: row.channel, role: principal.role },
  });
  return { ok: true, data: { entry, message } };
}
