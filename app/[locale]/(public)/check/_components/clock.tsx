'use client';

import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { describeWait, formatClock } from '@/lib/self-check/feedback';

/**
 * A moment as a clock time. The server knows no reader's time zone, so it prints the portal's zone with
 * its name ("3:45 PM EDT"); once the page runs in a browser, the browser's own clock takes over.
 */
export function useClock(at: number, waitMs: number): string {
  const locale = useLocale();
  const zone = useTimeZone();
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    setLocal(formatClock(at, waitMs, locale));
  }, [at, waitMs, locale]);
  return local ?? formatClock(at, waitMs, locale, zone);
}

/** "about 30 seconds", "45 minutes", "3 hours": the wait as people say it. */
export function useWaitText(waitMs: number): string {
  const t = useTranslations('SelfCheckForm');
  const { unit, count } = describeWait(waitMs);
  if (unit === 'seconds') return t('waitSeconds', { count });
  if (unit === 'minutes') return t('waitMinutes', { count });
  return t('waitHours', { count });
}

/** A clock time inside a server-rendered sentence (the result page's closing time). */
export function ClockTime({ at, waitMs }: { at: number; waitMs: number }) {
  const text = useClock(at, waitMs);
  return (
    <time dateTime={new Date(at).toISOString()} suppressHydrationWarning>
      {text}
    </time>
  );
}
