import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { FreeHelp } from '../../_components/free-help';
import { MailForm } from '../_components/mail-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('CheckByMail');
  return { title: t('metaTitle') };
}

// The check without the letter: the answer never appears here, it goes by post (and email) to the
// address on the tax record.
export default async function CheckByMailPage() {
  await connection();
  const [t, tf, th] = await Promise.all([getTranslations('CheckByMail'), getTranslations('SelfCheckForm'), getTranslations('Help')]);
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
        <p>{t('why')}</p>
      </div>
      <MailForm />
      <p className="dc-note-plain">{tf('privacy')}</p>
      <section className="dc-section" aria-labelledby="have-letter">
        <h2 id="have-letter">{t('haveLetter')}</h2>
        <p>
          <Link href="/check">{t('haveLetterLink')}</Link>
        </p>
      </section>
      <section className="dc-section usa-prose" aria-labelledby="free-help-heading">
        <h2 id="free-help-heading">{th('heading')}</h2>
        <p>{th('intro')}</p>
        <FreeHelp />
      </section>
    </div>
  );
}
