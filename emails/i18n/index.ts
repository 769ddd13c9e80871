import { languageDirection, type LanguageCode, type TextDirection } from '@/lib/languages';
import { isOrgNoticeType, type NoticeType } from '../notice-types';
import type { EmailStrings } from './email-strings';
import { en } from './en';
import { es } from './es';
import { ko } from './ko';
import { vi } from './vi';
import { ru } from './ru';
import { ar } from './ar';
import { ht } from './ht';
import { tl } from './tl';
import { pt } from './pt';
import { pl } from './pl';
import { fa } from './fa';
import { fr } from './fr';
import { ja } from './ja';
import { gu } from './gu';
import { pa } from './pa';
import { km } from './km';
import { ur } from './ur';
import { bn } from './bn';
import { it } from './it';
import { zhHant } from './zh-Hant';
import { zhHans } from './zh-Hans';
import { fallbackLines } from './fallback-lines';

export type { EmailStrings } from './email-strings';

/** A notice type's title, subject and inbox preview: an organization's email keeps its own (org-strings.ts). */
export function noticeWords(s: EmailStrings, type: NoticeType): { title: string; subject: string; preview: string } {
  if (isOrgNoticeType(type))
    return { title: s.orgNotice.titles[type], subject: s.orgNotice.subjects[type], preview: s.orgNotice.previews[type] };
  return { title: s.titles[type], subject: s.subjects[type], preview: s.previews[type] };
}

/** Languages every notice is fully translated into (all 21 once delivered). Any other gets English with a line in its language. */
export const fullyTranslated: Readonly<Partial<Record<LanguageCode, EmailStrings>>> = {
  en, es, ko, vi, ru, ar, ht, tl, pt, pl, fa, fr, ja, gu, pa, km, ur, bn, it, 'zh-Hant': zhHant, 'zh-Hans': zhHans,
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
