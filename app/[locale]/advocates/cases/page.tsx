import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatLongDate } from '@/lib/intl-dates';
import { isLanguageCode, languages, type LanguageCode } from '@/lib/languages';
import { listCases } from '@/lib/orgs/cases';
import { getOrgCaseDeps } from '@/server/org-cases';
import { requireMember } from '@/server/org-session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgCases');
  return { title: t('listTitle') };
}

// The organization's cases. A case whose authorization is not live shows its number only (lib/orgs/cases.ts).
export default async function CasesPage() {
  const localeText = await getLocale();
  const locale: LanguageCode = isLanguageCode(localeText) ? localeText : 'en';
  const member = await requireMember(locale);
  const [t, deps] = await Promise.all([getTranslations('OrgCases'), getOrgCaseDeps()]);
  const cases = await listCases(deps, member);
  return (
    <div className="grid-container dc-page" data-testid="org-cases">
      <div className="usa-prose">
        <h1>{t('listTitle')}</h1>
        <p className="usa-intro">{t('listLead')}</p>
        <p>
          <Link className="usa-button" href="/advocates/cases/new">
            {t('newLink')}
          </Link>
        </p>
      </div>
      {cases.length === 0 ? (
        <p>{t('listNone')}</p>
      ) : (
        <table className="usa-table usa-table--stacked" data-testid="org-cases-list">
          <caption className="usa-sr-only">{t('listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colCase')}</th>
              <th scope="col">{t('colLanguage')}</th>
              <th scope="col">{t('colAccess')}</th>
              <th scope="col">{t('colOpened')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t('colCase')}>
                  <Link href={`/advocates/cases/${c.id}`}>{c.label ?? t('closedLabel', { id: c.id })}</Link>
                </th>
                <td data-label={t('colLanguage')}>{isLanguageCode(c.language) ? languages[c.language].endonym : c.language}</td>
                <td data-label={t('colAccess')}>
                  {c.access === 'live' && c.expiresOn ? t('accessLive', { date: formatLongDate(locale, c.expiresOn) }) : t('accessClosed')}
                </td>
                <td data-label={t('colOpened')}>{formatLongDate(locale, c.openedAt.toISOString())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
