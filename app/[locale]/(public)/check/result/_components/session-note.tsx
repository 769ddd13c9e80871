'use client';

import { useTranslations } from 'next-intl';
import { useClock } from '../../_components/clock';

/** "This page closes at 3:45 PM": the session's end, in the reader's own clock once the page runs. */
export function SessionNote({ expiresAt, ttlMs }: { expiresAt: number; ttlMs: number }) {
  const t = useTranslations('Result');
  const time = useClock(expiresAt, ttlMs);
  return <p className="dc-session-note">{t('sessionNote', { time })}</p>;
}
