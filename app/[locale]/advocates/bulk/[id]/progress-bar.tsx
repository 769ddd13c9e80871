'use client';
// With JavaScript, the bar and figures follow the run without reloading (the JSON route every 2 s) and the
// page re-renders once when the run ends, to show its results. Without it, the page refreshes itself.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

type Status = 'queued' | 'running' | 'finished' | 'failed';
type Figures = { status: Status; total: number; processed: number };

export function BulkProgressBar({ url, initial }: { url: string; initial: Figures }) {
  const t = useTranslations('OrgBulk');
  const router = useRouter();
  const [figures, setFigures] = useState(initial);
  const running = figures.status === 'queued' || figures.status === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const res = await fetch(url, { cache: 'no-store' }).catch(() => null);
      if (!res?.ok) return;
      const next = (await res.json()) as Figures;
      setFigures(next);
      if (next.status !== 'queued' && next.status !== 'running') router.refresh();
    }, 2000);
    return () => clearInterval(timer);
  }, [running, url, router]);

  return (
    <div className="dc-section">
      <p id="bulk-progress-label">
        <strong>{t('progressLabel')}</strong>
      </p>
      <progress
        className="dc-progress"
        aria-labelledby="bulk-progress-label"
        aria-describedby="bulk-progress-figures"
        max={Math.max(figures.total, 1)}
        value={figures.processed}
        style={{ width: '100%', height: '1.5rem' }}
      />
      <p id="bulk-progress-figures" aria-live="polite">
        {t('figures', { processed: figures.processed, total: figures.total })} — {t(`status.${figures.status}`)}
      </p>
    </div>
  );
}
