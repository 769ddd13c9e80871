import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { env } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgApply');
  return { title: t('receivedTitle') };
}

// Where an accepted application lands. It reads nothing about the application (the redirect carries no
// state): what happens next, and where the contact signs in once approved.
export default async function OrgApplyReceivedPage() {
  const [t, locale] = await Promise.all([getTranslations('OrgApply'), getLocale()]);
  const signIn = `${env().PORTAL_URL.replace(/\/$/, '')}/${locale}/advocates/sign-in`;
  return (
    <div className="grid-container dc-page usa-prose" data-testid="org-apply-received">
      <h1>{t('receivedTitle')}</h1>
      <p className="usa-intro">{t('receivedLead')}</p>
      <h2>{t('nextHeading')}</h2>
      <ol>
        <li>{t('next1')}</li>
        <li>
          {t('next2')}{' '}
          <span className="dc-address dc-address--inline" translate="no">
            {signIn}
          </span>
        </li>
        <li>{t('next3')}</li>
      </ol>
      <p>{t('noClients')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
