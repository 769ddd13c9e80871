// Staff pages send their forms as server actions from React; a press before React has hydrated the form
// posts it natively instead. From a staff page that post carries `Origin: null` (their Referrer-Policy is
// no-referrer, next.config.ts), which the front server refuses with a bare 403 "Forbidden." (seen in CI-like
// runs on 2 busy cores: a sign-in and a "Start the review" pressed right after the page arrived). A test that
// presses a staff page's button first waits for React to own it: React hydrates an element by attaching its
// props under a `__reactProps$…` key.
import { expect, type Locator } from '@playwright/test';

/** Waits until React has hydrated the element (and so handles its form's submit), up to `timeout` ms. */
export async function whenHydrated(locator: Locator, timeout = 30_000): Promise<Locator> {
  await expect
    .poll(
      () =>
        locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')), null, { timeout: 1_000 }).catch(() => false),
      {
        timeout,
        message: 'React has hydrated the element',
      },
    )
    .toBe(true);
  return locator;
}
