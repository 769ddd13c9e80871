import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { env } from '@/lib/env';
import { formatLongDate } from '@/lib/intl-dates';
import type { LanguageCode } from '@/lib/languages';
import { AlreadyFiled, ClaimNumber, SessionExpired } from '../_components/claim-views';
import { claimContext, findExistingClaim, readFiledReceipt } from '../_lib/claim-context';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Claim');
  return { title: t('filedMetaTitle') };
}

// The confirmation: the claim number and the PIN, which is shown here only (it comes from the sealed receipt
// the filing set, for this record, and only while the session lasts), what happens next and until when.
export default async function FiledPage() {
  const ctx = await claimContext();
  const { deps, session } = ctx;
  const [t, locale] = await Promise.all([getTranslations('Claim'), getLocale() as Promise<LanguageCode>]);
  if (!session) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  const claim = await findExistingClaim(deps, session);
  if (!claim) redirect(`/${locale}/claim`);
  const receipt = readFiledReceipt(ctx);
  if (!receipt || receipt.claimNumber !== claim.claimNumber) return <AlreadyFiled claimNumber={claim.claimNumber} />;
  return (
    <div className="grid-container dc-page" data-testid="claim-filed">
      <div className="usa-alert usa-alert--success dc-filed" role="status">
        <div className="usa-alert__body">
          <h1 className="usa-alert__heading">{t('filedTitle')}</h1>
          <dl className="dc-claim-codes">
            <div>
              <dt>{t('claimNumberLabel')}</dt>
              <dd>
                <ClaimNumber claimNumber={claim.claimNumber} testId="claim-number" />
              </dd>
            </div>
            <div>
              <dt>{t('pinLabel')}</dt>
              <dd>
                <bdi dir="ltr" className="dc-code" data-testid="claim-pin">
                  {receipt.pin}
                </bdi>
              </dd>
            </div>
          </dl>
          <p className="usa-alert__text">
            <strong>{t('writeDown')}</strong>
          </p>
        </div>
      </div>
      <section className="dc-section usa-prose" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('nextHeading')}</h2>
        <ul>
          <li>{t('next1')}</li>
          <li>{t('next2')}</li>
          <li data-testid="claims-deadline">{t('deadline', { deadline: formatLongDate(locale, env().CLAIMS_DEADLINE) })}</li>
        </ul>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <Link className="usa-button" href="/claim/status">
              {t('statusLink')}
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" href="/claim/documents">
              {t('documentsLink')}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
