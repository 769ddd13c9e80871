import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page as it is now; any WCAG 2.2 AA violation fails the test with its targets. */
export async function expectNoAxeViolations(page: Page, what = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe on ${what}`).toEqual([]);
}

/**
 * axe runs as a script in the page, which a page with JavaScript off cannot do. So the document exactly
 * as the server sent it (and the browser shows it) is served again, same URL and stylesheets, to a page
 * with JavaScript on but the app's own scripts blocked, and scanned there.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page, what = page.url()) {
  const html = await page.content();
  const url = page.url();
  // Explicitly on: Playwright Test gives every new context the test's options, JavaScript off included.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route('**/_next/static/**/*.js', (route) => route.abort());
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url);
    await expectNoAxeViolations(copy, `${what} (JavaScript off)`);
  } finally {
    await context.close();
  }
}

/** The scan that fits the page: in place with JavaScript, from a copy without. */
export const scanFor = (javaScript: boolean) => (javaScript ? expectNoAxeViolations : expectNoAxeViolationsWithoutJs);
