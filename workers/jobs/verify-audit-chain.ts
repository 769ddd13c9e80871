export const verifyAuditChainJobName = 'verify-audit-chain';
/** Hourly: a break in the chain should be seen within the hour, not when someone next looks. */
export const verifyAuditChainEveryMs = 60 * 60 * 1000;
