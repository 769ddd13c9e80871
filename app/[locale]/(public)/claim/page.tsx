import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buildClaimFormView } from '@/lib/claims/form-view';
import { AssistedBanner } from './_components/assisted-banner';
import { AlreadyFiled, EntitlementBox, SessionExpired, StepNote } from './_components/claim-views';
import { ClaimDetailsForm } from './_components/details-form';
import { claimContext, findExistingClaim, readDraft } from './_lib/claim-context';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Claim');
  return { title: t('formMetaTitle') };
}

// Step 1 of the claim: what applies to the person (from their record, audited), and the details. Reading
// the session cookie makes the page dynamic; next.config.ts adds Cache-Control: no-store.
export default async function ClaimFormPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await claimContext();
  const { deps, session } = ctx;
  if (!session) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  const existing = await findExistingClaim(deps, session);
  if (existing) {
    // The reference of a failed "Open my claim" (openMyClaimAction): an id from the log, nothing else shown.
    const failed = (await searchParams).openFailed;
    const openFailedId = typeof failed === 'string' && /^[0-9a-f-]{36}$/.test(failed) ? failed : undefined;
    return <AlreadyFiled claimNumber={existing.claimNumber} openFailedId={openFailedId} />;
  }
  const [view, t] = await Promise.all([
    buildClaimFormView(session.recordId, session.via, 'claim_form', deps, session.assisted),
    getTranslations('Claim'),
  ]);
  if (!view) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  return (
    <div className="grid-container dc-page" data-testid="claim-form">
      <div className="usa-prose">
        <StepNote step={1} />
        <h1>{t('formTitle')}</h1>
        <p className="usa-intro">{t('formLead')}</p>
        <AssistedBanner session={session} deps={deps} />
      </div>
      <EntitlementBox entitlement={view.entitlement} />
      <ClaimDetailsForm initial={readDraft(ctx) ?? {}} />
    </div>
  );
}
