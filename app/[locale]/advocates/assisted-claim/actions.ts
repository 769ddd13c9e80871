'use server';

// "File a claim for this client" / "Open the client's claim" on a case page (issue 15, item 4): the member
// from their own session (never an id the form sent), the case read in their organization's scope; then the
// claim pages open with an advocate's check session and the person's own flow does the rest.
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect, RedirectType, unstable_rethrow } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { startAssistedClaim } from '@/lib/orgs/assisted-claim';
import { checkSessionCookie } from '@/lib/self-check';
import { formOf } from '@/lib/web/action-input';
import { requireMember } from '@/server/org-session';
import { getSelfCheckDeps } from '@/server/self-check';

export async function startAssistedClaimAction(submitted: FormData): Promise<void> {
  const form = formOf(submitted);
  const rawLocale = form.get('locale');
  const locale = typeof rawLocale === 'string' && hasLocale(routing.locales, rawLocale) ? rawLocale : routing.defaultLocale;
  const rawCase = form.get('caseId');
  const caseId = typeof rawCase === 'string' && /^[1-9][0-9]{0,15}$/.test(rawCase) ? Number(rawCase) : null;
  const member = await requireMember(locale);
  let next: string;
  try {
    if (caseId === null) throw new Error('no case id');
    const deps = await getSelfCheckDeps();
    const started = await startAssistedClaim({ ...deps, auditKey: deps.hasher.auditKey }, member, caseId);
    if (started.ok) {
      const secure = new URL(env().PORTAL_URL).protocol === 'https:';
      (await cookies()).set(checkSessionCookie(started.data.token, { secure, maxAgeSeconds: started.data.maxAgeSeconds }));
      next = `/${locale}/claim`;
    } else next = `/${locale}/advocates/cases/${caseId}?claim=${started.error}`;
  } catch (err) {
    unstable_rethrow(err);
    const errorId = randomUUID();
    console.error(`[advocates] assisted_claim_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`);
    next = caseId === null ? `/${locale}/advocates/cases` : `/${locale}/advocates/cases/${caseId}?claim=failed`;
  }
  redirect(next, RedirectType.push);
}
