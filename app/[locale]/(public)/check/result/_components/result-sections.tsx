import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { isolate } from '@/lib/bidi';
import { formatClaimNumber } from '@/lib/claims/filing';
import { languageDirection } from '@/lib/languages';
import { formatLongDate } from '@/lib/intl-dates';
import type { ResultView } from '@/lib/self-check';
import { richTags } from '../../../_components/rich';
import { AccessHistory } from './access-history';

/** An ISO calendar date as a long date in the page's language ("August 5, 2025"), never shifted by a zone. */
async function dateFormatter() {
  const locale = await getLocale();
  return (iso: string) => formatLongDate(locale, iso);
}

function Section({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section className="dc-section usa-prose" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

// The result in the order of a breach notice (California Civil Code 1798.82 headings): what happened,
// what was involved, what has been done, what you can do. Help and next steps follow in result-help.tsx. Only what ResultView holds: the last four of the
// TIN and the city, never the full number or the street.
export async function ResultSections({ view, claimNumber }: { view: ResultView; claimNumber: string | null }) {
  const [t, date] = await Promise.all([getTranslations('Result'), dateFormatter()]);
  return (
    <>
      <Section id="what-happened" heading={t('happenedHeading')}>
        <p>{t(`category.${view.category}`)}</p>
        <p>{t('happenedContext')}</p>
        <p>{t('law')}</p>
      </Section>
      <Section id="what-info" heading={t('infoHeading')}>
        <p>{t('infoIntro')}</p>
        <ul data-testid="disclosed-elements">
          {view.disclosedElements.map((element) => (
            <li key={element}>
              {element === 'tin'
                ? t('element.tin', { kind: view.tin.kind, masked: view.tin.masked })
                : element === 'address'
                  ? t('element.address', { city: view.place.city, state: view.place.state })
                  : t(`element.${element}`)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="disposal" heading={t('disposalHeading')}>
        {view.disposal.certified ? (
          <>
            <p>{t('disposalYes', { date: date(view.disposal.certifiedOn) })}</p>
            <ul>
              <li>{t('disposalReference', { reference: view.disposal.reference })}</li>
              <li>{t('disposalMethod', { method: t(`disposalMethodLabel.${view.disposal.method}`) })}</li>
            </ul>
          </>
        ) : (
          <p>{t('disposalNo')}</p>
        )}
      </Section>
      <Section id="what-done" heading={t('doneHeading')}>
        <ul>
          <li>{view.notifiedOn ? t('doneNotified', { date: date(view.notifiedOn) }) : t('doneNotNotified')}</li>
          <li>{t('doneCourts')}</li>
          <li>{t('doneTreasury')}</li>
          <li>{t('doneProtect')}</li>
        </ul>
      </Section>
      <Section id="what-you-can-do" heading={t('canDoHeading')}>
        <ul>
          <li>{t('ipPin')}</li>
          <li>{t('form14039')}</li>
          <li>{t('creditFreeze')}</li>
        </ul>
      </Section>
      <Section id="your-rights" heading={t('rightsHeading')}>
        <p>{t.rich('damages', richTags)}</p>
        <p data-testid="file-by">{t.rich('deadline', { ...richTags, fileBy: date(view.fileBy) })}</p>
        <p>{t('deadlineBasis', { discovery: date(view.discovery.date), basis: view.discovery.basis })}</p>
      </Section>
      <Section id="claim" heading={t('claimHeading')}>
        {claimNumber ? (
          <>
            <p data-testid="claim-filed-note">
              {t('claimFiled', { claimNumber: isolate(formatClaimNumber(claimNumber), languageDirection(await getLocale())) })}
            </p>
            <p>
              <Link className="usa-button" href="/claim/status">
                {t('claimStatus')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('claimIntro')}</p>
            <p>
              <Link className="usa-button" href="/claim" data-testid="file-claim">
                {t('claimButton')}
              </Link>
            </p>
          </>
        )}
        <p>{t('claimLawyer')}</p>
      </Section>
      <AccessHistory history={view.accesses} />
    </>
  );
}
