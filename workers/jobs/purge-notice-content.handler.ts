import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { purgeNoticeContent, type PurgedContent } from '../../db/queries/notices';
import { getHasher } from '../../lib/keys';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Deletes sent notices' bodies and addresses older than `retentionDays` (NOTICE_RETENTION_DAYS); statuses,
 * timestamps and the audit log stay. A run that deleted something says so in the audit log, with counts.
 */
export async function handlePurgeNoticeContent(db: Database, retentionDays: number, now = new Date()): Promise<PurgedContent> {
  const purged = await purgeNoticeContent(db, new Date(now.getTime() - retentionDays * DAY_MS));
  if (purged.outboxMessages + purged.frozenRequests + purged.errorDetails > 0) {
    await appendAudit(db, getHasher().auditKey, {
      actor: 'system',
      action: 'notices.content_purged',
      outcome: 'ok',
      detail: { retentionDays, ...purged },
    });
  }
  return purged;
}
