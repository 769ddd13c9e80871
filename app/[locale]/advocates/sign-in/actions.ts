'use server';

// Asking for a sign-in link and using one. Whatever the email, an accepted request goes to the same page;
// the link's page only shows a button, and only its POST (here) uses the link.
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { env } from '@/lib/env';
import { orgSessionCookie } from '@/lib/orgs/session';
import { confirmSignInLink, requestSignInLink } from '@/lib/orgs/sign-in-link';
import { clientAddressFrom } from '@/lib/self-check/client-address';
import { getOrgDeps } from '@/server/orgs';
import { localeOf, secureCookies, textOf } from '../_components/form-bits';

export async function requestLinkAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  let target = `/${locale}/advocates/sign-in/sent`;
  try {
    const result = await requestSignInLink(await getOrgDeps(), {
      email: textOf(form, 'email'),
      address: clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS),
      language: locale,
    });
    if (!result.ok)
      target =
        result.error === 'rate_limited'
          ? `/${locale}/advocates/sign-in?error=rate_limited`
          : `/${locale}/advocates/sign-in?error=invalid_email`;
  } catch (err) {
    console.error(
      `[orgs] sign_in_request_failed ${JSON.stringify({ errorId: randomUUID(), error: err instanceof Error ? err.name : 'unknown' })}`,
    );
    target = `/${locale}/advocates/sign-in?error=unavailable`;
  }
  redirect(target, RedirectType.push);
}

export async function confirmLinkAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const result = await confirmSignInLink(await getOrgDeps(), textOf(form, 'token'));
  if (!result.ok) redirect(`/${locale}/advocates/sign-in/confirm?error=invalid_link`, RedirectType.replace);
  (await cookies()).set(orgSessionCookie(result.data.sessionToken, { secure: secureCookies(env().PORTAL_URL) }));
  redirect(`/${locale}/advocates/second-factor`, RedirectType.replace);
}
