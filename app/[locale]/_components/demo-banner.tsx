import { getTranslations } from 'next-intl/server';

// Shown on every page until the portal holds real records, so nobody mistakes the demo for a result.
export async function DemoBanner() {
  const t = await getTranslations('Layout');
  return (
    <section className="usa-site-alert usa-site-alert--info usa-site-alert--slim dc-demo" aria-label={t('demoRegion')}>
      <div className="usa-alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            <strong className="dc-demo__label">{t('demoLabel')}</strong> {t('demoText')}
          </p>
        </div>
      </div>
    </section>
  );
}
