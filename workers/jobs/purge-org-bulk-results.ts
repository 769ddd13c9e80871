export const purgeOrgBulkResultsJobName = 'purge-org-bulk-results';
/** Hourly: results leave within an hour of ORG_BULK_RESULTS_HOURS after their run finished. */
export const purgeOrgBulkResultsEveryMs = 60 * 60 * 1000;
