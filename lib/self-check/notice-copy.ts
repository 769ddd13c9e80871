// A verified person asks for a copy of their Notice of Data Breach (the letter was lost, or they want it
// in writing). It goes through the notification pipeline like every notice: by post to the address on the
// record, and by email where the record has one; at most one request per record per (UTC) day, which the
// outbox's dedupe key enforces. The session proves who asks: the caller passes the session it read from
// the signed cookie, never a record id from the form.
import { appendAudit } from '../../db/queries/audit';
import { addNoticesAndGroup, type NewNotice } from '../../db/queries/notices';
import { findRecordChannels } from '../../db/queries/self-check';
import { todayUtc } from '../identifiers/dates';
import type { SelfCheckDeps } from './deps';
import type { CheckSession } from './session';

export type NoticeCopyChannel = 'letter' | 'email';

export type NoticeCopyResult =
  | { ok: true; data: { status: 'queued' | 'already_requested'; channels: NoticeCopyChannel[] } }
  | { ok: false; error: { code: 'no_session' } | { code: 'no_record' } };

export async function requestNoticeCopy(
  session: CheckSession | null,
  deps: Pick<SelfCheckDeps, 'db' | 'hasher' | 'now' | 'enqueueGroups'>,
  /** An advocate asking for their client (lib/orgs): the audit actor and ids, and the client's language when the case names one. */
  requester: { actor: string; detail: Record<string, string | number>; language?: string } | null = null,
): Promise<NoticeCopyResult> {
  if (!session) return { ok: false, error: { code: 'no_session' } };
  const day = todayUtc(deps.now());
  const outcome = await deps.db.transaction(async (tx) => {
    const record = await findRecordChannels(tx, session.recordId);
    if (!record) return null;
    const channels: NoticeCopyChannel[] = record.hasEmail ? ['letter', 'email'] : ['letter'];
    const rows: NewNotice[] = channels.map((channel) => ({
      recordId: record.id,
      batchId: null,
      type: 'notice_copy',
      channel,
      dedupeKey: `copy:${day}`,
      language: requester?.language ?? record.language,
    }));
    const groups = await addNoticesAndGroup(tx, rows);
    const status = groups.length > 0 ? ('queued' as const) : ('already_requested' as const);
    await appendAudit(tx, deps.hasher.auditKey, {
      actor: requester?.actor ?? 'self-check',
      action: 'record.notice_copy_requested',
      recordId: record.id,
      outcome: status,
      detail: { ...(requester?.detail ?? { via: session.via }), channels: channels.join('+') },
    });
    return { status, channels, groups };
  });
  if (!outcome) return { ok: false, error: { code: 'no_record' } };
  if (outcome.groups.length > 0) await deps.enqueueGroups(outcome.groups);
  return { ok: true, data: { status: outcome.status, channels: outcome.channels } };
}
