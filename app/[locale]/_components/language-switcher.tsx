'use client';

import { usePathname } from 'next/navigation';
import { routing, type AppLocale } from '@/i18n/routing';
import { languages } from '@/lib/languages';

type Props = { current: AppLocale; label: string };

// Plain links, so switching works without JavaScript and reloads the whole document (lang and dir
// included). Each language is written in itself and marked with its own lang attribute. The query
// string is dropped on purpose: it never needs to follow a reader into another language.
export function LanguageSwitcher({ current, label }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav className="dc-language" aria-label={label}>
      <ul className="dc-language__list">
        {routing.locales.map((locale) => (
          <li key={locale} className="dc-language__item">
            <a
              className="dc-language__link"
              href={`/${locale}${rest}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {languages[locale].endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
