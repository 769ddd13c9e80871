export const purgeOrgBulkResultsJobName = 'purge-org-bulk-results';
/**
 * Every five minutes: results leave within five minutes of ORG_BULK_RESULTS_HOURS after their run, and a
 * check whose job was lost (older than `requeueAfterMs` and still unfinished) is queued again.
 */
export const purgeOrgBulkResultsEveryMs = 5 * 60 * 1000;
export const requeueAfterMs = 10 * 60 * 1000;
