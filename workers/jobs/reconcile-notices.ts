export const reconcileNoticesJobName = 'reconcile-notices';
