// The self-check's settings for the browser tests' server (playwright.config.ts webServer.env and
// scripts/test-all.ts), and the figures the specs build on. Each test sends its own X-Forwarded-For
// (e2e/support/self-check.ts), trusted because of TRUSTED_PROXY_HOPS=1, so the per-address limits
// apply per test. The proof of work is easy and the no-JavaScript wait short, so tests stay quick.
export const e2eLimits = {
  /** Checks from one address before each further one needs a proof of work. */
  powAfter: 8,
  /** Checks from one address per hour; the next is refused. */
  addressLimit: 15,
  powWaitSeconds: 3,
} as const;

export const selfCheckE2eEnv: Record<string, string> = {
  TRUSTED_PROXY_HOPS: '1',
  SELF_CHECK_ADDRESS_POW_AFTER: String(e2eLimits.powAfter),
  SELF_CHECK_ADDRESS_LIMIT: `${e2eLimits.addressLimit}/1h`,
  SELF_CHECK_POW_WAIT_SECONDS: String(e2eLimits.powWaitSeconds),
  SELF_CHECK_POW_DIFFICULTY: '8',
};

/** E2E_PORT lets two checkouts run their browser tests side by side; the next two ports are used too. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

/**
 * The second browser-test portal (port + 1) sends through the local Resend server (port + 2); see
 * playwright.config.ts. A test key and webhook secret, made up for these tests: they open nothing else.
 */
export const resendE2e = {
  portalURL: `http://127.0.0.1:${e2ePort + 1}`,
  serverPort: e2ePort + 2,
  apiKey: 're_e2e_local_only',
  webhookSecret: `whsec_${Buffer.from('disclosure-check e2e webhook secret').toString('base64')}`,
} as const;
