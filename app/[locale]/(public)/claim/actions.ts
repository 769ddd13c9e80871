'use server';

// The claim pages' server actions. Each works as a plain POST with JavaScript off and follows the order of
// the self-check's actions: the session (never an id the form sent) → the domain parses → set the sealed
// cookie and redirect (303), or hand the form back its values and the problem of each field. Failures on our
// side are logged with an id and no personal data.
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect, RedirectType, unstable_rethrow } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { filedCookieName, draftValuesOf, sealDraft, sealFiledReceipt } from '@/lib/claims/draft';
import { fileClaim, type FilingOptions } from '@/lib/claims/filing';
import { confirmAssistedFiling } from '@/lib/orgs/assisted-claim';
import { openOwnClaim } from '@/lib/claims/status-recover';
import { claimSessionCookie, createClaimSession } from '@/lib/claims/status-session';
import { env } from '@/lib/env';
import { checkSessionCookieName, clientAddressFrom } from '@/lib/self-check';
import { liveCheckSession } from '@/server/check-session';
import { parseClaimDetails, parseClaimForm } from '@/lib/validation/claims';
import { attemptOf, formOf } from '@/lib/web/action-input';
import { claimContext, claimCookie, draftCookieNames, findExistingClaim, readDraft } from './_lib/claim-context';
import type { ClaimDetailsState, ClaimSignState } from './form-state';
import { currentMember } from '@/server/org-session';
import { getSelfCheckDeps } from '@/server/self-check';
import { enqueueSendGroups } from '@/workers/enqueue';

/** The text fields of a posted form by name (a file or a repeated name counts once, as text). */
function fieldsOf(submitted: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formOf(submitted).entries()) if (typeof value === 'string' && !(name in fields)) fields[name] = value;
  return fields;
}

