import type { Database } from '../../db/index';
import { reconcileClaimNotices, type ReconcileRun } from '../../lib/claims/notice-reconcile';
import { getHasher } from '../../lib/keys';

/** Queues the notices claim steps are missing (lib/claims/notice-reconcile.ts) on the send queues through `enqueueGroups`. */
export async function handleReconcileClaimNotices(
  db: Database,
  enqueueGroups: (groupKeys: string[]) => Promise<void>,
  log: (m: string) => void,
): Promise<ReconcileRun> {
  const run = await reconcileClaimNotices({ db, auditKey: getHasher().auditKey, enqueueGroups });
  if (run.queued > 0) log(`[claims] ${run.queued} claim notices were missing and are queued now`);
  for (const problem of run.problems) log(`[claims] a claim step cannot be told: ${problem}`);
  return run;
}
