import { defineRouting } from 'next-intl/routing';
import type { LanguageCode } from '@/lib/languages';

// The languages with a translated portal so far; each must be one of lib/languages.ts, which holds the
// names and text directions of all 21 (adding Arabic, Farsi or Urdu makes <html dir="rtl"> by itself).
const locales = ['en', 'es'] as const satisfies readonly LanguageCode[];

// Every path carries its language (/en/..., /es/...), so a link printed in a notice or shared by an
// advocate always opens in the language it was written for.
export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];
