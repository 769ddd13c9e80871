import type { Database } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import { purgeExpiredBulkResults } from '../../db/queries/org-bulk';

/**
 * Deletes every organization's bulk-check results (and their per-row outcomes) past ORG_BULK_RESULTS_HOURS;
 * the run's figures and `deleted_at` stay, so the page can say when. Acts for no member: the service scope.
 */
export async function handlePurgeOrgBulkResults(db: Database, auditKey: Buffer, now = new Date()): Promise<{ purged: number }> {
  return withServiceScope(db, async (tx) => {
    const purged = await purgeExpiredBulkResults(tx, now);
    if (purged.length > 0)
      await appendAudit(tx, auditKey, { actor: 'system', action: 'org_bulk.results_purged', outcome: 'ok', detail: { bulkChecks: purged.length } });
    return { purged: purged.length };
  });
}
