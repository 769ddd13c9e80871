import { defineConfig, devices } from '@playwright/test';
import { e2ePort as port, resendE2e, e2eServerEnv, sourceProxyPort } from './e2e/support/e2e-env';

const localURL = `http://127.0.0.1:${port}`;
// Tests read the base URL from here; E2E_BASE_URL points them at a server started elsewhere.
const baseURL = process.env.E2E_BASE_URL ?? localURL;
// A second portal on the same database and build (resendE2e.portalURL) sends through the local Resend
// server, which posts signed delivery webhooks back to it. Its own queue prefix keeps the first portal's
// in-process workers (development outbox) off its jobs.
const { portalURL: resendPortalURL, serverPort: resendServerPort } = resendE2e;

export default defineConfig({
  testDir: 'e2e',
  // Browser tests are *.spec.ts; the *.test.ts files are vitest's.
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
  // The production build is made beforehand (`npx next build`); this only starts it, through the same
  // front server `npm start` runs (scripts/server.ts: peer address, CSP nonce, refusal of bad actions).
  webServer: [
    {
      // Gives each test its own client address (e2e/support/fixtures.ts).
      command: `npx tsx e2e/support/run-source-address-proxy.ts --port ${sourceProxyPort}`,
      port: sourceProxyPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node --import tsx scripts/server.ts --port ${port} --host 127.0.0.1`,
      url: `${localURL}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      // PORTAL_URL is the address the pages print as the portal's own (lib/env.ts).
      env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORTAL_URL: localURL, ...e2eServerEnv },
    },
    {
      command:
        `npx tsx testing/run-resend-server.ts --port ${resendServerPort} --api-key ${resendE2e.apiKey} ` +
        `--webhook-url ${resendPortalURL}/api/webhooks/resend --webhook-secret ${resendE2e.webhookSecret} --auto-deliver delivered`,
      port: resendServerPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node --import tsx scripts/server.ts --port ${port + 1} --host 127.0.0.1`,
      url: `${resendPortalURL}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORTAL_URL: resendPortalURL,
        ...e2eServerEnv,
        RESEND_API_KEY: resendE2e.apiKey,
        RESEND_BASE_URL: `http://127.0.0.1:${resendServerPort}`,
        RESEND_WEBHOOK_SECRET: resendE2e.webhookSecret,
        QUEUE_PREFIX: `${process.env.QUEUE_PREFIX ?? 'dce2e'}_resend`,
      },
    },
  ],
});
