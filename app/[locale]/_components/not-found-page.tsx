import { getLocale, getTranslations } from 'next-intl/server';
import { SiteFooter } from '../(public)/_components/site-footer';
import { SiteHeader } from '../(public)/_components/site-header';

// The localized not-found page's content, outside the (public) layout, so it brings the header (with the
// language picker) and the footer (the portal's address, the anti-phishing note, the contact) itself; the
// demo banner comes from the locale layout.
export async function NotFoundPage() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('NotFound')]);
  return (
    <>
      <SiteHeader />
      <main id="main-content" className="dc-main grid-container usa-section" tabIndex={-1} data-testid="not-found">
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
      <SiteFooter />
    </>
  );
}
