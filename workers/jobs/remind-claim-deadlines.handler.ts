import type { Database } from '../../db/index';
import { queueDeadlineReminders, type ReminderRun } from '../../lib/claims/reminders';
import { getHasher } from '../../lib/keys';

/** The reminders due now, queued on the send queues through `enqueueGroups` (the pipeline context's). */
export async function handleRemindClaimDeadlines(
  db: Database,
  enqueueGroups: (groupKeys: string[]) => Promise<void>,
  log: (m: string) => void,
  now = new Date(),
): Promise<ReminderRun> {
  const run = await queueDeadlineReminders({ db, auditKey: getHasher().auditKey, enqueueGroups }, now);
  if (run.queued + run.withoutChannel > 0) log(`[workers] claim reminders: ${JSON.stringify(run)}`);
  return run;
}
