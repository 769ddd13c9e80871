import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getPortalAddress } from '../../_components/portal-address';
import { PortalContact } from './portal-contact';

export async function SiteFooter() {
  const [t, to, address] = await Promise.all([getTranslations('Layout'), getTranslations('OrgApply'), getPortalAddress()]);
  return (
    <footer className="usa-footer usa-footer--slim dc-footer">
      <div className="usa-footer__secondary-section">
        <div className="grid-container usa-prose">
          <p>
            {t('footerAddressLabel')} <strong className="dc-address dc-address--inline">{address}</strong>
          </p>
          <p>{t('footerNever')}</p>
          <PortalContact headingLevel="h2" compact />
          <p>{t('footerAbout')}</p>
          <p>
            <Link href="/advocates/apply">{to('footerLink')}</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
