import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { isLanguageCode } from '@/lib/languages';
import { readCase } from '@/lib/orgs/cases';
import { getOrgCaseDeps } from '@/server/org-cases';
import { requireMember } from '@/server/org-session';
import { CaseCheckForm } from '../../_components/check-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgCases');
  return { title: t('checkTitle') };
}

// The check with the client's letter, for a case whose live authorization allows seeing their status.
export default async function CaseCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, localeText] = await Promise.all([params, getLocale()]);
  const member = await requireMember(isLanguageCode(localeText) ? localeText : 'en');
  if (!/^[0-9]{1,15}$/.test(id)) notFound();
  const read = await readCase(await getOrgCaseDeps(), member, Number(id));
  if (!read) notFound();
  const t = await getTranslations('OrgCases');
  const allowed = read.access === 'live' && read.case.authorization.scopeStatus;
  return (
    <div className="grid-container dc-page" data-testid="org-case-check">
      <p>
        <Link href={`/advocates/cases/${id}`}>{t('backToCase')}</Link>
      </p>
      <div className="usa-prose">
        <h1>{t('checkTitle')}</h1>
        {allowed ? <p className="usa-intro">{t('checkLead')}</p> : <p className="usa-intro">{t('checkNotice.closed')}</p>}
      </div>
      {allowed && <CaseCheckForm caseId={Number(id)} />}
    </div>
  );
}
