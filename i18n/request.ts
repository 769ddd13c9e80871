import * as rootParams from 'next/root-params';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

// The locale comes from the [locale] root segment (next/root-params), which keeps pages statically
// renderable without setRequestLocale. An explicit locale (getTranslations({ locale })) wins, which is
// what code outside the [locale] tree (route handlers, emails) uses.
export default getRequestConfig(async ({ locale }) => {
  let resolved: string | undefined = locale;
  if (!resolved) {
    const segment: unknown = await rootParams.locale();
    resolved = typeof segment === 'string' ? segment : undefined;
  }
  const active = hasLocale(routing.locales, resolved) ? resolved : routing.defaultLocale;
  return {
    locale: active,
    messages: (await import(`../messages/${active}.json`)).default,
    // Dates in the portal are US dates; a fixed zone keeps server and browser output identical.
    timeZone: 'America/New_York',
  };
});
