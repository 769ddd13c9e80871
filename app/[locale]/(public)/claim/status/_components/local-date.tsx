'use client';

import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import { formatLongDate } from '@/lib/intl-dates';
import type { LanguageCode } from '@/lib/languages';

/** The calendar day of `at` in the browser's own time zone, as YYYY-MM-DD. */
function localDay(at: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(at));
  const part = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The day a moment fell on, in the reader's language: in the reader's own time zone once the page runs in a
 * browser; before that (and without JavaScript) the UTC day, since the server knows no reader's zone.
 */
export function LocalDate({ at }: { at: string }) {
  const locale = useLocale() as LanguageCode;
  const [day, setDay] = useState(at.slice(0, 10));
  useEffect(() => {
    setDay(localDay(at));
  }, [at]);
  return <time dateTime={at}>{formatLongDate(locale, day)}</time>;
}
