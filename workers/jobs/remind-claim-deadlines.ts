export const remindClaimDeadlinesJobName = 'remind-claim-deadlines';
/**
 * Hourly, like the other maintenance jobs: a reminder is due on a calendar day, and an hourly run that
 * finds nothing new costs one indexed query per window (lib/claims/reminders.ts).
 */
export const remindClaimDeadlinesEveryMs = 60 * 60 * 1000;
