import { languageDirection, type LanguageCode, type TextDirection } from '@/lib/languages';
import type { EmailStrings } from './email-strings';
import { en } from './en';
import { es } from './es';
import { ko } from './ko';
import { ru } from './ru';
import { ar } from './ar';
import { pt } from './pt';
import { ja } from './ja';
import { bn } from './bn';
import { fallbackLines } from './fallback-lines';

export type { EmailStrings } from './email-strings';

/** Languages every notice is fully translated into (all 21 once delivered). Any other gets English with a line in its language. */
export const fullyTranslated: Readonly<Partial<Record<LanguageCode, EmailStrings>>> = {
  en, es, ko, ru, ar, pt, ja, bn,
};

export interface EmailLanguage {
  /** The language the recipient asked for. */
  requested: LanguageCode;
  /** The language the notice is written in: `requested`, or English when there is no translation yet. */
  content: LanguageCode;
  dir: TextDirection;
  strings: EmailStrings;
  /** Shown above an English notice, in the requested language and its direction. */
  fallback: { lang: LanguageCode; dir: TextDirection; text: string } | null;
}

/** `table` is for tests of the fallback; callers use the default. */
export function resolveEmailLanguage(requested: LanguageCode, table: Readonly<Partial<Record<LanguageCode, EmailStrings>>> = fullyTranslated): EmailLanguage {
  const strings = table[requested];
  if (strings !== undefined) {
    return { requested, content: requested, dir: languageDirection(requested), strings, fallback: null };
  }
  // `en` is always fully translated, so `requested` here has a fallback line.
  const text = fallbackLines[requested as Exclude<LanguageCode, 'en'>];
  return {
    requested,
    content: 'en',
    dir: 'ltr',
    strings: en,
    fallback: { lang: requested, dir: languageDirection(requested), text },
  };
}
