import { getTranslations } from 'next-intl/server';

export async function GetHelp({ address }: { address: string }) {
  const t = await getTranslations('Landing.help');
  return (
    <section className="dc-section usa-prose" aria-labelledby="get-help">
      <h2 id="get-help">{t('heading')}</h2>
      <p>{t('free')}</p>
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
