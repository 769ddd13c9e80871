'use server';

// The self-check's server actions. Each works as a plain POST with JavaScript off (progressive
// enhancement) and follows the same order: read the form → the domain layer parses, limits and answers
// (lib/self-check) → set the session cookie and redirect (303) on success, or hand the form back its
// values and what to say. Failures on our side are logged with an id and no personal data.
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import {
  checkSessionCookie,
  checkSessionCookieName,
  checkWithLetter,
  clientAddressFrom,
  createCheckSession,
  readCheckSession,
  requestCheckByMail,
  requestNoticeCopy,
  type ClientInfo,
} from '@/lib/self-check';
import { letterFeedback, mailFeedback, type FormNotice } from '@/lib/self-check/feedback';
import { fieldNames, letterInput, mailInput, readLetterValues, readMailValues, readProof } from '@/lib/self-check/form-values';
import { getSelfCheckDeps } from '@/server/self-check';
import { attemptOf, formOf } from '@/lib/web/action-input';
import type { LetterFormState, MailFormState, NoticeCopyState } from './form-state';

function localeOf(form: FormData): string {
  const value = form.get(fieldNames.locale);
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

async function clientOf(form: FormData): Promise<ClientInfo> {
  return { address: clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS), proof: readProof(form) };
}

function failure(action: string, err: unknown): string {
  const errorId = randomUUID();
  // The error's name only: a message could quote a parameter.
  console.error(`[self-check] ${action}_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`);
  return errorId;
}

const unavailable = (action: string, err: unknown): FormNotice => ({ kind: 'unavailable', errorId: failure(action, err) });

export async function checkLetterAction(prev: LetterFormState, submitted: FormData): Promise<LetterFormState> {
  const form = formOf(submitted);
  const values = readLetterValues(form);
  const attempt = attemptOf(prev) + 1;
  let session: { token: string; maxAgeSeconds: number };
  try {
    const deps = await getSelfCheckDeps();
    const result = await checkWithLetter(letterInput(values), { deps, client: await clientOf(form) });
    if (!result.ok) return { values, attempt, ...letterFeedback(result.error, deps.now().getTime()) };
    session = createCheckSession(result.data.recordId, result.data.via, deps);
  } catch (err) {
    return { values, attempt, fieldErrors: {}, notice: unavailable('letter_check', err) };
  }
  const secure = new URL(env().PORTAL_URL).protocol === 'https:';
  (await cookies()).set(checkSessionCookie(session.token, { secure, maxAgeSeconds: session.maxAgeSeconds }));
  redirect(`/${localeOf(form)}/check/result`, RedirectType.push);
}

// Match or not, an accepted request redirects to the same page: nothing in the answer tells them apart.
export async function requestByMailAction(prev: MailFormState, submitted: FormData): Promise<MailFormState> {
  const form = formOf(submitted);
  const values = readMailValues(form);
  const attempt = attemptOf(prev) + 1;
  try {
    const deps = await getSelfCheckDeps();
    const result = await requestCheckByMail(mailInput(values), { deps, client: await clientOf(form) });
    if (!result.ok) return { values, attempt, ...mailFeedback(result.error, deps.now().getTime()) };
  } catch (err) {
    return { values, attempt, fieldErrors: {}, notice: unavailable('mail_check', err) };
  }
  redirect(`/${localeOf(form)}/check/by-mail/requested`, RedirectType.push);
}

/** The verified session (the signed cookie) says whose notice; the form carries nothing but the locale. */
export async function requestNoticeCopyAction(prev: NoticeCopyState): Promise<NoticeCopyState> {
  const attempt = attemptOf(prev) + 1;
  try {
    const deps = await getSelfCheckDeps();
    const session = readCheckSession((await cookies()).get(checkSessionCookieName)?.value, deps);
    const result = await requestNoticeCopy(session, deps);
    if (!result.ok) return { attempt, status: 'expired' };
    return { attempt, status: result.data.status, channels: result.data.channels.includes('email') ? 'both' : 'letter' };
  } catch (err) {
    return { attempt, status: 'failed', errorId: failure('notice_copy', err) };
  }
}
