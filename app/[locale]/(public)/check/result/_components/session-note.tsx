'use client';

import { useTranslations } from 'next-intl';
import { useClock, useWaitText } from '../../_components/clock';

/**
 * "This page closes at 3:45 PM PST" in the reader's own clock once the page runs; before that (and
 * without JavaScript) "closes in about 15 minutes". `remainingMs` is measured on the server when the page
 * is rendered, so the server's text and the browser's first render agree.
 */
export function SessionNote({ expiresAt, remainingMs }: { expiresAt: number; remainingMs: number }) {
  const t = useTranslations('Result');
  const time = useClock(expiresAt, remainingMs);
  const wait = useWaitText(remainingMs);
  return <p className="dc-session-note">{time ? t('sessionNote', { time }) : t('sessionNoteRelative', { wait })}</p>;
}
