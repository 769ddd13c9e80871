import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.linkSent');
  return { title: t('metaTitle') };
}

// The same page for every accepted request, member or not.
export default async function SignInLinkSentPage() {
  const [t, tc] = await Promise.all([getTranslations('Advocates.linkSent'), getTranslations('Advocates.confirm')]);
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('body')}</p>
        <p>{t('noEmail')}</p>
        <p>
          <Link href="/advocates/sign-in">{tc('newLink')}</Link>
        </p>
      </div>
    </div>
  );
}
