'use client';

import { useTranslations } from 'next-intl';
import { useClock, useWaitText } from '../../../check/_components/clock';

/** "This page closes at 3:45 PM PST" in the reader's clock once the page runs; before that, relatively. */
export function ClaimSessionNote({ expiresAt, remainingMs }: { expiresAt: number; remainingMs: number }) {
  const t = useTranslations('ClaimStatus');
  const time = useClock(expiresAt, remainingMs);
  const wait = useWaitText(remainingMs);
  return <p className="dc-session-note">{time ? t('sessionNote', { time }) : t('sessionNoteRelative', { wait })}</p>;
}
