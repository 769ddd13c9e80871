'use client';

import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element each time a submission comes back with something to read (a new `attempt`),
 * so keyboard and screen-reader users land on the answer instead of where they pressed the button.
 */
export function useFocusOnAnswer<T extends HTMLElement>(attempt: number, when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when && attempt > 0) ref.current?.focus();
  }, [attempt, when]);
  return ref;
}
