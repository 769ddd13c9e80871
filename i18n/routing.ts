import { defineRouting } from 'next-intl/routing';
import type { LanguageCode } from '@/lib/languages';

// The languages with a translated portal (messages/<code>.json); each is one of lib/languages.ts, which
// holds the names, directions, Intl locales and fonts of all 21. A language is added here when its
// translation is copied in (README, "Adding a language"); i18n/completeness.test.ts fails while any of
// the 21 is missing.
const locales = ['en', 'es', 'ko', 'ru', 'ar', 'pt', 'ja', 'bn'] as const satisfies readonly LanguageCode[];

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
