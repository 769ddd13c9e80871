'use server';

import { redirect, RedirectType } from 'next/navigation';
import { disableMember, inviteMember } from '@/lib/orgs/members';
import { requireMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { localeOf, textOf } from '../_components/form-bits';

// Member management: the org admin and their organization come from the session (requireMember); the form
// gives only the email and role of an invitation, or the id of the member to disable, which lib/orgs checks
// against the admin's own organization (and row-level security under it).
export async function inviteMemberAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const admin = await requireMember(locale, { role: 'org_admin' });
  const result = await inviteMember(await getOrgDeps(), admin, {
    email: textOf(form, 'email'),
    role: textOf(form, 'role'),
    language: locale,
  });
  redirect(`/${locale}/advocates/members?${result.ok ? 'done=invited' : `error=${result.error}`}`, RedirectType.replace);
}

export async function disableMemberAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const admin = await requireMember(locale, { role: 'org_admin' });
  const result = await disableMember(await getOrgDeps(), admin, textOf(form, 'memberId'));
  redirect(`/${locale}/advocates/members?${result.ok ? 'done=disabled' : `error=${result.error}`}`, RedirectType.replace);
}
