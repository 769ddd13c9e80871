export const lapseClaimRequestsJobName = 'lapse-claim-requests';
/** Hourly: a cure-by day ends at midnight in New York, and a lapse within the hour after is soon enough. */
export const lapseClaimRequestsEveryMs = 60 * 60 * 1000;
