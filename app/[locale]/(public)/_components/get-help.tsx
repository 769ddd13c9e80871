import { getTranslations } from 'next-intl/server';
import { FreeHelp } from './free-help';

// Whom to call: the free public services by name, with their numbers and the addresses to type. The
// portal's own contact is in the footer of every page.
export async function GetHelp({ address }: { address: string }) {
  const [t, th] = await Promise.all([getTranslations('Landing.help'), getTranslations('Help')]);
  return (
    <section className="dc-section usa-prose" aria-labelledby="get-help">
      <h2 id="get-help">{t('heading')}</h2>
      <p>{th('intro')}</p>
      <p>{t('free')}</p>
      <FreeHelp />
      <p>{t('permission')}</p>
      <div className="usa-alert usa-alert--warning dc-scams">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">{t('scamHeading')}</h3>
          <ul className="usa-list">
            <li>{t('scamSsn')}</li>
            <li>{t('scamPay')}</li>
            <li>{t('scamRush', { address })}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
