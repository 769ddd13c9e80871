// The browser tests' server settings (playwright.config.ts webServer.env and scripts/test-all.ts): the
// self-check's and staff sign-in's limits, and the figures the specs build on. No proxy is trusted, as in
// a direct production setup: each test connects from a loopback address of its own through the
// source-address proxy (e2e/support/fixtures.ts), so the per-address limits apply per test. The proof of work is easy and the no-JavaScript wait short, so tests stay quick.
export const e2eLimits = {
  /** Checks from one address before each further one needs a proof of work. */
  powAfter: 8,
  /** Checks from one address per hour; the next is refused. */
  addressLimit: 15,
  powWaitSeconds: 3,
} as const;

/**
 * Failed staff sign-ins per client address before it is refused. Each test has its own address; a context
 * a test makes by hand without proxyFrom() connects from 127.0.0.1, and those together fail far fewer times.
 */
export const e2eStaffAddressFailures = 8;

export const e2eServerEnv: Record<string, string> = {
  STAFF_SIGN_IN_ADDRESS_LIMIT: `${e2eStaffAddressFailures}/15m`,
  // Every browser test shares one address bucket; the organization application spec applies a few times.
  ORG_APPLY_ADDRESS_LIMIT: '200/1h',
  TRUSTED_PROXY_HOPS: '0',
  SELF_CHECK_ADDRESS_POW_AFTER: String(e2eLimits.powAfter),
  SELF_CHECK_ADDRESS_LIMIT: `${e2eLimits.addressLimit}/1h`,
  SELF_CHECK_POW_WAIT_SECONDS: String(e2eLimits.powWaitSeconds),
  SELF_CHECK_POW_DIFFICULTY: '8',
  // Letters' barcodes carry a Mailer ID; a made-up one here, as a deployment sets the one USPS assigned.
  LETTER_MAILER_ID: '314159',
};

/** E2E_PORT lets two checkouts run their browser tests side by side; the next two ports are used too. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

/** The source-address proxy (e2e/support/source-address-proxy.ts), after the three ports above. */
export const sourceProxyPort = e2ePort + 3;

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