function localeOf(form: Record<string, string>): string {
  const value = form.locale;
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

function failure(action: string, err: unknown): string {
  const errorId = randomUUID();
  console.error(`[claim] ${action}_failed ${JSON.stringify({ errorId, error: err instanceof Error ? err.name : 'unknown' })}`);
  return errorId;
}

/** The form page: its fields are checked, then kept sealed for the next pages. Nothing is filed yet. */
export async function saveClaimDetailsAction(prev: ClaimDetailsState, submitted: FormData): Promise<ClaimDetailsState> {
  const form = fieldsOf(submitted);
  const locale = localeOf(form);
  const values = draftValuesOf(form);
  const attempt = attemptOf(prev) + 1;
  let next: string;
  try {
    const ctx = await claimContext();
    const { deps, jar, session } = ctx;
    // Expired, or a claim already filed (another tab): the page itself says which.
    if (!session) redirect(`/${locale}/claim`, RedirectType.push);
    if (await findExistingClaim(deps, session)) redirect(`/${locale}/claim/filed`, RedirectType.push);
    const parsed = parseClaimDetails(values);
    if (!parsed.ok) return { values, attempt, fieldErrors: parsed.errors };
    const now = deps.now().getTime();
    const parts = sealDraft(deps.sealer, session.recordId, values, session.expiresAt);
    if (!parts) return { values, attempt, fieldErrors: { actualDescription: 'too_long' } };
    draftCookieNames.forEach((name, i) => {
      const part = parts[i];
      if (part) jar.set(claimCookie(name, part, session, now));
      else jar.delete(name);
    });
    next = `/${locale}/claim/check-answers`;
  } catch (err) {
    unstable_rethrow(err);
    return { values, attempt, fieldErrors: {}, errorId: failure('save_details', err) };
  }
  redirect(next, RedirectType.push);
}

/** The signing page: the declaration signed by typing one's name, then the claim is filed, once per record. */
export async function fileClaimAction(prev: ClaimSignState, submitted: FormData): Promise<ClaimSignState> {
  const form = fieldsOf(submitted);
  const locale = localeOf(form);
  const values = { signedName: form.signed_name ?? '', declaration: form.declaration === 'yes' };
  const attempt = attemptOf(prev) + 1;
  let next: string;
  try {
    const ctx = await claimContext();
    const { deps, jar, session } = ctx;
    if (!session) redirect(`/${locale}/claim`, RedirectType.push);
    const draft = readDraft(ctx);
    // No draft: a submit again after filing, or a second tab. The filed page shows the claim, not its PIN again.
    if (!draft) {
      const existing = await findExistingClaim(deps, session);
      if (existing) jar.delete(filedCookieName);
      redirect(`/${locale}/claim${existing ? '/filed' : ''}`, RedirectType.push);
    }
    const parsed = parseClaimForm({ ...draft, signed_name: form.signed_name, declaration: form.declaration });
    if (!parsed.ok) {
      const { signedName, declaration, ...rest } = parsed.errors;
      // The details were checked on the form page; if they no longer pass, that page says why.
      if (Object.keys(rest).length > 0) redirect(`/${locale}/claim`, RedirectType.push);
      return { values, attempt, fieldErrors: { signedName, declaration } };
    }
    const clientAddress = clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS);
    // An advocate filing for a client: checked again now (still signed in as that member, authorization live).
    let assisted: FilingOptions['assisted'];
    if (session.via === 'advocate' && session.assisted) {
      const confirmed = await confirmAssistedFiling(
        deps,
        { recordId: session.recordId, assisted: session.assisted },
        await currentMember(),
      );
      if (!confirmed) return { values, attempt, fieldErrors: {}, assistedRefused: true };
      assisted = { ...session.assisted, authorizationId: confirmed.authorizationId };
    }
    // With the send queue's producer, filing also queues the "claim received" notice by every channel on the record.
    const result = await fileClaim({ ...deps, enqueueGroups: (keys) => enqueueSendGroups(keys) }, session.recordId, parsed.value, {
      clientAddress,
      assisted,
    });
    for (const name of draftCookieNames) jar.delete(name);
    if (result.outcome === 'filed') {
      const receipt = sealFiledReceipt(
        deps.sealer,
        session.recordId,
        { claimNumber: result.claimNumber, pin: result.pin },
        session.expiresAt,
      );
      jar.set(claimCookie(filedCookieName, receipt, session, deps.now().getTime()));
    } else {
      // Filed already (another tab, a second press): the claim is shown without its PIN. A browser without
      // JavaScript that sends a double click as two posts shows the second answer, so the PIN can be missed
      // there; the claim number is still shown, and the notices carry both.
      jar.delete(filedCookieName);
    }
    next = `/${locale}/claim/filed`;
  } catch (err) {
    unstable_rethrow(err);
    return { values, attempt, fieldErrors: {}, errorId: failure('file', err) };
  }
  redirect(next, RedirectType.push);
}

/**
 * A lost PIN: "Open my claim" on the page that says the record already has a claim. The check session (the
 * person proved who they are again) alone says which claim, never a posted id; it gets the claim session the
 * PIN lookup issues. Without a session or a claim the claim page says which (expired, or the form).
 */
export async function openMyClaimAction(submitted: FormData): Promise<void> {
  const form = fieldsOf(submitted);
  const locale = localeOf(form);
  let next: string;
  try {
    const [jar, deps] = await Promise.all([cookies(), getSelfCheckDeps()]);
    const checkToken = jar.get(checkSessionCookieName)?.value;
    const check = await liveCheckSession(checkToken, deps);
    const result = check ? await openOwnClaim(deps, checkToken) : ({ ok: false } as const);
    if (result.ok) {
      // Opened from an advocate's claim pages: they may follow the claim, never change where it pays.
      const assisted = check?.via === 'advocate';
      const session = createClaimSession(result.data.claimId, deps, { assisted });
      const secure = new URL(env().PORTAL_URL).protocol === 'https:';
      jar.set(claimSessionCookie(session.token, { secure, maxAgeSeconds: session.maxAgeSeconds }));
      next = `/${locale}/claim/status/view`;
    } else next = `/${locale}/claim`;
  } catch (err) {
    unstable_rethrow(err);
    next = `/${locale}/claim?openFailed=${failure('open_claim', err)}`;
  }
  redirect(next, RedirectType.push);
}
