'use server';

import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { endOrgSession, orgSessionCookieName } from '@/lib/orgs/session';
import { sessionDepsOf } from '@/lib/orgs/deps';
import { appendAudit } from '@/db/queries/audit';
import { currentMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { localeOf } from './_components/form-bits';

// Signing out ends the session in the database at once (the cookie alone would not), then clears the cookie.
export async function signOutAction(form: FormData): Promise<void> {
  const member = await currentMember();
  if (member) {
    const deps = await getOrgDeps();
    await endOrgSession(sessionDepsOf(deps), member.sessionId);
    await appendAudit(deps.db, deps.auditKey, {
      actor: `org-member:${member.memberId}`,
      action: 'org.signed_out',
      outcome: 'ok',
      detail: { orgId: member.orgId, memberId: member.memberId },
    });
  }
  (await cookies()).delete(orgSessionCookieName);
  redirect(`/${localeOf(form)}/advocates/sign-in`, RedirectType.replace);
}
