import { getTranslations } from 'next-intl/server';
import { getPortalAddress } from '../../_components/portal-address';

export async function SiteFooter() {
  const [t, address] = await Promise.all([getTranslations('Layout'), getPortalAddress()]);
  return (
    <footer className="usa-footer usa-footer--slim dc-footer">
      <div className="usa-footer__secondary-section">
        <div className="grid-container usa-prose">
          <p>
            {t('footerAddressLabel')} <strong className="dc-address dc-address--inline">{address}</strong>
          </p>
          <p>{t('footerNever')}</p>
          <p>{t('footerAbout')}</p>
        </div>
      </div>
    </footer>
  );
}
