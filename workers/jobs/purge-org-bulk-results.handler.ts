import type { Database } from '../../db/index';
import { purgeExpiredBulkChecks } from '../../lib/orgs/bulk';

/** The hourly purge of expired bulk-check results (lib/orgs/bulk.ts). */
export async function handlePurgeOrgBulkResults(db: Database, auditKey: Buffer, now = new Date()): Promise<{ purged: number }> {
  return purgeExpiredBulkChecks(db, auditKey, now);
}
