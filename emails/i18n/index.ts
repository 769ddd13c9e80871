import { languageDirection, type LanguageCode, type TextDirection } from '@/lib/languages';
import type { EmailStrings } from './email-strings';
import { en } from './en';
import { es } from './es';
import { fallbackLines } from './fallback-lines';

export type { EmailStrings } from './email-strings';

/** Languages every notice is fully translated into. Others get English with a line in their language. */
export const fullyTranslated: Readonly<Partial<Record<LanguageCode, EmailStrings>>> = { en, es };

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

export function resolveEmailLanguage(requested: LanguageCode): EmailLanguage {
  const strings = fullyTranslated[requested];
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
