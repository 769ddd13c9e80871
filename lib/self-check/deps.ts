// What the self-check needs from the outside, passed in so pages, the benchmark and tests each bring
// their own (server.ts builds the process-wide one from lib/env.ts).
import type { Redis } from 'ioredis';
import type { Database } from '../../db/index';
import type { Hasher, Sealer } from '../crypto';
import type { Secrets } from '../env';
import type { SelfCheckConfig } from './config';
import { deriveSelfCheckKeys, type SelfCheckKeys } from './keys';
import { createSelfCheckLimits, type SelfCheckLimits } from './limits';
import type { ProofSubmission } from './pow';

export type OperatorLog = (event: string, detail: Record<string, string | number | boolean>) => void;

export type SelfCheckDeps = {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  keys: SelfCheckKeys;
  redis: Redis;
  /** Prefix of the self-check's Redis keys (limits, redeemed challenges). */
  redisPrefix: string;
  limits: SelfCheckLimits;
  config: SelfCheckConfig;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  now(): Date;
  /** For operators: an event and ids or counts, never personal data. */
  log: OperatorLog;
};

/** Who is asking: the address bucket (client-address.ts) and, when the form carried one, a proof of work. */
export type ClientInfo = { address: string | null; proof?: ProofSubmission | null };

export type SelfCheckContext = {
  deps: SelfCheckDeps;
  client: ClientInfo;
  /** An advocate checking for their client (lib/orgs/case-check.ts): the audit's actor and ids; the person themself when absent. */
  checkedBy?: { actor: string; detail: Record<string, string | number> };
};

export type SelfCheckDepsInput = Omit<SelfCheckDeps, 'keys' | 'limits' | 'now' | 'log'> & {
  secrets: Pick<Secrets, 'pepper' | 'authSecret'>;
  now?: () => Date;
  log?: OperatorLog;
};

export function createSelfCheckDeps(input: SelfCheckDepsInput): SelfCheckDeps {
  const { secrets, ...rest } = input;
  const keys = deriveSelfCheckKeys(secrets);
  return {
    ...rest,
    keys,
    limits: createSelfCheckLimits(input.redis, input.redisPrefix, input.config, keys),
    now: input.now ?? (() => new Date()),
    log: input.log ?? ((event, detail) => console.warn(`[self-check] ${event} ${JSON.stringify(detail)}`)),
  };
}
