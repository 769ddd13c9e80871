// The self-check run by an advocate for a client (issue 15, item 4): the public check with the letter
// (lib/self-check/letter.ts), with every one of its limits (the address's, the code's lock, the global
// ceiling), and one more on top: an organization's checks per day, so a member cannot turn the portal into a
// lookup service. Only a case with a live authorization that allows "see status and notices" may check; the
// authorization is read again before the record is kept, so a revocation during the check wins.
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { findCurrentAuthorization, findOrgCase, setOrgCaseRecord } from '../../db/queries/org-cases';
import { withOrgScope } from '../../db/org-scope';
import type { Transaction } from '../../db/index';
import type { RateSetting } from '../env';
import { todayUtc } from '../identifiers/dates';
import { checkWithLetter, type LetterCheckError } from '../self-check/letter';
import type { SelfCheckContext } from '../self-check/deps';
import { parseLetterCheck } from '../validation/self-check';
import { authorizationState, memberActor, type Member, type OrgCaseDeps } from './authorizations';

/**
 * 60 checks a day per organization: a busy clinic's intake day (a few dozen clients) fits, with room for
 * typos; each check also counts against the address's own limit and the code's lock.
 */
export const orgCheckRate: RateSetting = { points: 60, seconds: 86_400 };

export type OrgCheckLimit = { take(orgId: number): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> };

export function createOrgCheckLimit(redis: Redis, prefix: string, rate: RateSetting = orgCheckRate): OrgCheckLimit {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:rl:org-check`,
    points: rate.points,
    duration: rate.seconds,
  });
  return {
    async take(orgId) {
      try {
        await limiter.consume(`org:${orgId}`, 1);
        return { ok: true };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, err.msBeforeNext) };
        throw err;
      }
    },
  };
}

export type CaseCheckError =
  | LetterCheckError
  | { code: 'not_found' }
  /** No live authorization, or one that does not allow seeing the client's status. */
  | { code: 'closed' }
  | { code: 'org_limit'; retryAfterMs: number };

export type CaseCheckResult = { ok: true; data: { recordId: number } } | { ok: false; error: CaseCheckError };

async function allowsCheck(tx: Transaction, deps: OrgCaseDeps, member: Member, caseId: number): Promise<'ok' | 'not_found' | 'closed'> {
  const found = await findOrgCase(tx, { orgId: member.orgId, caseId });
  if (!found) return 'not_found';
  const current = await findCurrentAuthorization(tx, { orgId: member.orgId, caseId });
  return authorizationState(current, deps.now()) === 'live' && current!.scopeStatus ? 'ok' : 'closed';
}

export async function checkForCase(
  deps: OrgCaseDeps & { orgLimit: OrgCheckLimit },
  check: SelfCheckContext,
  member: Member,
  caseId: number,
  input: unknown,
): Promise<CaseCheckResult> {
  if (!Number.isSafeInteger(caseId) || caseId <= 0) return { ok: false, error: { code: 'not_found' } };
  const allowed = await withOrgScope(deps.db, member.orgId, (tx) => allowsCheck(tx, deps, member, caseId));
  if (allowed !== 'ok') return { ok: false, error: { code: allowed } };
  // A form that cannot be a check costs no check of the organization's day.
  const parsed = parseLetterCheck(input, todayUtc(check.deps.now()));
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.fields } };
  const org = await deps.orgLimit.take(member.orgId);
  if (!org.ok) return { ok: false, error: { code: 'org_limit', retryAfterMs: org.retryAfterMs } };
  // The match is audited by the check itself, as this member's, with the organization's and case's ids.
  const result = await checkWithLetter(input, {
    ...check,
    checkedBy: { actor: memberActor(member), detail: { orgId: member.orgId, caseId } },
  });
  if (!result.ok) return result;
  const recordId = result.data.recordId;
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const still = await allowsCheck(tx, deps, member, caseId);
    if (still !== 'ok') return { ok: false as const, error: { code: still } };
    await setOrgCaseRecord(tx, { orgId: member.orgId, caseId, recordId, now: deps.now() });
    return { ok: true as const, data: { recordId } };
  });
}
