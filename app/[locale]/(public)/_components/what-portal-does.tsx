import { getTranslations } from 'next-intl/server';

export async function WhatPortalDoes() {
  const t = await getTranslations('Landing.does');
  return (
    <section className="dc-section usa-prose" aria-labelledby="what-portal-does">
      <h2 id="what-portal-does">{t('heading')}</h2>
      <ul className="usa-list">
        <li>{t('whether')}</li>
        <li>{t('what')}</li>
        <li>{t('claim')}</li>
        <li>{t('advocate')}</li>
      </ul>
    </section>
  );
}
