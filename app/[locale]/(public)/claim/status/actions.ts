'use server';

// The claim status page's server actions. Each works as a plain POST with JavaScript off and follows the
// self-check's order: read the form → the domain layer parses, limits and answers (lib/claims) → set or
// clear the claim session cookie and redirect (303), or hand the form back its values and what to say.
// Failures on our side are logged with an id and no personal data.
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { answerInformationRequest } from '@/lib/claims/answer';
import { askForAppeal } from '@/lib/claims/appeal';
import { claimLookupFeedback, type ClaimLookupState } from '@/lib/claims/status-feedback';
import { lookUpClaim } from '@/lib/claims/status-lookup';
import { claimSessionCookie, claimSessionCookieName, createClaimSession, readClaimSession } from '@/lib/claims/status-session';
import { env } from '@/lib/env';
import { clientAddressFrom } from '@/lib/self-check';
import { readProof } from '@/lib/self-check/form-values';
import { attemptOf, formOf } from '@/lib/web/action-input';
import { getClaimStatusDeps } from '@/server/claim-status';
import type { AnswerFormState, AppealFormState } from './form-state';

function localeOf(form: FormData): string {
  const value = form.get('locale');
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

function text(form: FormData, name: string, max: number): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
}

function failure(action: string, err: unknown): string {
  const errorId = randomUUID();
  console.error(`[claim-status] ${action}_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`);
  return errorId;
}

const secure = () => new URL(env().PORTAL_URL).protocol === 'https:';

export async function lookUpClaimAction(prev: ClaimLookupState, submitted: FormData): Promise<ClaimLookupState> {
  const form = formOf(submitted);
  const values = { claimNumber: text(form, 'claimNumber', 100), pin: text(form, 'pin', 100) };
  const attempt = attemptOf(prev) + 1;
  let session: { token: string; maxAgeSeconds: number };
  try {
    const deps = await getClaimStatusDeps();
    const client = { address: clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS), proof: readProof(form) };
    const result = await lookUpClaim(values, { deps, client });
    if (!result.ok) {
      // A wrong PIN is cleared; nothing was checked when the gate refused (a limit, a proof of work), so the
      // form keeps what was typed and, with JavaScript, sends it again itself once the proof is solved.
      const checked = result.error.code !== 'challenge_required' && result.error.code !== 'rate_limited';
      const kept = checked ? { ...values, pin: '' } : values;
      return { values: kept, attempt, ...claimLookupFeedback(result.error, deps.now().getTime()) };
    }
    session = createClaimSession(result.data.claimId, deps);
  } catch (err) {
    return { values: { ...values, pin: '' }, attempt, fieldErrors: {}, notice: { kind: 'unavailable', errorId: failure('lookup', err) } };
  }
  (await cookies()).set(claimSessionCookie(session.token, { secure: secure(), maxAgeSeconds: session.maxAgeSeconds }));
  redirect(`/${localeOf(form)}/claim/status/view`, RedirectType.push);
}

/** The session (the signed cookie) says whose claim; the form carries only the answer and the locale. */
export async function answerRequestAction(prev: AnswerFormState, submitted: FormData): Promise<AnswerFormState> {
  const form = formOf(submitted);
  const answer = text(form, 'answer', 20_000);
  const attempt = attemptOf(prev) + 1;
  try {
    const deps = await getClaimStatusDeps();
    const session = readClaimSession((await cookies()).get(claimSessionCookieName)?.value, deps);
    if (!session) return { attempt, text: answer, error: 'session_expired' };
    const result = await answerInformationRequest(deps, session.claimId, answer);
    if (!result.ok) return { attempt, text: answer, error: result.error.code === 'no_open_request' ? 'not_waiting' : result.error.code };
  } catch (err) {
    return { attempt, text: answer, error: 'unavailable', errorId: failure('answer', err) };
  }
  redirect(`/${localeOf(form)}/claim/status/view?answered=1`, RedirectType.push);
}

/** Asking us to look at a denied claim again: the session says whose claim; the form, the explanation. */
export async function askAppealAction(prev: AppealFormState, submitted: FormData): Promise<AppealFormState> {
  const form = formOf(submitted);
  const explanation = text(form, 'explanation', 16_000);
  const attempt = attemptOf(prev) + 1;
  try {
    const deps = await getClaimStatusDeps();
    const session = readClaimSession((await cookies()).get(claimSessionCookieName)?.value, deps);
    if (!session) return { attempt, text: explanation, error: 'appeal_session_expired' };
    const result = await askForAppeal(deps, session.claimId, explanation);
    if (!result.ok) return { attempt, text: explanation, error: result.error.code };
  } catch (err) {
    return { attempt, text: explanation, error: 'appeal_unavailable', errorId: failure('appeal', err) };
  }
  redirect(`/${localeOf(form)}/claim/status/view?appealed=1`, RedirectType.push);
}

export async function signOutClaimAction(submitted: FormData): Promise<void> {
  const form = formOf(submitted);
  (await cookies()).set(claimSessionCookie('', { secure: secure(), maxAgeSeconds: 0 }));
  redirect(`/${localeOf(form)}/claim/status?signedOut=1`, RedirectType.push);
}
