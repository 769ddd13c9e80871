import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { organizationNameOf } from '@/lib/orgs/members';
import { currentMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { SiteFooter } from '../(public)/_components/site-footer';
import { SiteHeader } from '../(public)/_components/site-header';
import { signOutAction } from './actions';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// The organization area's frame: the portal's header and footer (its one address, the language choice) and,
// once a member is through the second factor, the organization's name, their role and the area's links.
// Pages that need no member (signing in, applying) get the frame without the member bar.
export default async function AdvocatesLayout({ children, params }: Props) {
  const { locale } = await params;
  const member = await currentMember();
  const signedIn = member?.secondFactor ? member : null;
  const [t, orgName] = await Promise.all([getTranslations('Advocates'), signedIn ? organizationNameOf(await getOrgDeps(), signedIn) : '']);
  return (
    <>
      <SiteHeader />
      {signedIn && (
        <nav className="dc-member-bar grid-container" aria-label={t('nav.label')}>
          <p className="dc-member-bar__who">{t('nav.signedInAs', { org: orgName, role: t(`roles.${signedIn.role}`) })}</p>
          <ul className="usa-list usa-list--unstyled dc-member-bar__links">
            <li>
              <Link href="/advocates">{t('nav.home')}</Link>
            </li>
            <li>
              <Link href="/advocates/cases">{t('nav.cases')}</Link>
            </li>
            <li>
              <Link href="/advocates/bulk/new">{t('nav.bulk')}</Link>
            </li>
            {signedIn.role === 'org_admin' && (
              <>
                <li>
                  <Link href="/advocates/members">{t('nav.members')}</Link>
                </li>
                <li>
                  <Link href="/advocates/activity">{t('nav.activity')}</Link>
                </li>
              </>
            )}
            <li>
              <form action={signOutAction} method="post">
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="usa-button usa-button--outline">
                  {t('nav.signOut')}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      )}
      <main id="main-content" className="dc-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
