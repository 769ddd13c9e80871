import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

const letterSteps = [
  { heading: 'step1Heading', body: 'step1' },
  { heading: 'step2Heading', body: 'step2' },
  { heading: 'step3Heading', body: 'step3' },
  { heading: 'step4Heading', body: 'step4' },
] as const;

// Two ways in: the notice code from a letter (answer on screen), or identifiers without one (answer by
// post, so the screen never confirms anything to someone holding another person's details).
export async function HowToCheck({ address }: { address: string }) {
  const t = await getTranslations('Landing.check');
  return (
    <section className="dc-section" aria-labelledby="how-to-check">
      <div className="usa-prose">
        <h2 id="how-to-check">{t('heading')}</h2>
        <p>{t('intro')}</p>
      </div>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-6">
          <div className="dc-option">
            <h3 className="dc-option__heading">{t('letterHeading')}</h3>
            <ol className="usa-process-list">
              {letterSteps.map((step) => (
                <li key={step.body} className="usa-process-list__item">
                  <h4 className="usa-process-list__heading">{t(step.heading)}</h4>
                  <p className="margin-top-05">{t(step.body, { address })}</p>
                </li>
              ))}
            </ol>
            <p>
              <Link className="usa-button" href="/check">
                {t('letterCta')}
              </Link>
            </p>
          </div>
        </div>
        <div className="desktop:grid-col-6">
          <div className="dc-option usa-prose">
            <h3 className="dc-option__heading">{t('noLetterHeading')}</h3>
            <p>{t('noLetter')}</p>
            <p>{t('noLetterMail')}</p>
            <p>
              <Link className="usa-button usa-button--outline" href="/check/by-mail">
                {t('noLetterCta')}
              </Link>
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}
