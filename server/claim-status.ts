// Composition root: the claim status page's dependencies for the web app, the self-check's (same gate,
// same Redis buckets, same keys) with a lock per claim number and the claims deadline, built once.
import { env } from '../lib/env';
import { withClaimLocks, type ClaimStatusDeps } from '../lib/claims/status-lookup';
import { getSelfCheckDeps } from './self-check';

export type ClaimStatusPageDeps = ClaimStatusDeps & { claimsDeadline: string };

const KEY = Symbol.for('disclosure-check.claim-status');
type Holder = { [KEY]?: Promise<ClaimStatusPageDeps> };

export function getClaimStatusDeps(): Promise<ClaimStatusPageDeps> {
  const g = globalThis as Holder;
  g[KEY] ??= (async () => ({ ...withClaimLocks(await getSelfCheckDeps()), claimsDeadline: env().CLAIMS_DEADLINE }))();
  g[KEY].catch(() => {
    g[KEY] = undefined;
  });
  return g[KEY];
}
