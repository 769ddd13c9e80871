import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatLongDate } from '@/lib/intl-dates';
import type { LanguageCode } from '@/lib/languages';
import { AssistedBanner } from '../_components/assisted-banner';
import { AlreadyFiled, SessionExpired, StepNote } from '../_components/claim-views';
import { SignForm } from '../_components/sign-form';
import { claimContext, findExistingClaim, readDraft } from '../_lib/claim-context';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Claim');
  return { title: t('signMetaTitle') };
}

// Step 3: the declaration under penalty of perjury (28 U.S.C. 1746: signed by typing one's name, no notary),
// and that filing waives nothing. Signing files the claim.
export default async function SignPage() {
  const ctx = await claimContext();
  const { deps, session } = ctx;
  const [t, locale] = await Promise.all([getTranslations('Claim'), getLocale() as Promise<LanguageCode>]);
  if (!session) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  const existing = await findExistingClaim(deps, session);
  if (existing) return <AlreadyFiled claimNumber={existing.claimNumber} />;
  if (!readDraft(ctx)) redirect(`/${locale}/claim`);
  const today = deps.now().toISOString().slice(0, 10);
  return (
    <div className="grid-container dc-page" data-testid="claim-sign">
      <div className="usa-prose">
        <StepNote step={3} />
        <h1>{t('signTitle')}</h1>
        <AssistedBanner session={session} deps={deps} />
        <section className="dc-declaration" aria-labelledby="declaration-heading">
          <h2 id="declaration-heading">{t('declarationHeading')}</h2>
          <p className="dc-declaration__text" data-testid="declaration-text">
            {t('declaration')}
          </p>
          <p>{t('signedOn', { date: formatLongDate(locale, today) })}</p>
          <p>{t('declarationNote')}</p>
        </section>
        <div className="usa-alert usa-alert--info usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text" data-testid="no-waiver">
              {t('noWaiver')}
            </p>
          </div>
        </div>
      </div>
      <SignForm assisted={session.via === 'advocate'} />
    </div>
  );
}
