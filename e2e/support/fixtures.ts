// What every browser test shares (specs import `test` and `expect` from here, not from @playwright/test):
// any Content-Security-Policy violation a page reports fails the test, so every page a test opens is proven
// to work under the policy (lib/web/csp.ts). Both signals are watched: the `securitypolicyviolation` event
// (an init script forwards it to the console) and Chromium's own console message ("Refused to …").
// Contexts a test makes itself with browser.newContext() are watched too.
import { expect, test as base, type Browser, type BrowserContext } from '@playwright/test';

const violations: string[] = [];
const watched = new WeakSet<BrowserContext>();

async function watch(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[csp-violation]') || /Content Security Policy/i.test(text)) violations.push(`${message.page()?.url() ?? '?'}: ${text}`);
  });
}

export const test = base.extend<{ cspGuard: void }, { cspWatchNewContexts: void }>({
  cspWatchNewContexts: [
    async ({ browser }, use) => {
      const original = browser.newContext.bind(browser) as Browser['newContext'];
      browser.newContext = async (options) => {
        const context = await original(options);
        await watch(context);
        return context;
      };
      await use();
      browser.newContext = original;
    },
    { scope: 'worker', auto: true },
  ],
  context: async ({ context }, use) => {
    await watch(context);
    await use(context);
  },
  cspGuard: [
    // Playwright reads a fixture's dependencies from this pattern, so it must be there even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      violations.length = 0;
      await use();
      expect(violations, 'Content-Security-Policy violations reported by the pages').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
