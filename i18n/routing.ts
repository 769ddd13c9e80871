import { defineRouting } from 'next-intl/routing';
import { languageCodes } from '@/lib/languages';

// All 21 languages of lib/languages.ts (English and the 20 of IRS Schedule LEP), each with its
// messages/<code>.json; the table holds their names, directions, Intl locales and font stacks.
// i18n/completeness.test.ts checks every message file against English.
const locales = languageCodes;

// Every path carries its language (/en/..., /es/...), so a link printed in a notice or shared by an
// advocate always opens in the language it was written for. The first visit without one goes to the best
// match for Accept-Language (proxy.ts); the choice is remembered for a year in NEXT_LOCALE, which the
// proxy updates whenever a page in another language is opened (the picker's links, a notice's address).
export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});

export type AppLocale = (typeof routing.locales)[number];
