import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function Hero() {
  const t = await getTranslations('Landing.hero');
  return (
    <section className="dc-hero" aria-labelledby="page-title">
      <div className="grid-container">
        <h1 id="page-title" className="dc-hero__title">
          {t('title')}
        </h1>
        <p className="usa-intro dc-hero__lead">{t('lead')}</p>
        <p>
          <Link className="usa-button usa-button--big dc-hero__cta" href="/check">
            {t('cta')}
          </Link>
        </p>
        <p className="dc-hero__free">{t('free')}</p>
      </div>
    </section>
  );
}
