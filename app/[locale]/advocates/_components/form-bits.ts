import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { formOf } from '@/lib/web/action-input';

// The organization area's forms are plain POSTs answered with a redirect (they work without JavaScript):
// a refusal comes back as a short code in the query string, never as what was typed.

// Both read whatever arrived defensively (lib/web/action-input.ts): a made-up request may send no form at all.
export function localeOf(form: unknown): string {
  const value = formOf(form).get('locale');
  return typeof value === 'string' && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}

export function textOf(form: unknown, name: string): string {
  const value = formOf(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** One query value, as a page's `searchParams` gives it. */
export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function secureCookies(portalUrl: string): boolean {
  return new URL(portalUrl).protocol === 'https:';
}
