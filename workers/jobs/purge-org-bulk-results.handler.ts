import type { Database } from '../../db/index';
import { purgeExpiredBulkChecks, requeueUnfinishedBulkChecks, type OrgBulkDeps } from '../../lib/orgs/bulk';
import { requeueAfterMs } from './purge-org-bulk-results';

/** The periodic tidy of bulk checks (lib/orgs/bulk.ts): expired results deleted, lost runs queued again. */
export async function handlePurgeOrgBulkResults(
  db: Database,
  auditKey: Buffer,
  enqueue: OrgBulkDeps['enqueue'],
  now = new Date(),
): Promise<{ purged: number; requeued: number }> {
  const { purged } = await purgeExpiredBulkChecks(db, auditKey, now);
  const { requeued } = await requeueUnfinishedBulkChecks(db, enqueue, new Date(now.getTime() - requeueAfterMs));
  return { purged, requeued };
}
