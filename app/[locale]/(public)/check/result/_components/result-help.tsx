import { getLocale, getTranslations } from 'next-intl/server';
import type { HelpDirectoryEntry } from '@/db/schema';
import { formatHours, parseHours } from '@/lib/help/hours';
import { formatUsPhone, telUri } from '@/lib/help/phone';
import { haitianLanguageNames } from '@/lib/haitian';
import { isLanguageCode, languages } from '@/lib/languages';
import { FreeHelp } from '../../../_components/free-help';

/** A language code as its name in the page's language ("Spanish", "español"). */
function languageName(code: string, locale: string): string {
  // Intl has no Haitian Creole names (lib/haitian.ts).
  if (locale === 'ht' && isLanguageCode(code)) return haitianLanguageNames[code];
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return isLanguageCode(code) ? languages[code].englishName : code;
  }
}

// Plain words on what the result means and does not mean, what to keep and whom to talk to before acting.
// Information, not legal advice: it never tells a person what to do about their immigration situation,
// only that an attorney or accredited representative should be the one to say.
export async function WhatThisMeans({ addressShared }: { addressShared: boolean }) {
  const t = await getTranslations('ResultHelp');
  return (
    <section className="dc-section usa-prose" aria-labelledby="what-this-means" data-testid="what-this-means">
      <h2 id="what-this-means">{t('meaningHeading')}</h2>
      <p>{t('meaningIs')}</p>
      {addressShared && <p>{t('meaningAddress')}</p>}
      <p>{t('meaningIsNot')}</p>
      <h3>{t('keepHeading')}</h3>
      <ul>
        <li>{t('keepLetter')}</li>
        <li>{t('keepDate')}</li>
        <li>{t('keepCopy')}</li>
      </ul>
      <div className="usa-alert usa-alert--info usa-alert--no-icon dc-before-acting">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">{t('beforeHeading')}</h3>
          <p className="usa-alert__text">{t('before')}</p>
        </div>
      </div>
    </section>
  );
}

function LocalEntry({
  entry,
  locale,
  t,
}: {
  entry: HelpDirectoryEntry;
  locale: string;
  t: Awaited<ReturnType<typeof getTranslations<'ResultHelp'>>>;
}) {
  const hours = parseHours(entry.hours);
  return (
    <li className="dc-local-help__entry" data-testid="local-help-entry">
      <h4 className="dc-local-help__name">
        {entry.organization} {entry.synthetic && <span className="dc-tag dc-tag--synthetic">{t('localSynthetic')}</span>}{' '}
        <span className="dc-tag">{entry.cost === 'free' ? t('costFree') : t('costLow')}</span>
      </h4>
      <dl className="dc-contact__list">
        <dt>{t('localPhone')}</dt>
        <dd>
          <a href={telUri(entry.phone)} className="dc-phone" translate="no">
            {formatUsPhone(entry.phone)}
          </a>
        </dd>
        <dt>{t('localAddress')}</dt>
        <dd>
          <address className="dc-postal" translate="no">
            {entry.address.split('\n').map((line, i) => (
              <span key={i} className="display-block">
                {line}
              </span>
            ))}
          </address>
        </dd>
        {hours && (
          <>
            <dt>{t('localHours')}</dt>
            <dd>{formatHours(hours, locale)}</dd>
          </>
        )}
        <dt>{t('localLanguages')}</dt>
        <dd>{entry.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
        <dt>{t('localServes')}</dt>
        <dd>{[...entry.states, ...entry.counties].join(', ')}</dd>
      </dl>
    </li>
  );
}

/** Local help from the directory for the person's state and language, then the national services (our own contact is in the footer). */
export async function ResultHelp({ entries, state, language }: { entries: HelpDirectoryEntry[]; state: string; language: string }) {
  const [t, tr, locale] = await Promise.all([getTranslations('ResultHelp'), getTranslations('Result'), getLocale()]);
  const languageText = languageName(language, locale);
  return (
    <section className="dc-section usa-prose" aria-labelledby="legal-help" data-testid="result-help">
      <h2 id="legal-help">{tr('helpHeading')}</h2>
      <h3>{t('localHeading')}</h3>
      {entries.length > 0 ? (
        <>
          <p>{t('localIntro', { state, language: languageText })}</p>
          <ul className="usa-list usa-list--unstyled dc-local-help" data-testid="local-help">
            {entries.map((entry) => (
              <LocalEntry key={entry.id} entry={entry} locale={locale} t={t} />
            ))}
          </ul>
          <p className="dc-note">{t('localIndependent')}</p>
        </>
      ) : (
        <p data-testid="local-help-none">{t('localNone', { state, language: languageText })}</p>
      )}
      <h3>{t('nationalHeading')}</h3>
      <FreeHelp headingLevel="h4" />
      <p>{tr('help')}</p>
      <div className="usa-alert usa-alert--warning dc-scams" data-testid="never-asks">
        <div className="usa-alert__body">
          <h3 className="usa-alert__heading">{t('neverHeading')}</h3>
          <p className="usa-alert__text">{t('never')}</p>
        </div>
      </div>
      <p className="dc-note">{tr('notAdvice')}</p>
    </section>
  );
}
