// Opening a claim's status with its claim number and PIN, no account (issue 17, item 3), with the
// self-check's defences: its gate (the global ceiling, the client address's limit and, past its soft limit,
// a proof of work; the same Redis buckets, so checking records and claims share one allowance per address),
// a lock on each claim number after SELF_CHECK_CODE_LOCK failed PINs (as a notice or access code locks),
// and the self-check's response floor. An unknown claim number and a known one with the wrong PIN give the
// same answer after the same work: the PIN is hashed and compared either way (against a dummy hash when
// there is no claim), and every number, known or not, counts its tries the same way.
import { timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { appendAudit } from '../../db/queries/audit';
import { findClaimByNumber } from '../../db/queries/claims';
import type { SelfCheckConfig } from '../self-check/config';
import type { SelfCheckContext, SelfCheckDeps } from '../self-check/deps';
import { countEvent, holdUntilFloor, passGate, type GateRefusal } from '../self-check/gate';
import { rateKeyOf, type SelfCheckKeys } from '../self-check/keys';
import { parseClaimLookup, type ClaimLookupFieldErrors } from '../validation/claim-status';

export type ClaimLocks = {
  /** One try of a claim number's PIN; `remaining`: the failed tries still allowed if this one fails. */
  take(claimNumber: string): Promise<{ ok: true; remaining: number } | { ok: false; retryAfterMs: number }>;
  /** Gives the try back when the PIN was right: only failed tries count towards the lock. */
  giveBack(claimNumber: string): Promise<void>;
};

export function createClaimLocks(
  redis: Redis,
  prefix: string,
  config: Pick<SelfCheckConfig, 'codeLock'>,
  keys: Pick<SelfCheckKeys, 'rateKey'>,
): ClaimLocks {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:rl:claim`,
    points: config.codeLock.points,
    duration: config.codeLock.seconds,
  });
  // A keyed hash: Redis never holds a claim number in the clear.
  const keyOf = (claimNumber: string) => rateKeyOf(keys, 'claim-number', claimNumber);
  return {
    async take(claimNumber) {
      try {
        const res = await limiter.consume(keyOf(claimNumber), 1);
        return { ok: true, remaining: res.remainingPoints };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, err.msBeforeNext) };
        throw err;
      }
    },
    async giveBack(claimNumber) {
      await limiter.reward(keyOf(claimNumber), 1);
    },
  };
}

export type ClaimStatusDeps = SelfCheckDeps & { claimLocks: ClaimLocks };

export function withClaimLocks(deps: SelfCheckDeps): ClaimStatusDeps {
  return { ...deps, claimLocks: createClaimLocks(deps.redis, deps.redisPrefix, deps.config, deps.keys) };
}

export type ClaimStatusContext = Omit<SelfCheckContext, 'deps'> & { deps: ClaimStatusDeps };

export type ClaimLookupError =
  | { code: 'invalid_input'; fields: ClaimLookupFieldErrors }
  /** The check symbol shows a mistyped character: decided by the number alone, no database fact in it. */
  | { code: 'claim_number_typo' }
  /** Unknown claim number or wrong PIN: deliberately one answer, with the tries left before the lock. */
  | { code: 'no_match'; triesLeft: number; lockSeconds: number }
  | { code: 'locked'; retryAfterMs: number }
  | GateRefusal;

export type ClaimLookupResult = { ok: true; data: { claimId: number } } | { ok: false; error: ClaimLookupError };

// What an unknown claim number is compared against: a PIN hash no PIN produces (HMAC-SHA256 is 32 bytes).
const dummyPinHash = Buffer.alloc(32);

export async function lookUpClaim(input: unknown, ctx: ClaimStatusContext): Promise<ClaimLookupResult> {
  const { deps } = ctx;
  const parsed = parseClaimLookup(input);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.fields } };
  const refusal = await passGate(ctx);
  if (refusal) return { ok: false, error: refusal };
  const started = performance.now();
  const result = await lookUp(deps, parsed.value.claimNumber, parsed.value.checkSymbolValid, parsed.value.pin);
  await holdUntilFloor(started, deps.config.responseFloorMs, deps);
  return result;
}

async function lookUp(deps: ClaimStatusDeps, claimNumber: string, checkSymbolValid: boolean, pin: string): Promise<ClaimLookupResult> {
  if (!checkSymbolValid) {
    await countEvent(deps, 'claim_status.typo');
    return { ok: false, error: { code: 'claim_number_typo' } };
  }
  const allowed = await deps.claimLocks.take(claimNumber);
  if (!allowed.ok) {
    await countEvent(deps, 'claim_status.locked');
    return { ok: false, error: { code: 'locked', retryAfterMs: allowed.retryAfterMs } };
  }
  const claim = await findClaimByNumber(deps.db, claimNumber);
  // The same hash and comparison whether or not the claim exists.
  const candidate = deps.hasher.claimPin(claimNumber, pin);
  const stored = claim?.pinHash ?? dummyPinHash;
  const same = candidate.length === stored.length && timingSafeEqual(candidate, stored);
  if (!claim || !same) {
    await countEvent(deps, 'claim_status.no_match');
    return { ok: false, error: { code: 'no_match', triesLeft: allowed.remaining, lockSeconds: deps.config.codeLock.seconds } };
  }
  await deps.claimLocks.giveBack(claimNumber);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: 'claimant',
    action: 'claim.status_opened',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: { claim: claim.id },
  });
  return { ok: true, data: { claimId: claim.id } };
}
