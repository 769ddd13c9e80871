import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { LetterForm } from './_components/letter-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Check');
  return { title: t('metaTitle') };
}

// The check with the letter: notice (or access) code and date of birth → the result on the next page.
export default async function CheckPage() {
  // Rendered per request: the form's answers must never come from a cache.
  await connection();
  const [t, tf] = await Promise.all([getTranslations('Check'), getTranslations('SelfCheckForm')]);
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      <LetterForm />
      <p className="dc-note-plain">{tf('privacy')}</p>
      <section className="dc-section dc-section--after-form" aria-labelledby="no-letter">
        <h2 id="no-letter">{t('noLetterHeading')}</h2>
        <p>
          {t('noLetter')} <Link href="/check/by-mail">{t('noLetterLink')}</Link>
        </p>
      </section>
    </div>
  );
}
