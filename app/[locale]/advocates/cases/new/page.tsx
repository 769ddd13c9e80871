import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { maxDocumentBytes } from '@/lib/claims/documents';
import { isLanguageCode, languageCodes, languages } from '@/lib/languages';
import { requireMember } from '@/server/org-session';
import { CaseForm } from '../_components/case-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgCases');
  return { title: t('newTitle') };
}

// A new case, opened only together with the client's signed authorization (one form, one transaction).
export default async function NewCasePage() {
  const localeText = await getLocale();
  await requireMember(isLanguageCode(localeText) ? localeText : 'en');
  const t = await getTranslations('OrgCases');
  const options = languageCodes.map((code) => ({ code, name: languages[code].endonym }));
  return (
    <div className="grid-container dc-page" data-testid="org-case-new">
      <p>
        <Link href="/advocates/cases">{t('backToList')}</Link>
      </p>
      <div className="usa-prose">
        <h1>{t('newTitle')}</h1>
        <p className="usa-intro">{t('newLead')}</p>
      </div>
      <CaseForm languages={options} maxMb={maxDocumentBytes / (1024 * 1024)} />
    </div>
  );
}
