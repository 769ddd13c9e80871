import { notFound } from 'next/navigation';

// Any path under /en/… or /es/… that no page matches lands here, so Next renders app/[locale]/not-found.tsx
// inside the locale's layout (its language, the demo banner) instead of the bilingual global-not-found.
// Without it, Next only renders a segment's not-found.tsx for an explicit notFound() (next-intl's
// documented pattern, "Catching unknown routes").
export default function UnknownLocalizedPath(): never {
  notFound();
}
