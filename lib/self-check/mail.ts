// The check without the letter. Knowing a person's SSN or ITIN, birth date, name and ZIP code is not
// proof of being them (NIST SP 800-63A-4), so the answer never appears on screen: when the details match
// a record, a check_result notice with a fresh access code goes to the address on the record (and its
// email, where it has one); otherwise nothing is sent. The caller gets the same value either way.
//
// Equal work and time: both branches hash the same inputs, compare against the same number of identity
// hashes in constant time, make (hash and seal) an access code, and write one counter row; a match also
// writes its access code, notices and audit entry and enqueues the notices. Those differ by a few
// milliseconds, so the answer is held until SELF_CHECK_RESPONSE_FLOOR_MS after the request began (300 ms
// by default, far above either branch); work that ever overruns the floor is logged for operators.
// Failures inside either branch are logged with an id and answered the same way, so an error cannot
// tell the branches apart either.
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/queries/audit';
import { addNoticesAndGroup, type NewNotice } from '../../db/queries/notices';
import { findRecordForMailCheck, insertAccessCode, lockRecordForMailCheck, type MailCheckRecord } from '../../db/queries/self-check';
import { todayUtc } from '../identifiers/dates';
import { parseMailCheck, type MailFieldErrors, type ParsedMailCheck } from '../validation/self-check';
import { newAccessCode } from './access-code';
import { matchesAny } from './identity-match';
import type { SelfCheckContext, SelfCheckDeps } from './deps';
import { countEvent, holdUntilFloor, passGate, type GateRefusal } from './gate';

/** The one answer to an accepted request, match or not: the page explains what comes, how and when. */
export type MailCheckAccepted = { status: 'requested'; accessCodeValidDays: number };

export type MailCheckError = { code: 'invalid_input'; fields: MailFieldErrors } | GateRefusal;

export type MailCheckResult = { ok: true; data: MailCheckAccepted } | { ok: false; error: MailCheckError };

const DAY_MS = 86_400_000;

export async function requestCheckByMail(input: unknown, ctx: SelfCheckContext): Promise<MailCheckResult> {
  const startedAt = performance.now();
  const { deps } = ctx;
  const parsed = parseMailCheck(input, todayUtc(deps.now()));
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.fields } };
  const refusal = await passGate(ctx);
  if (refusal) return { ok: false, error: refusal };
  const identity = await deps.limits.takeIdentity(parsed.value.tin);
  if (!identity.ok) return { ok: false, error: { code: 'rate_limited', retryAfterMs: identity.retryAfterMs } };

  try {
    await lookUpAndAnswer(deps, parsed.value);
  } catch (err) {
    const errorId = randomUUID();
    // The message of a database or Redis error names no submitted value (they are only ever parameters).
    deps.log('mail_check_failed', { errorId, error: err instanceof Error ? err.name : 'unknown' });
  }
  await holdUntilFloor(startedAt, deps.config.responseFloorMs, deps);
  return { ok: true, data: { status: 'requested', accessCodeValidDays: deps.config.accessCodeValidDays } };
}

async function lookUpAndAnswer(deps: SelfCheckDeps, p: ParsedMailCheck): Promise<void> {
  const tinHash = deps.hasher.tin(p.tin);
  const typed = deps.hasher.identity({ tin: p.tin, dateOfBirth: p.dateOfBirth, lastName: p.lastName, zip: p.zip });
  const record = await findRecordForMailCheck(deps.db, tinHash);
  const matched = matchesAny(record?.identityHashes ?? [], typed) && record !== undefined;
  // Made either way; only a match keeps it.
  const code = newAccessCode(deps.keys, deps.sealer);
  if (!matched || !record) {
    await countEvent(deps, 'mail_check.unmatched');
    return;
  }
  await countEvent(deps, 'mail_check.matched');
  const groups = await issueCheckResult(deps, record, code);
  if (groups.length > 0) await deps.enqueueGroups(groups);
}

/** At most one access code and check_result notice per record per SELF_CHECK_MAIL_EVERY_DAYS. */
async function issueCheckResult(
  deps: SelfCheckDeps,
  record: MailCheckRecord,
  code: { codeHash: Buffer; sealed: Buffer },
): Promise<string[]> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const { issuedSince } = await lockRecordForMailCheck(tx, record.id, new Date(now.getTime() - deps.config.mailEveryDays * DAY_MS));
    const audit = (outcome: string, detail: Record<string, string | number | boolean>) =>
      appendAudit(tx, deps.hasher.auditKey, {
        actor: 'self-check',
        action: 'record.checked_by_mail',
        recordId: record.id,
        outcome,
        detail,
      });
    if (issuedSince) {
      await audit('matched', { sent: false, reason: 'one_per_period' });
      return [];
    }
    const expiresAt = new Date(now.getTime() + deps.config.accessCodeValidDays * DAY_MS);
    const accessCodeId = await insertAccessCode(tx, { recordId: record.id, codeHash: code.codeHash, sealed: code.sealed, expiresAt });
    const channels = record.hasEmail ? (['letter', 'email'] as const) : (['letter'] as const);
    const rows: NewNotice[] = channels.map((channel) => ({
      recordId: record.id,
      batchId: null,
      type: 'check_result',
      channel,
      dedupeKey: `access-code:${accessCodeId}`,
      language: record.language,
      params: { accessCodeId },
    }));
    const groups = await addNoticesAndGroup(tx, rows);
    await audit('matched', { sent: true, accessCodeId, channels: channels.join('+') });
    return groups;
  });
}
