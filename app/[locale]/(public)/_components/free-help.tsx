import { getTranslations } from 'next-intl/server';
import { formatUsPhone, telUri } from '@/lib/help/phone';

// Free help anyone can reach, from the public services the facts name (../shared/facts.md): the Taxpayer
// Advocate Service, the Low Income Taxpayer Clinics and the immigration court's lists of free legal
// help. Each site is shown as an address to type, like the portal's own, not a link: a page that sends
// people to click addresses teaches the habit phishing relies on, and nothing here leaves this origin.
const tasPhone = '8777774778';

function Site({ address }: { address: string }) {
  return (
    <span className="dc-address dc-address--inline" translate="no">
      {address}
    </span>
  );
}

export async function FreeHelp({ headingLevel = 'h3', testId = 'free-help' }: { headingLevel?: 'h2' | 'h3' | 'h4'; testId?: string }) {
  const t = await getTranslations('Help');
  const Heading = headingLevel;
  return (
    <div className="dc-free-help" data-testid={testId}>
      <ul className="usa-card-group dc-help-cards">
        <li className="usa-card dc-help-card" data-testid="help-tas">
          <div className="usa-card__container">
            <div className="usa-card__header">
              <Heading className="usa-card__heading">{t('tasName')}</Heading>
            </div>
            <div className="usa-card__body">
              <p>{t('tasWhat')}</p>
              <p>
                {t('tasPhone')}{' '}
                <a href={telUri(tasPhone)} className="dc-phone" translate="no">
                  {formatUsPhone(tasPhone)}
                </a>
              </p>
              <p>
                {t('siteLabel')} <Site address="taxpayeradvocate.irs.gov" />
              </p>
            </div>
          </div>
        </li>
        <li className="usa-card dc-help-card" data-testid="help-litc">
          <div className="usa-card__container">
            <div className="usa-card__header">
              <Heading className="usa-card__heading">{t('litcName')}</Heading>
            </div>
            <div className="usa-card__body">
              <p>{t('litcWhat')}</p>
              <p>
                {t('litcList')} <Site address="taxpayeradvocate.irs.gov/litc" />
              </p>
            </div>
          </div>
        </li>
        <li className="usa-card dc-help-card" data-testid="help-eoir">
          <div className="usa-card__container">
            <div className="usa-card__header">
              <Heading className="usa-card__heading">{t('eoirName')}</Heading>
            </div>
            <div className="usa-card__body">
              <p>{t('eoirWhat')}</p>
              <p>
                {t('eoirLists')} <Site address="justice.gov/eoir" />
              </p>
            </div>
          </div>
        </li>
      </ul>
      <p className="dc-note">{t('typeNote')}</p>
    </div>
  );
}
