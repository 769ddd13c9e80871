export const reconcileClaimNoticesJobName = 'reconcile-claim-notices';
/**
 * Every five minutes: a claim step left without its notice (the process died between the step's commit and
 * its notice) is told within about seven minutes (the two-minute grace of lib/claims/notice-reconcile.ts
 * plus one interval). A run that finds nothing costs one indexed probe per step row.
 */
export const reconcileClaimNoticesEveryMs = 5 * 60 * 1000;
