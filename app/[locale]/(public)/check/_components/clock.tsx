'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { describeWait, formatClock } from '@/lib/self-check/feedback';

/**
 * A moment as a clock time in the reader's own zone, with the zone named ("3:45 PM PST"), or null until
 * the page runs in a browser. The server knows no reader's time zone, so what it renders (and what a
 * browser without JavaScript keeps) says the wait relatively instead ("in about 15 minutes"): a clock
 * time in the portal's zone would be wrong for most of the country.
 */
export function useClock(at: number, waitMs: number): string | null {
  const locale = useLocale();
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    setLocal(formatClock(at, waitMs, locale));
  }, [at, waitMs, locale]);
  return local;
}

/** "about 30 seconds", "45 minutes", "3 hours": the wait as people say it. */
export function useWaitText(waitMs: number): string {
  const t = useTranslations('SelfCheckForm');
  const { unit, count } = describeWait(waitMs);
  if (unit === 'seconds') return t('waitSeconds', { count });
  if (unit === 'minutes') return t('waitMinutes', { count });
  return t('waitHours', { count });
}
