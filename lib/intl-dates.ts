import { haitianMonths } from './haitian';
import { languages, type LanguageCode } from './languages';

// Dates for people, through Intl in each language's own locale (lib/languages.ts `intlLocale`), with the
// two exceptions Intl cannot cover: Node's ICU has no Haitian Creole, so its month names are written here
// (otherwise a Haitian page would show "December"), and every date is Gregorian (Farsi's default is the
// Solar Hijri calendar; a US tax date must be matched against IRS letters).

const longFormats = new Map<LanguageCode, Intl.DateTimeFormat>();

function longFormat(locale: LanguageCode): Intl.DateTimeFormat {
  let f = longFormats.get(locale);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(languages[locale].intlLocale, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' });
    longFormats.set(locale, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD, no time of day) written out in the language: "3 December 2026" style. */
export function formatLongDate(locale: LanguageCode, isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (locale === 'ht') return `${d} ${haitianMonths[m - 1]} ${y}`;
  return longFormat(locale).format(Date.UTC(y, m - 1, d));
}

/** A moment with its time and time zone ("Dec 3, 2026, 9:15 AM EST" style). Haitian gets digits only. */
export function formatDateTime(locale: LanguageCode, iso: string | Date, timeZone: string): string {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  if (locale === 'ht') {
    const time = new Intl.DateTimeFormat('en-US', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    }).format(at);
    const date = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(at);
    const part = (t: string) => date.find((p) => p.type === t)!.value;
    return `${part('day')}/${part('month')}/${part('year')} ${time}`;
  }
  return new Intl.DateTimeFormat(languages[locale].intlLocale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
    calendar: 'gregory',
  }).format(at);
}
