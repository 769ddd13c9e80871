'use server';

// The payment change's server action: works as a plain POST with JavaScript off. The session (the signed
// claim cookie) says whose claim; the form carries only the new details, the confirmation and the locale.
// Read the form → the domain changes it (lib/claims/payment-change.ts) → redirect (303) to the status page,
// or hand the form back what was typed and what to say. Failures on our side are logged with an id only.
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { changeClaimPayment, paymentChangeNames } from '@/lib/claims/payment-change';
import { claimSessionCookieName, readClaimSession } from '@/lib/claims/status-session';
import { currentMember } from '@/server/org-session';
import { attemptOf, formOf } from '@/lib/web/action-input';
import { getClaimStatusDeps } from '@/server/claim-status';
import type { PaymentChangeState } from './form-state';

function localeOf(form: FormData): string {
  const value = form.get('locale');
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export async function changePaymentAction(prev: PaymentChangeState, submitted: FormData): Promise<PaymentChangeState> {
  const form = formOf(submitted);
  const values: Record<string, string> = {};
  for (const name of paymentChangeNames) {
    const v = form.get(name);
    if (typeof v === 'string') values[name] = v.slice(0, 200);
  }
  const attempt = attemptOf(prev) + 1;
  let held: boolean;
  try {
    const deps = await getClaimStatusDeps();
    const session = readClaimSession((await cookies()).get(claimSessionCookieName)?.value, deps);
    if (!session) return { values: {}, attempt, fieldErrors: {}, refused: 'session_expired' };
    if (session.assisted || (await currentMember())) return { values: {}, attempt, fieldErrors: {}, refused: 'advocate' };
    const result = await changeClaimPayment(deps, session.claimId, values);
    if (!result.ok) {
      if (result.error.code === 'invalid_input') return { values, attempt, fieldErrors: result.error.fields };
      const refused = result.error.code === 'no_such_claim' ? 'session_expired' : result.error.code;
      return { values: {}, attempt, fieldErrors: {}, refused };
    }
    held = result.data.held;
  } catch (err) {
    const errorId = randomUUID();
    console.error(
      `[claim-status] payment_change_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`,
    );
    return { values, attempt, fieldErrors: {}, refused: 'unavailable', errorId };
  }
  redirect(`/${localeOf(form)}/claim/status/view?paymentChanged=${held ? 'held' : '1'}`, RedirectType.push);
}
