import { languages, type LanguageCode } from './languages';

// US dollar amounts for people, through Intl in each language's own locale (digits, separators and where the
// sign goes: "$3,000" in English, "3000 US$" in Spanish, Persian digits in Farsi). Whole dollars show no cents.
const formats = new Map<string, Intl.NumberFormat>();

export function formatUsd(locale: LanguageCode, cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('An amount is a whole number of cents.');
  const whole = cents % 100 === 0;
  const key = `${locale}:${whole}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(languages[locale].intlLocale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formats.set(key, f);
  }
  return f.format(cents / 100);
}
