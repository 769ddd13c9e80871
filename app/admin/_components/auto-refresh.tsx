'use client';
// While something runs (a batch sending), asks the server to render the page again every few seconds: the
// server component reads fresh counts and checks the staff member's role each time. Stops by itself once
// the page renders with `active` false, and skips turns while the tab is hidden.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function AutoRefresh({ active, everyMs = 3000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
