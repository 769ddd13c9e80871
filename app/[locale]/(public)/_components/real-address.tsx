import { getTranslations } from 'next-intl/server';

// Anti-phishing: the one address, shown plainly near the top of the first page anyone sees.
export async function RealAddress({ address }: { address: string }) {
  const t = await getTranslations('Landing.address');
  return (
    <div className="usa-summary-box dc-real-address" role="region" aria-labelledby="real-address-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="real-address-heading">
          {t('heading')}
        </h2>
        <div className="usa-summary-box__text usa-prose">
          <p>{t('intro')}</p>
          <p className="dc-address" translate="no" data-testid="portal-address">
            {address}
          </p>
          <p>{t('typeIt')}</p>
          <p>
            <strong>{t('never')}</strong>
          </p>
        </div>
      </div>
    </div>
  );
}
