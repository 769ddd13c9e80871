// The portal's languages: English plus the 20 languages of IRS Schedule LEP
// (shared/facts.md). BCP-47 tags, so they work as Next.js / next-intl locales
// and in <html lang dir>.
//
// The Schedule LEP numeric codes (001–020) are not included: facts.md names
// the languages and the code range but not which code belongs to which
// language, and a wrong mapping would be worse than none.

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

export interface Language {
  code: LanguageCode;
  /** The name in English, for staff screens and logs. */
  englishName: string;
  /** The name in the language itself and its own script, for the language picker. */
  endonym: string;
  rtl: boolean;
}

export const defaultLanguage: LanguageCode = 'en';

export const languages: Readonly<Record<LanguageCode, Language>> = {
  en: { code: 'en', englishName: 'English', endonym: 'English', rtl: false },
  es: { code: 'es', englishName: 'Spanish', endonym: 'Español', rtl: false },
  ko: { code: 'ko', englishName: 'Korean', endonym: '한국어', rtl: false },
  vi: { code: 'vi', englishName: 'Vietnamese', endonym: 'Tiếng Việt', rtl: false },
  ru: { code: 'ru', englishName: 'Russian', endonym: 'Русский', rtl: false },
  ar: { code: 'ar', englishName: 'Arabic', endonym: 'العربية', rtl: true },
  ht: { code: 'ht', englishName: 'Haitian Creole', endonym: 'Kreyòl ayisyen', rtl: false },
  tl: { code: 'tl', englishName: 'Tagalog', endonym: 'Tagalog', rtl: false },
  pt: { code: 'pt', englishName: 'Portuguese', endonym: 'Português', rtl: false },
  pl: { code: 'pl', englishName: 'Polish', endonym: 'Polski', rtl: false },
  fa: { code: 'fa', englishName: 'Farsi', endonym: 'فارسی', rtl: true },
  fr: { code: 'fr', englishName: 'French', endonym: 'Français', rtl: false },
  ja: { code: 'ja', englishName: 'Japanese', endonym: '日本語', rtl: false },
  gu: { code: 'gu', englishName: 'Gujarati', endonym: 'ગુજરાતી', rtl: false },
  // Gurmukhi script, left to right (Shahmukhi Punjabi would be right to left).
  pa: { code: 'pa', englishName: 'Punjabi', endonym: 'ਪੰਜਾਬੀ', rtl: false },
  km: { code: 'km', englishName: 'Khmer', endonym: 'ភាសាខ្មែរ', rtl: false },
  ur: { code: 'ur', englishName: 'Urdu', endonym: 'اردو', rtl: true },
  bn: { code: 'bn', englishName: 'Bengali', endonym: 'বাংলা', rtl: false },
  it: { code: 'it', englishName: 'Italian', endonym: 'Italiano', rtl: false },
  'zh-Hant': { code: 'zh-Hant', englishName: 'Chinese (Traditional)', endonym: '繁體中文', rtl: false },
  'zh-Hans': { code: 'zh-Hans', englishName: 'Chinese (Simplified)', endonym: '简体中文', rtl: false },
};

const codeSet: ReadonlySet<string> = new Set(languageCodes);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && codeSet.has(value);
}

const byLowercase: ReadonlyMap<string, LanguageCode> = new Map(languageCodes.map((c) => [c.toLowerCase(), c]));

/** Case-insensitive lookup ("ZH-HANT" or "zh_hant" → "zh-Hant"), for imported data; null when unsupported. */
export function findLanguageCode(value: string): LanguageCode | null {
  return byLowercase.get(value.trim().toLowerCase().replace('_', '-')) ?? null;
}

export function languageDirection(code: LanguageCode): TextDirection {
  return languages[code].rtl ? 'rtl' : 'ltr';
}
