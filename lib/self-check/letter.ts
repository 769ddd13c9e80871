// The check with the letter: the code printed on a notice (or an access code from a check_result notice)
// and the date of birth open the result on screen. The answers are built so the page cannot be used to
// learn anything about a code without its date of birth:
//
// - an unknown code and a known code with the wrong date of birth give the same answer (`no_match`), after
//   the same work (one lookup, one decryption, one counter);
// - every code, known or not, locks after SELF_CHECK_CODE_LOCK failed tries;
// - a code whose check symbol is wrong is a typo. "Did you mean" names a correction only when exactly
//   one of its one-typo neighbours exists AND has the typed date of birth, i.e. only when typing that
//   neighbour would have opened the result anyway. Each neighbour tried costs a try of that neighbour's
//   lock, so a typo cannot test one date of birth against a dozen codes for the price of one. Without a
//   single match the answer is `code_typo`, which the check symbol alone decides (no database fact in it).
import { timingSafeEqual } from 'node:crypto';
import { appendAudit } from '../../db/queries/audit';
import { findCheckCandidates, markAccessCodeUsed, type CheckCandidate } from '../../db/queries/self-check';
import { todayUtc } from '../identifiers/dates';
import { formatNoticeCode, suggestNoticeCodes } from '../identifiers/notice-code';
import { openRecordPii } from '../records/seal';
import { parseLetterCheck, type LetterFieldErrors } from '../validation/self-check';
import { accessCodeHash } from './access-code';
import type { SelfCheckContext, SelfCheckDeps } from './deps';
import { countEvent, openDummy, passGate, type GateRefusal } from './gate';
import type { CheckVia } from './session';

export type LetterCheckError =
  | { code: 'invalid_input'; fields: LetterFieldErrors }
  /**
   * Unknown code, or wrong date of birth: deliberately one answer. `triesLeft` before the code locks for
   * `lockSeconds`: every code, known or not, counts its tries the same way, so the number says nothing
   * about whether the code exists.
   */
  | { code: 'no_match'; triesLeft: number; lockSeconds: number }
  /** The check symbol shows a mistyped character and no single correction fits. */
  | { code: 'code_typo' }
  /** Formatted XXXX-XXXX-XXXX; the page asks "Did you mean …?" and submits it if the person agrees. */
  | { code: 'did_you_mean'; suggestion: string }
  /** The access code and date of birth fit, but the code is past its 21 days: ask for a new one. */
  | { code: 'access_code_expired' }
  /** Too many failed tries with this code: ask for a new letter (the no-letter path), or wait. */
  | { code: 'locked'; retryAfterMs: number }
  | GateRefusal;

export type LetterCheckResult = { ok: true; data: { recordId: number; via: CheckVia } } | { ok: false; error: LetterCheckError };

const fail = (error: LetterCheckError): LetterCheckResult => ({ ok: false, error });

type Match = { candidate: CheckCandidate; code: string };

/**
 * Opens the records the codes point to and keeps those whose date of birth is the typed one. Opens one
 * sealed value even when no code is known, so a miss costs what a wrong date of birth costs.
 */
async function matchCodes(deps: SelfCheckDeps, codes: string[], dateOfBirth: string): Promise<Match[]> {
  if (codes.length === 0) return [];
  const byHash = new Map(codes.map((c) => [accessCodeHash(deps.keys, c).toString('hex'), c]));
  const candidates = await findCheckCandidates(deps.db, {
    noticeCodes: codes,
    accessCodeHashes: [...byHash.keys()].map((h) => Buffer.from(h, 'hex')),
    now: deps.now(),
  });
  const typed = Buffer.from(dateOfBirth);
  const matches: Match[] = [];
  for (const candidate of candidates) {
    const stored = Buffer.from(openRecordPii(deps.sealer, candidate).dateOfBirth);
    const code = candidate.kind === 'notice_code' ? candidate.noticeCode : byHash.get(candidate.accessCodeHashHex ?? '');
    if (code && stored.length === typed.length && timingSafeEqual(stored, typed)) matches.push({ candidate, code });
  }
  if (candidates.length === 0) {
    const stored = Buffer.from(openDummy(deps.sealer).dateOfBirth);
    if (stored.length === typed.length) timingSafeEqual(stored, typed);
  }
  return matches;
}

export async function checkWithLetter(input: unknown, ctx: SelfCheckContext): Promise<LetterCheckResult> {
  const { deps } = ctx;
  const parsed = parseLetterCheck(input, todayUtc(deps.now()));
  if (!parsed.ok) return fail({ code: 'invalid_input', fields: parsed.fields });
  const refusal = await passGate(ctx);
  if (refusal) return fail(refusal);
  const { code, checkSymbolValid, dateOfBirth } = parsed.value;
  return checkSymbolValid ? checkCode(deps, code, dateOfBirth, ctx.checkedBy) : checkTypo(deps, code, dateOfBirth);
}

async function checkCode(
  deps: SelfCheckDeps,
  code: string,
  dateOfBirth: string,
  by: SelfCheckContext['checkedBy'] = undefined,
): Promise<LetterCheckResult> {
  const tries = await deps.limits.takeCodeTries([code]);
  const allowed = tries.get(code)!;
  if (!allowed.ok) {
    await countEvent(deps, 'letter_check.locked');
    return fail({ code: 'locked', retryAfterMs: allowed.retryAfterMs });
  }
  const [match] = await matchCodes(deps, [code], dateOfBirth);
  if (!match) {
    await countEvent(deps, 'letter_check.no_match');
    return fail({ code: 'no_match', triesLeft: allowed.remaining, lockSeconds: deps.config.codeLock.seconds });
  }
  await deps.limits.returnCodeTry(code);
  const { candidate } = match;
  const via: CheckVia = candidate.kind === 'notice_code' ? 'letter' : 'access_code';
  if (!candidate.valid) {
    await appendAudit(deps.db, deps.hasher.auditKey, {
      actor: by?.actor ?? 'self-check',
      action: 'record.checked',
      recordId: candidate.recordId,
      outcome: 'access_code_expired',
      detail: { via, accessCodeId: candidate.accessCodeId, ...by?.detail },
    });
    return fail({ code: 'access_code_expired' });
  }
  if (candidate.accessCodeId !== null) await markAccessCodeUsed(deps.db, candidate.accessCodeId);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: by?.actor ?? 'self-check',
    action: 'record.checked',
    recordId: candidate.recordId,
    outcome: 'found',
    detail: { via, ...(candidate.accessCodeId !== null ? { accessCodeId: candidate.accessCodeId } : {}), ...by?.detail },
  });
  return { ok: true, data: { recordId: candidate.recordId, via } };
}

async function checkTypo(deps: SelfCheckDeps, code: string, dateOfBirth: string): Promise<LetterCheckResult> {
  const neighbours = suggestNoticeCodes(code);
  const tries = await deps.limits.takeCodeTries(neighbours);
  const open = neighbours.filter((c) => tries.get(c)!.ok);
  const matches = await matchCodes(deps, open, dateOfBirth);
  if (matches.length !== 1) {
    await countEvent(deps, 'letter_check.typo');
    return fail({ code: 'code_typo' });
  }
  const { code: suggestion } = matches[0]!;
  await deps.limits.returnCodeTry(suggestion);
  await countEvent(deps, 'letter_check.suggested');
  return fail({ code: 'did_you_mean', suggestion: formatNoticeCode(suggestion) });
}
