import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { languages } from '@/lib/languages';
import { LanguageSwitcher } from '../../_components/language-switcher';
import { ReviewNote } from '../../_components/review-note';

export async function SiteHeader() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('Layout')]);
  return (
    <header className="dc-header">
      {!languages[locale].humanReviewed && <ReviewNote text={t('reviewNote')} linkText={t('reviewNoteLink')} />}
      <div className="grid-container dc-header__inner">
        <div className="dc-header__brand">
          <Link className="dc-header__name" href="/" aria-label={t('homeLink')}>
            {t('siteName')}
          </Link>
          <p className="dc-header__tagline">{t('siteTagline')}</p>
        </div>
        <LanguageSwitcher current={locale} label={t('languageNav')} />
      </div>
    </header>
  );
}
