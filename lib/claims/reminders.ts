// Reminders before a claim's dates run out (issue 17, item 9): a week before a cure-by date (more
// information needed) or an appeal-by date (denied), by post and email, and the day before, by email only
// (a letter would arrive after the date). Run by a repeatable worker job (workers/jobs/remind-claim-deadlines);
// each run looks at every claim whose date is in a window, so a run missed while no worker was up is made
// up by the next (up to two days late for the week's reminder). A run skips claims already reminded (the
// query looks for the reminder's outbox row), and each reminder's dedupe key (claim, kind, date, lead)
// makes two workers at once add nothing.
import { findClaimsWithDeadlineBetween, type DeadlineKind } from '../../db/queries/claim-notices';
import { todayUtc } from '../identifiers/dates';
import { queueClaimNotice, type ClaimNoticeDeps, type ReminderLead } from './notify';

const PAGE = 500;
const DAY_MS = 24 * 3600 * 1000;

function plusDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Which dates each reminder covers, counted in days from today (UTC): the week's reminder for dates 5 to 7
 * days away, the last one for dates today or tomorrow. A cure-by or appeal-by date is the last day to act.
 */
export const reminderWindows: readonly { lead: ReminderLead; fromDays: number; toDays: number }[] = [
  { lead: 7, fromDays: 5, toDays: 7 },
  { lead: 1, fromDays: 0, toDays: 1 },
];

export type ReminderRun = { queued: number; alreadyQueued: number; withoutChannel: number };

export async function queueDeadlineReminders(deps: ClaimNoticeDeps, now: Date = new Date()): Promise<ReminderRun> {
  const today = todayUtc(now);
  const run: ReminderRun = { queued: 0, alreadyQueued: 0, withoutChannel: 0 };
  for (const kind of ['cure', 'appeal'] as const satisfies readonly DeadlineKind[]) {
    for (const window of reminderWindows) {
      const range = { from: plusDays(today, window.fromDays), to: plusDays(today, window.toDays) };
      // Keyset pages in id order: a large programme's due claims are walked, never loaded at once.
      for (let after = 0; ;) {
        const due = await findClaimsWithDeadlineBetween(deps.db, kind, range, window.lead, after, PAGE);
        for (const d of due) {
          const result =
            kind === 'cure'
              ? await queueClaimNotice(deps, d.claimId, 'cure_reminder', { cureBy: d.date, lead: window.lead })
              : await queueClaimNotice(deps, d.claimId, 'appeal_reminder', { appealBy: d.date, lead: window.lead });
          if (result.ok) run[result.data.status === 'queued' ? 'queued' : 'alreadyQueued']++;
          else if (result.error.code === 'no_channel') run.withoutChannel++;
          else throw new Error(`Reminder for claim ${d.claimId} refused: ${result.error.code}`);
        }
        if (due.length < PAGE) break;
        after = due.at(-1)!.claimId;
      }
    }
  }
  return run;
}
