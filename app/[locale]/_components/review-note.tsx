'use client';

import { usePathname } from 'next/navigation';

type Props = { text: string; linkText: string };

// Shown on every page of a language no fluent person has reviewed yet (lib/languages.ts `humanReviewed`),
// with a plain link to the same page in English. A link, not a script, so it works without JavaScript.
export function ReviewNote({ text, linkText }: Props) {
  const pathname = usePathname() ?? '/';
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <div className="dc-review-note" role="note">
      <p className="grid-container dc-review-note__inner">
        {text}{' '}
        <a href={`/en${rest}`} hrefLang="en">
          {linkText}
        </a>
      </p>
    </div>
  );
}
