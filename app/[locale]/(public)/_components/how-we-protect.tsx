import { getTranslations } from 'next-intl/server';

const safeguards = [
  { heading: 'hashHeading', body: 'hash' },
  { heading: 'encryptHeading', body: 'encrypt' },
  { heading: 'originHeading', body: 'origin' },
  { heading: 'auditHeading', body: 'audit' },
  { heading: 'neverHeading', body: 'never' },
] as const;

export async function HowWeProtect({ address }: { address: string }) {
  const t = await getTranslations('Landing.protect');
  return (
    <section className="dc-section" aria-labelledby="how-we-protect">
      <h2 id="how-we-protect" className="dc-section__heading">
        {t('heading')}
      </h2>
      <ul className="usa-card-group">
        {safeguards.map((item) => (
          <li key={item.body} className="usa-card tablet:grid-col-6 desktop:grid-col-4">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h3 className="usa-card__heading">{t(item.heading)}</h3>
              </div>
              <div className="usa-card__body">
                <p>{t(item.body, { address })}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
