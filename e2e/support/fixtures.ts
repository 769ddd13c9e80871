// What every browser test shares (specs import `test` and `expect` from here, not from @playwright/test):
// any Content-Security-Policy violation a page reports fails the test, so every page a test opens is proven
// to work under the policy (lib/web/csp.ts). Both signals are watched: the `securitypolicyviolation` event
// (an init script forwards it to the console) and Chromium's own console message ("Refused to …").
// Contexts a test makes itself with browser.newContext() are watched too.
//
// Each test also has its own client address (127.x.y.z from its id): its browser and its `request` go
// through the source-address proxy (source-address-proxy.ts), so the portal, trusting no proxy header,
// counts the test by its TCP peer address and no two tests share a limit. A context made by hand can do
// the same with proxyFrom(addressFor(test.info(), 'second')).
import { createHash } from 'node:crypto';
import { expect, test as base, type Browser, type BrowserContext, type TestInfo } from '@playwright/test';
import { sourceProxyPort } from './e2e-env';

/** A loopback client address per test (and per retry): 127.x.y.z from the test's id, never 127.0.0.1. */
export function addressFor(info: TestInfo, salt = ''): string {
  const h = createHash('sha256').update(`${info.testId}:${info.retry}:${info.project.name}:${salt}`).digest();
  return `127.${(h[0]! % 250) + 1}.${h[1]}.${(h[2]! % 250) + 2}`;
}

/** Playwright's proxy option that makes a context's connections come from `address`. */
export function proxyFrom(address: string) {
  return { server: `http://127.0.0.1:${sourceProxyPort}`, username: address, password: 'e2e' };
}

// Against a server started elsewhere (E2E_BASE_URL) there is no proxy: the proxy reaches 127.0.0.1 only.
const useSourceProxy = !process.env.E2E_BASE_URL;

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
    if (text.startsWith('[csp-violation]') || /Content Security Policy/i.test(text))
      violations.push(`${message.page()?.url() ?? '?'}: ${text}`);
  });
}

export const test = base.extend<{ cspGuard: void; clientAddress: string }, { cspWatchNewContexts: void }>({
  // eslint-disable-next-line no-empty-pattern
  clientAddress: async ({}, use, info) => use(addressFor(info)),
  proxy: async ({ clientAddress }, use) => use(useSourceProxy ? proxyFrom(clientAddress) : undefined),
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
