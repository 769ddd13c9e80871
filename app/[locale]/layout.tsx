import '@uswds/uswds/css/uswds.min.css';
import '../globals.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { languages } from '@/lib/languages';
import { DemoBanner } from './_components/demo-banner';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: t('title'),
    description: t('description'),
    // A demonstration with synthetic records stays out of search results. Revisit at launch.
    robots: { index: false, follow: false },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

// The root layout: every localized page gets its language, direction and script's font stack on <html>
// (all from lib/languages.ts). The note on an unreviewed language is in the site header, inside its
// landmark, so it is on every public page.
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const language = languages[locale];
  return (
    <html lang={locale} dir={language.dir} className={`dc-font-${language.font}`}>
      <body>
        <a className="usa-skipnav" href="#main-content">
          {t('skipLink')}
        </a>
        <DemoBanner />
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
