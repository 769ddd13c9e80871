import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's page-structure rules, which carry no WCAG tag: all content inside landmarks, one <main>, one
 * <h1>, a skip link whose target exists. Without them a page that lost its frame (header, <main>) passes.
 */
const structureRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'skip-link'];

type AxeOptions = { what?: string; exclude?: string[] };

/**
 * Runs axe-core on the page as it is now: any WCAG 2.2 AA violation, or a broken page structure, fails the
 * test with its targets. `exclude`: selectors axe cannot enter (a sandboxed, script-less frame).
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions | string = {}) {
  const { what = page.url(), exclude = [] } = typeof options === 'string' ? { what: options } : options;
  // The page as a person sees it: a client-side navigation's requests done and its fonts laid out (once in
  // CI axe measured the language links as tiny targets mid-navigation, in a run where the same page passed).
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A client-side navigation (a server action's redirect) sets the new page's <title> as it renders: once in
  // CI axe ran just before and found none. A page that truly has none still fails below, after 5 s.
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 5_000 }).catch(() => undefined);
  const builder = () => exclude.reduce((b, selector) => b.exclude(selector), new AxeBuilder({ page }));
  const [wcag, structure] = [await builder().withTags(wcagTags).analyze(), await builder().withRules(structureRules).analyze()];
  const summary = [...wcag.violations, ...structure.violations].map((v) => ({
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
