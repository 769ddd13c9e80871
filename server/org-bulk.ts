// Composition root of the bulk check for the web app: the process's database, keys, settings and queue.
import { getDb } from '../db/client';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import type { OrgBulkDeps } from '../lib/orgs/bulk';
import { enqueueBulkCheck } from '../workers/enqueue';
import { BULK_CHUNK } from '../workers/jobs/run-bulk-check';

export async function getOrgBulkDeps(): Promise<OrgBulkDeps> {
  const e = env();
  return {
    db: await getDb(),
    hasher: getHasher(),
    sealer: getSealer(),
    config: { dailyRows: e.ORG_BULK_DAILY_ROWS, resultsHours: e.ORG_BULK_RESULTS_HOURS, chunkSize: BULK_CHUNK },
    now: () => new Date(),
    enqueue: (bulkId, orgId) => enqueueBulkCheck(bulkId, orgId),
  };
}

/** A bulk check id from the path: a positive whole number, or null (answered 404). */
export function parseBulkId(raw: string): number | null {
  return /^[1-9][0-9]{0,14}$/.test(raw) ? Number(raw) : null;
}
