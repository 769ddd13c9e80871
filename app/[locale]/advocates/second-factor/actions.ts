'use server';

import { redirect, RedirectType } from 'next/navigation';
import { submitSecondFactor } from '@/lib/orgs/second-factor';
import { currentMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { localeOf, textOf } from '../_components/form-bits';

// The code typed on the second-factor page (enrolment's first code, or a sign-in's). The session comes from
// the cookie, never from the form.
export async function secondFactorAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const member = await currentMember();
  if (!member) redirect(`/${locale}/advocates/sign-in`, RedirectType.replace);
  if (member.secondFactor) redirect(`/${locale}/advocates`, RedirectType.replace);
  const result = await submitSecondFactor(await getOrgDeps(), member, textOf(form, 'code'));
  if (!result.ok)
    redirect(`/${locale}/advocates/second-factor?error=${result.error === 'locked' ? 'locked' : 'wrong_code'}`, RedirectType.replace);
  redirect(`/${locale}/advocates`, RedirectType.replace);
}
