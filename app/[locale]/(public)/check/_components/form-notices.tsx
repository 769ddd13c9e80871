'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FormNotice } from '@/lib/self-check/feedback';
import { useClock, useWaitText } from './clock';

export function Alert({
  kind,
  heading,
  children,
  testId,
}: {
  kind: 'error' | 'warning' | 'info';
  heading: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`usa-alert usa-alert--${kind} dc-form-alert`} data-testid={testId}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        {children}
      </div>
    </div>
  );
}

export function RateLimited({ retryAt, waitMs }: { retryAt: number; waitMs: number }) {
  const t = useTranslations('SelfCheckForm');
  const time = useClock(retryAt, waitMs);
  const wait = useWaitText(waitMs);
  return (
    <Alert kind="error" heading={t('rateLimitedHeading')} testId="rate-limited">
      <p className="usa-alert__text">{time ? t('rateLimited', { time, wait }) : t('rateLimitedRelative', { wait })}</p>
      <p className="usa-alert__text">{t('keptNote')}</p>
    </Alert>
  );
}

/** The notices both forms share (limits, failures); each form renders its own kinds itself. */
export function SharedNotice({ notice }: { notice: FormNotice | null }) {
  const t = useTranslations('SelfCheckForm');
  if (notice?.kind === 'rate_limited') return <RateLimited retryAt={notice.retryAt} waitMs={notice.waitMs} />;
  if (notice?.kind === 'unavailable')
    return (
      <Alert kind="error" heading={t('unavailableHeading')} testId="unavailable">
        <p className="usa-alert__text">{t('unavailable', { errorId: notice.errorId })}</p>
      </Alert>
    );
  return null;
}
