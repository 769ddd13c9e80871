'use server';

// The organization application's server action. It works as a plain POST with JavaScript off and follows the
// order of the other public actions: read the form → the domain parses, limits and records
// (lib/orgs/applications.ts) → redirect (303) to the confirmation page, or hand the form back its values and
// the problem of each field. Failures on our side are logged with an id and nothing the form carried.
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect, RedirectType, unstable_rethrow } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import { applyForOrganization } from '@/lib/orgs/applications';
import { clientAddressFrom } from '@/lib/self-check';
import { orgApplicationValuesOf } from '@/lib/validation/orgs';
import { attemptOf, formOf } from '@/lib/web/action-input';
import { getOrgApplyDeps } from '@/server/org-apply';
import type { OrgApplyState } from './form-state';

function fieldsOf(submitted: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formOf(submitted).entries()) if (typeof value === 'string' && !(name in fields)) fields[name] = value;
  return fields;
}

export async function applyForOrganizationAction(prev: OrgApplyState, submitted: FormData): Promise<OrgApplyState> {
  const form = fieldsOf(submitted);
  const locale = typeof form.locale === 'string' && hasLocale(routing.locales, form.locale) ? form.locale : routing.defaultLocale;
  const values = orgApplicationValuesOf(form);
  const attempt = attemptOf(prev) + 1;
  try {
    const clientAddress = clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS);
    const result = await applyForOrganization(await getOrgApplyDeps(), { values, language: locale, clientAddress });
    if (!result.ok) {
      if (result.error.code === 'rate_limited')
        return { values, attempt, fieldErrors: {}, notice: { kind: 'rate_limited', waitMs: result.error.retryAfterMs } };
      return { values, attempt, fieldErrors: result.error.fields, notice: null };
    }
  } catch (err) {
    unstable_rethrow(err);
    const errorId = randomUUID();
    console.error(`[org-apply] apply_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`);
    return { values, attempt, fieldErrors: {}, notice: { kind: 'unavailable', errorId } };
  }
  redirect(`/${locale}/advocates/apply/received`, RedirectType.push);
}
