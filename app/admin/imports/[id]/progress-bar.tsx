'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

type Progress = { status: string; percent: number; rowsRead: number; lines: number };

/** Polls the upload's progress each second until it finishes, then reloads the page for the report. */
export function ProgressBar({ id, initial }: { id: number; initial: Progress }) {
  const [p, setP] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(`/admin/imports/${id}/progress`, { cache: 'no-store' });
        if (res.ok) {
          const next = (await res.json()) as Progress;
          if (stopped) return;
          setP(next);
          if (next.status === 'completed' || next.status === 'failed') return router.refresh();
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 1000);
    };
    timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, router]);
  return (
    <div>
      <label htmlFor="import-progress" className="usa-label">
        {p.status === 'queued'
          ? 'Waiting for a worker…'
          : `Importing: ${p.rowsRead.toLocaleString('en-US')} of about ${p.lines.toLocaleString('en-US')} rows`}
      </label>
      <progress id="import-progress" max={100} value={p.percent} className="width-full" style={{ height: '1.5rem' }}>
        {p.percent}%
      </progress>
      <p aria-live="polite" className="usa-sr-only">
        {p.percent}% imported
      </p>
    </div>
  );
}
