// Haitian Creole words that Intl cannot give: Node's ICU (and most browsers') has no `ht` data, so
// Intl.DateTimeFormat, DisplayNames and time-zone names answer in English on a Haitian page. The portal
// writes them here instead: weekdays, month names, the US time zones a help line names, and the names of
// the portal's languages. Times are written on the 24-hour clock, as Haitian public notices do.
import type { LanguageCode } from './languages';

/** Monday first, as lib/help/hours.ts counts days (0 = Monday). */
export const haitianWeekdays = ['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch'] as const;

export const haitianMonths = [
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè',
  'out',
  'septanm',
  'oktòb',
  'novanm',
  'desanm',
] as const;

/** The zones US help lines use, in Creole, with the English name people hear on the phone. */
const haitianZones: Readonly<Record<string, string>> = {
  'America/New_York': 'lè Lès (Eastern Time)',
  'America/Detroit': 'lè Lès (Eastern Time)',
  'America/Chicago': 'lè Santral (Central Time)',
  'America/Denver': 'lè Mòn yo (Mountain Time)',
  'America/Phoenix': 'lè Mòn yo (Mountain Time)',
  'America/Los_Angeles': 'lè Pasifik (Pacific Time)',
  'America/Anchorage': 'lè Alaska (Alaska Time)',
  'Pacific/Honolulu': 'lè Awayi (Hawaii Time)',
  'America/Puerto_Rico': 'lè Atlantik (Atlantic Time)',
};

/** A zone's name in Creole; an unlisted zone by its IANA name, which at least says where. */
export function haitianZoneName(timeZone: string): string {
  return haitianZones[timeZone] ?? timeZone.replace(/_/g, ' ');
}

export const haitianLanguageNames: Readonly<Record<LanguageCode, string>> = {
  en: 'angle',
  es: 'panyòl',
  ko: 'koreyen',
  vi: 'vyetnamyen',
  ru: 'ris',
  ar: 'arab',
  ht: 'kreyòl ayisyen',
  tl: 'tagalòg',
  pt: 'pòtigè',
  pl: 'polonè',
  fa: 'pèsan (farsi)',
  fr: 'franse',
  ja: 'japonè',
  gu: 'goudjarati',
  pa: 'penjabi',
  km: 'khmè',
  ur: 'oudou',
  bn: 'bengali',
  it: 'italyen',
  'zh-Hant': 'chinwa (tradisyonèl)',
  'zh-Hans': 'chinwa (senplifye)',
};

/** "14:05" (with seconds when asked) in `timeZone`, from Intl's digits, which need no language data. */
export function haitianClock(at: Date, timeZone: string | undefined, seconds = false): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(at);
  return parts
    .filter((p) => p.type === 'hour' || p.type === 'minute' || p.type === 'second')
    .map((p) => p.value)
    .join(':');
}

/** The weekday and date of `at` in `timeZone`: "jedi 3 desanm". */
export function haitianDay(at: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return `${haitianWeekdays[weekday]} ${Number(get('day'))} ${haitianMonths[Number(get('month')) - 1]}`;
}
