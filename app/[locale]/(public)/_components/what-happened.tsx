import { getTranslations } from 'next-intl/server';
import { richTags } from './rich';

// Dates and figures come from /work/shared/facts.md (court filings and press, February 2026).
const events = [
  { iso: '2025-04', date: 'april2025Date', text: 'april2025' },
  { iso: '2025-08', date: 'august2025Date', text: 'august2025' },
  { iso: '2025-11', date: 'november2025Date', text: 'november2025' },
  { iso: '2026-01', date: 'january2026Date', text: 'january2026' },
  { iso: '2026-02-11', date: 'february11Date', text: 'february11' },
  { iso: '2026-02-26', date: 'february26Date', text: 'february26' },
] as const;

export async function WhatHappened() {
  const t = await getTranslations('Landing.happened');
  return (
    <section className="dc-section usa-prose" aria-labelledby="what-happened">
      <h2 id="what-happened">{t('heading')}</h2>
      <div className="usa-summary-box dc-key-numbers" role="region" aria-labelledby="key-numbers">
        <div className="usa-summary-box__body">
          <h3 className="usa-summary-box__heading" id="key-numbers">
            {t('keyHeading')}
          </h3>
          <ul className="usa-list usa-summary-box__text">
            <li>{t.rich('keyAsked', richTags)}</li>
            <li>{t.rich('keyMatched', richTags)}</li>
          </ul>
        </div>
      </div>
      <p>{t('intro')}</p>
      <ol className="dc-timeline">
        {events.map((event) => (
          <li key={event.iso} className="dc-timeline__item">
            <p className="dc-timeline__date">
              <time dateTime={event.iso}>{t(event.date)}</time>
            </p>
            <p className="dc-timeline__text">{t(event.text)}</p>
          </li>
        ))}
      </ol>
      <p>{t('figures')}</p>
    </section>
  );
}
