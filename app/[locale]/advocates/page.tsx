import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { organizationNameOf } from '@/lib/orgs/members';
import { requireMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.home');
  return { title: t('metaTitle') };
}

// The member area's home: the organization, the member's role and where to go.
export default async function AdvocatesHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const member = await requireMember(locale);
  const [t, orgName] = await Promise.all([getTranslations('Advocates'), organizationNameOf(await getOrgDeps(), member)]);
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{orgName}</h1>
        <p className="usa-intro">{t('home.role', { role: t(`roles.${member.role}`) })}</p>
        <ul className="usa-list">
          <li>
            <Link href="/advocates/cases">{t('home.cases')}</Link>
          </li>
          <li>
            <Link href="/advocates/bulk/new">{t('home.bulk')}</Link>
          </li>
          {member.role === 'org_admin' && (
            <>
              <li>
                <Link href="/advocates/members">{t('home.members')}</Link>
              </li>
              <li>
                <Link href="/advocates/activity">{t('home.activity')}</Link>
              </li>
            </>
          )}
        </ul>
      </div>
    </div>
  );
}
