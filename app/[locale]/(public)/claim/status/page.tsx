import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { LookupForm } from './_components/lookup-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ClaimStatus');
  return { title: t('metaTitle') };
}

// The claim status page's door: claim number and PIN, no account.
export default async function ClaimStatusPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Rendered per request: the form's answers must never come from a cache.
  await connection();
  const [t, params] = await Promise.all([getTranslations('ClaimStatus'), searchParams]);
  return (
    <div className="grid-container dc-page">
      {params.signedOut === '1' && (
        <div className="usa-alert usa-alert--success dc-form-alert" role="status" data-testid="signed-out">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('signedOutHeading')}</h2>
            <p className="usa-alert__text">{t('signedOut')}</p>
          </div>
        </div>
      )}
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      <LookupForm />
      <p className="dc-note-plain">{t('privacy')}</p>
      <section className="dc-section dc-section--after-form usa-prose" aria-labelledby="lost">
        <h2 id="lost">{t('lostHeading')}</h2>
        <p>{t('lost')}</p>
        <p data-testid="lost-pin">
          {t('lostPin')} <Link href="/check">{t('lostPinLink')}</Link>
        </p>
      </section>
    </div>
  );
}
