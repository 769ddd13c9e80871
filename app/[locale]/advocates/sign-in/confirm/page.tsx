import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { param } from '../../_components/form-bits';
import { confirmLinkAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.confirm');
  // The token is in this page's address: no Referer carries it anywhere.
  return { title: t('metaTitle'), referrer: 'no-referrer' };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Where the emailed link opens. Opening it changes nothing (mail scanners follow links): the link is used
// only by this page's button, a POST. A link that cannot work gets one page saying so, with the way back.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  await connection();
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations('Advocates.confirm')]);
  const token = param(query.token) ?? '';
  const usable = param(query.error) === undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
  if (!usable)
    return (
      <div className="grid-container dc-page">
        <div className="usa-prose">
          <h1>{t('invalidTitle')}</h1>
          <p className="usa-intro">{t('invalidBody')}</p>
          <p>
            <Link className="usa-button" href="/advocates/sign-in">
              {t('newLink')}
            </Link>
          </p>
        </div>
      </div>
    );
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      <form action={confirmLinkAction} method="post">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button className="usa-button dc-submit" type="submit">
          {t('submit')}
        </button>
      </form>
    </div>
  );
}
