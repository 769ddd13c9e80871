import { defineConfig, devices } from '@playwright/test';
import { selfCheckE2eEnv } from './e2e/support/e2e-env';

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const localURL = `http://127.0.0.1:${port}`;
// Tests read the base URL from here; E2E_BASE_URL points them at a server started elsewhere.
const baseURL = process.env.E2E_BASE_URL ?? localURL;

export default defineConfig({
  testDir: 'e2e',
  // e2e/support/*.test.ts are vitest's (the local Resend server); browser tests are *.spec.ts.
  testMatch: '**/*.spec.ts',
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browsers on this machine.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The production build is made beforehand (`npx next build`); this only starts it.
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${localURL}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    // PORTAL_URL is the address the pages print as the portal's own (lib/env.ts).
    env: { NEXT_TELEMETRY_DISABLED: '1', PORTAL_URL: localURL, ...selfCheckE2eEnv },
  },
});
