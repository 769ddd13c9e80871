import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { getPortalAddress } from '../../../../_components/portal-address';
import { env } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('CheckRequested');
  return { title: t('metaTitle') };
}

// Where every accepted no-letter request lands, match or not: the same page, the same words. It reads
// nothing about the request (there is nothing to read: the redirect carries no state).
export default async function CheckRequestedPage() {
  await connection();
  const [t, address] = await Promise.all([getTranslations('CheckRequested'), getPortalAddress()]);
  return (
    <div className="grid-container dc-page usa-prose" data-testid="mail-requested">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('lead')}</p>
      <h2>{t('nextHeading')}</h2>
      <p>{t('ifMatch')}</p>
      <p>{t('code', { days: env().ACCESS_CODE_VALID_DAYS })}</p>
      <p className="dc-address" translate="no">
        {address}
      </p>
      <p>{t('ifNoMatch')}</p>
      <h2>{t('whenHeading')}</h2>
      <p>{t('when')}</p>
      <p>{t('once', { days: env().SELF_CHECK_MAIL_EVERY_DAYS })}</p>
      <h2>{t('nothingHeading')}</h2>
      <ul>
        <li>{t('nothingMatch')}</li>
        <li>{t('nothingMoved')}</li>
        <li>{t('notYou')}</li>
      </ul>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
