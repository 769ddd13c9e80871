import { getLocale, getTranslations } from 'next-intl/server';

// Shown when a page under [locale] calls notFound(). URLs that match no route at all get
// app/global-not-found.tsx instead (Next renders that one without any layout).
export default async function LocaleNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('NotFound')]);
  return (
    <main id="main-content" className="grid-container usa-section" tabIndex={-1}>
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a className="usa-button" href={`/${locale}`}>
            {t('home')}
          </a>
        </p>
      </div>
    </main>
  );
}
