// What the self-check forms show after a refused check, as message keys and numbers the pages translate
// (messages/*.json, namespace Errors): a message per field, and one notice for what is not about a field
// (a lock, a limit, a proof of work). Framework-free so the mapping is tested on its own; nothing here
// carries a value the person typed, only the suggestion the domain layer chose to show.
import type { CodeReason, DobReason, LastNameReason, TinReason, ZipReason } from '../validation/self-check';
import type { GateRefusal } from './gate';
import type { LetterCheckError } from './letter';
import type { MailCheckError } from './mail';
import type { ChallengeForClient } from './pow-solver';
import { haitianClock, haitianDay } from '../haitian';

export type FieldMessageKey =
  CodeReason | DobReason | TinReason | LastNameReason | ZipReason | 'no_match' | 'no_match_dob' | 'code_typo' | 'did_you_mean';

export type LetterField = 'code' | 'dob';
export type MailField = 'tin' | 'dob' | 'lastName' | 'zip';

/** The form's fields in page order: the error summary lists them in this order. */
export const letterFields: readonly LetterField[] = ['code', 'dob'];
export const mailFields: readonly MailField[] = ['tin', 'dob', 'lastName', 'zip'];

export type FormNotice =
  /** "Did you mean XXXX-XXXX-XXXX?", with a button that submits it with the same date of birth. */
  | { kind: 'did_you_mean'; suggestion: string }
  /** The code is locked until `retryAt` (epoch ms): offer the no-letter path. */
  | { kind: 'locked'; retryAt: number; waitMs: number }
  | { kind: 'access_code_expired' }
  /** Too many tries from here or for this number: come back at `retryAt`. */
  | { kind: 'rate_limited'; retryAt: number; waitMs: number }
  /** `waitMs`: how long a browser without JavaScript waits before Continue works. */
  | { kind: 'challenge'; challenge: ChallengeForClient; waitMs: number }
  /** Something failed on our side (logged with `errorId`): try again later. */
  | { kind: 'unavailable'; errorId: string };

export type FormFeedback<F extends string> = {
  fieldErrors: Partial<Record<F, FieldMessageKey>>;
  notice: FormNotice | null;
  /** After a failed try of a code: how many remain before it locks, and for how long (the error summary says so). */
  tries?: { left: number; lockMs: number };
};

function gateNotice(refusal: GateRefusal, nowMs: number): FormNotice {
  if (refusal.code === 'rate_limited') return { kind: 'rate_limited', retryAt: nowMs + refusal.retryAfterMs, waitMs: refusal.retryAfterMs };
  return { kind: 'challenge', challenge: refusal.challenge, waitMs: Math.max(0, refusal.challenge.waitUntil - nowMs) };
}

export function letterFeedback(error: LetterCheckError, nowMs: number): FormFeedback<LetterField> {
  switch (error.code) {
    case 'invalid_input':
      return { fieldErrors: { ...error.fields }, notice: null };
    // One message for an unknown code and a wrong date of birth. It asks to check both, so both fields are
    // marked; and it says how many tries remain before the lock.
    case 'no_match':
      return {
        fieldErrors: { code: 'no_match', dob: 'no_match_dob' },
        notice: null,
        tries: { left: error.triesLeft, lockMs: error.lockSeconds * 1000 },
      };
    case 'code_typo':
      return { fieldErrors: { code: 'code_typo' }, notice: null };
    case 'did_you_mean':
      return { fieldErrors: { code: 'did_you_mean' }, notice: { kind: 'did_you_mean', suggestion: error.suggestion } };
    case 'access_code_expired':
      return { fieldErrors: {}, notice: { kind: 'access_code_expired' } };
    case 'locked':
      return { fieldErrors: {}, notice: { kind: 'locked', retryAt: nowMs + error.retryAfterMs, waitMs: error.retryAfterMs } };
    default:
      return { fieldErrors: {}, notice: gateNotice(error, nowMs) };
  }
}

export function mailFeedback(error: MailCheckError, nowMs: number): FormFeedback<MailField> {
  if (error.code === 'invalid_input') return { fieldErrors: { ...error.fields }, notice: null };
  return { fieldErrors: {}, notice: gateNotice(error, nowMs) };
}

/** The field errors in page order, for the error summary. */
export function orderedFieldErrors<F extends string>(
  order: readonly F[],
  errors: Partial<Record<F, FieldMessageKey>>,
): [F, FieldMessageKey][] {
  return order.flatMap((f) => (errors[f] ? [[f, errors[f]] as [F, FieldMessageKey]] : []));
}

export type WaitLength = { unit: 'seconds' | 'minutes' | 'hours'; count: number };

/**
 * A wait as people say it, always rounded up so nobody comes back too early: seconds under a minute,
 * minutes under two hours, hours beyond.
 */
export function describeWait(ms: number): WaitLength {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.ceil(minutes / 60) };
}

/**
 * Which pieces of a clock time to show: seconds only when the wait is short enough for them to matter,
 * and always the zone's name, so "3:45 PM" is never read in the wrong zone.
 */
export function clockOptions(waitMs: number, timeZone?: string): Intl.DateTimeFormatOptions {
  return {
    hour: 'numeric',
    minute: '2-digit',
    ...(waitMs < 120_000 ? { second: '2-digit' as const } : {}),
    // A day away or more: say which day.
    ...(waitMs >= 12 * 3_600_000 ? { weekday: 'long' as const, month: 'long' as const, day: 'numeric' as const } : {}),
    ...(timeZone ? { timeZone } : {}),
    timeZoneName: 'short',
  };
}

/** `at` (epoch ms) as a clock time in `locale`, with the zone named: in `timeZone`, or the runtime's own zone. */
export function formatClock(at: number, waitMs: number, locale: string, timeZone?: string): string {
  if (locale === 'ht') {
    // Intl has no Haitian Creole (lib/haitian.ts): 24-hour time, the day in Creole when it is a day away.
    const date = new Date(at);
    const zone =
      new Intl.DateTimeFormat('en-US', { timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) })
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const clock = `${haitianClock(date, timeZone, waitMs < 120_000)} ${zone}`.trim();
    return waitMs >= 12 * 3_600_000 ? `${haitianDay(date, timeZone)}, ${clock}` : clock;
  }
  return new Intl.DateTimeFormat(locale, clockOptions(waitMs, timeZone)).format(new Date(at));
}

/** What a self-check form's server action hands back to the form (useActionState): serializable, no personal data beyond what was typed. */
export type CheckFormState<V, F extends string> = FormFeedback<F> & {
  /** What the person typed, shown again so no field is cleared. */
  values: V;
  /** Counts submissions, so the page can tell a new answer from the same one (focus, solving a challenge). */
  attempt: number;
};
