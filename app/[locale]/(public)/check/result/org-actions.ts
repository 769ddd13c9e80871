'use server';

// The client stops an organization's access to their record from their own verified session (issue 15):
// the session cookie says whose record; the form carries only which authorization and the locale.
import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { revokeAuthorizationByClient } from '@/lib/orgs/authorizations';
import { checkSessionCookieName, readCheckSession } from '@/lib/self-check';
import { formOf } from '@/lib/web/action-input';
import { getOrgCaseDeps } from '@/server/org-cases';
import { getSelfCheckDeps } from '@/server/self-check';

export async function revokeOrganizationAction(submitted: FormData): Promise<void> {
  const form = formOf(submitted);
  const asked = form.get('locale');
  const locale = typeof asked === 'string' && hasLocale(routing.locales, asked) ? asked : routing.defaultLocale;
  const raw = form.get('authorizationId');
  const id = typeof raw === 'string' && /^[0-9]{1,15}$/.test(raw) ? Number(raw) : 0;
  const session = readCheckSession((await cookies()).get(checkSessionCookieName)?.value, await getSelfCheckDeps());
  const done = await revokeAuthorizationByClient(await getOrgCaseDeps(), session, id);
  redirect(`/${locale}/check/result${done.ok ? '?orgRevoked=1' : ''}`, RedirectType.push);
}
