import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { maxDocumentBytes } from '@/lib/claims/documents';
import { isLanguageCode } from '@/lib/languages';
import { readCase } from '@/lib/orgs/cases';
import { getOrgCaseDeps } from '@/server/org-cases';
import { requireMember } from '@/server/org-session';
import { CaseForm } from '../../_components/case-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgCases');
  return { title: t('addTitle') };
}

// A new authorization for a case of the member's organization: it replaces the older ones at once.
export default async function AddAuthorizationPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, localeText] = await Promise.all([params, getLocale()]);
  const member = await requireMember(isLanguageCode(localeText) ? localeText : 'en');
  if (!/^[0-9]{1,15}$/.test(id)) notFound();
  const read = await readCase(await getOrgCaseDeps(), member, Number(id));
  if (!read) notFound();
  const t = await getTranslations('OrgCases');
  return (
    <div className="grid-container dc-page" data-testid="org-case-authorization">
      <p>
        <Link href={`/advocates/cases/${id}`}>{t('backToCase')}</Link>
      </p>
      <div className="usa-prose">
        <h1>{t('addTitle')}</h1>
        <p className="usa-intro">{t('newLead')}</p>
      </div>
      <CaseForm caseId={Number(id)} languages={[]} maxMb={maxDocumentBytes / (1024 * 1024)} />
    </div>
  );
}
