// The portal's languages: English plus the 20 languages of IRS Schedule LEP
// (shared/facts.md). BCP-47 tags, so they work as Next.js / next-intl locales
// and in <html lang dir>. This table is the one place that knows a language's
// direction, Intl locale, Schedule LEP code, font stack and review state.
//
// Schedule LEP codes: facts.md lists the 20 languages in the order of their
// codes, 001 (Spanish) to 020 (Chinese, Simplified); the array below keeps that
// order. English has no code on Schedule LEP (a filer who wants English simply
// does not file the schedule); "000" is this portal's own convention for it so
// that every record's language has a three-digit code.
export const languageCodes = [
  'en',
  'es',
  'ko',
  'vi',
  'ru',
  'ar',
  'ht',
  'tl',
  'pt',
  'pl',
  'fa',
  'fr',
  'ja',
  'gu',
  'pa',
  'km',
  'ur',
  'bn',
  'it',
  'zh-Hant',
  'zh-Hans',
] as const;

export type LanguageCode = (typeof languageCodes)[number];

export type TextDirection = 'ltr' | 'rtl';

/**
 * A device font stack that covers the language's script (globals.css `.dc-font-<stack>`). Nothing is
 * loaded from another origin: each stack names the fonts phones and desktops ship for that script.
 */
export type FontStack =
  'latin' | 'cyrillic' | 'arabic' | 'nastaliq' | 'hangul' | 'japanese' | 'hant' | 'hans' | 'gujarati' | 'gurmukhi' | 'khmer' | 'bengali';

export interface Language {
  code: LanguageCode;
  /** Three digits: 001–020 as on IRS Schedule LEP; 000 (English) is the portal's own convention. */
  lepCode: string;
  /** The name in English, for staff screens and logs. */
  englishName: string;
  /** The name in the language itself and its own script, for the language picker. */
  endonym: string;
  dir: TextDirection;
  /** The tag handed to Intl (dates, numbers, lists, plural rules). */
  intlLocale: string;
  font: FontStack;
  /**
   * Whether a person fluent in the language has reviewed its portal and notice text. An unreviewed
   * language shows a short note on every page with a link to the English text. Must agree with the
   * `_meta.humanReviewed` flag in messages/<code>.json (a test checks both).
   */
  humanReviewed: boolean;
}

export const defaultLanguage: LanguageCode = 'en';

type Row = [lep: string, englishName: string, endonym: string, dir: TextDirection, intl: string, font: FontStack, reviewed: boolean];

// English and Spanish were written and reviewed by people on the project; the other 19 were written by
// translation helpers and have not been reviewed by a fluent human yet.
const rows: Readonly<Record<LanguageCode, Row>> = {
  en: ['000', 'English', 'English', 'ltr', 'en-US', 'latin', true],
  es: ['001', 'Spanish', 'Español', 'ltr', 'es-US', 'latin', true],
  ko: ['002', 'Korean', '한국어', 'ltr', 'ko', 'hangul', false],
  vi: ['003', 'Vietnamese', 'Tiếng Việt', 'ltr', 'vi', 'latin', false],
  ru: ['004', 'Russian', 'Русский', 'ltr', 'ru', 'cyrillic', false],
  ar: ['005', 'Arabic', 'العربية', 'rtl', 'ar', 'arabic', false],
  // Node's ICU has no Haitian Creole data: Intl falls back to English month names, so lib/intl-dates.ts
  // writes Haitian dates itself; plural rules are those of the root locale (one form), which is right.
  ht: ['006', 'Haitian Creole', 'Kreyòl ayisyen', 'ltr', 'ht', 'latin', false],
  tl: ['007', 'Tagalog', 'Tagalog', 'ltr', 'fil', 'latin', false],
  pt: ['008', 'Portuguese', 'Português', 'ltr', 'pt-BR', 'latin', false],
  pl: ['009', 'Polish', 'Polski', 'ltr', 'pl', 'latin', false],
  // Gregorian calendar (with Persian digits): the dates of a US tax notice are Gregorian dates, and the
  // default Solar Hijri calendar would make a court date hard to match against an IRS letter.
  fa: ['010', 'Farsi', 'فارسی', 'rtl', 'fa-u-ca-gregory', 'arabic', false],
  fr: ['011', 'French', 'Français', 'ltr', 'fr', 'latin', false],
  ja: ['012', 'Japanese', '日本語', 'ltr', 'ja', 'japanese', false],
  gu: ['013', 'Gujarati', 'ગુજરાતી', 'ltr', 'gu', 'gujarati', false],
  // Gurmukhi script, left to right (Shahmukhi Punjabi would be right to left).
  pa: ['014', 'Punjabi', 'ਪੰਜਾਬੀ', 'ltr', 'pa-Guru', 'gurmukhi', false],
  km: ['015', 'Khmer', 'ភាសាខ្មែរ', 'ltr', 'km', 'khmer', false],
  ur: ['016', 'Urdu', 'اردو', 'rtl', 'ur', 'nastaliq', false],
  bn: ['017', 'Bengali', 'বাংলা', 'ltr', 'bn', 'bengali', false],
  it: ['018', 'Italian', 'Italiano', 'ltr', 'it', 'latin', false],
  'zh-Hant': ['019', 'Chinese (Traditional)', '繁體中文', 'ltr', 'zh-Hant', 'hant', false],
  'zh-Hans': ['020', 'Chinese (Simplified)', '简体中文', 'ltr', 'zh-Hans', 'hans', false],
};

export const languages: Readonly<Record<LanguageCode, Language>> = Object.fromEntries(
  languageCodes.map((code) => {
    const [lepCode, englishName, endonym, dir, intlLocale, font, humanReviewed] = rows[code];
    return [code, { code, lepCode, englishName, endonym, dir, intlLocale, font, humanReviewed }];
  }),
) as Record<LanguageCode, Language>;

const codeSet: ReadonlySet<string> = new Set(languageCodes);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && codeSet.has(value);
}

const byLowercase: ReadonlyMap<string, LanguageCode> = new Map(languageCodes.map((c) => [c.toLowerCase(), c]));

const byLepCode: ReadonlyMap<string, LanguageCode> = new Map(languageCodes.map((c) => [languages[c].lepCode, c]));

/**
 * Case-insensitive lookup ("ZH-HANT" or "zh_hant" → "zh-Hant") or by Schedule LEP code ("019", or "19"
 * as a spreadsheet that dropped the leading zeros writes it), for imported data; null when unsupported.
 */
export function findLanguageCode(value: string): LanguageCode | null {
  const text = value.trim();
  if (/^\d{1,3}$/.test(text)) return byLepCode.get(text.padStart(3, '0')) ?? null;
  return byLowercase.get(text.toLowerCase().replace('_', '-')) ?? null;
}

export function languageDirection(code: LanguageCode): TextDirection {
  return languages[code].dir;
}
