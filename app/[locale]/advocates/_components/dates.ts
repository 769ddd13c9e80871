import { languages, type LanguageCode } from '@/lib/languages';

/** A date as the member's language writes it (UTC: the server's dates carry no time zone of the reader's). */
export function formatDay(locale: string, date: Date | string): string {
  const intl = languages[locale as LanguageCode]?.intlLocale ?? 'en-US';
  return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date));
}

export function formatMoment(locale: string, date: Date | string): string {
  const intl = languages[locale as LanguageCode]?.intlLocale ?? 'en-US';
  return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(date));
}
