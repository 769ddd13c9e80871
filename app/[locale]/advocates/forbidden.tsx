import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

// Rendered with status 403 when a member's role does not include the page (requireMember's forbidden()).
export default async function AdvocatesForbidden() {
  const t = await getTranslations('Advocates.forbidden');
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <Link className="usa-button" href="/advocates">
            {t('home')}
          </Link>
        </p>
      </div>
    </div>
  );
}
