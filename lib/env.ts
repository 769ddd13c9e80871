// The one place that reads process.env. Every process (web, workers, CLIs, tests) validates its
// configuration here at start-up; a bad value stops it with a sentence that names the variable.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseHours, type Hours } from './help/hours';
import { normalizeUsPhone } from './help/phone';
import { checkRoutingNumber } from './payments/routing';
import { demoAchSettings, type AchConfig, type AchSettings } from './payments/settings';

const booleanString = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Text an ACH record carries: printable ASCII capitals, at most `width` characters (NACHA, ../shared/nacha.md). */
const achName = (name: string, width: number) =>
  z
    .string()
    .refine(
      (v) => /^[A-Z0-9 .,&/'()-]+$/.test(v) && v.trim() === v,
      `${name} must be capital letters, digits, spaces and . , & / ' ( ) - only`,
    )
    .refine((v) => v.length <= width, `${name} must be at most ${width} characters (its NACHA field)`);

const key32 = (name: string) =>
  z.string().refine((v) => decodeKey(v)?.length === 32, `${name} must be 32 bytes, written as 64 hex characters or base64`);

/** "N/DURATION": at most N in any window of DURATION (s, m, h or d), e.g. "10/1h" or "5/24h". */
export type RateSetting = { points: number; seconds: number };
const durationUnits: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };
export function parseRate(value: string): RateSetting | null {
  const m = /^\s*([0-9]{1,7})\s*\/\s*([0-9]{1,5})\s*([smhd])\s*$/.exec(value);
  if (!m) return null;
  const points = Number(m[1]);
  const seconds = Number(m[2]) * durationUnits[m[3]!]!;
  return points >= 1 && seconds >= 1 && seconds <= 366 * 86_400 ? { points, seconds } : null;
}
const rate = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => parseRate(v) !== null, `${name} must look like 10/1h: a count, a slash and a window in s, m, h or d`)
    .transform((v) => parseRate(v)!);

const envSchema = z.object({
  APP_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), 'REDIS_URL must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),
  DC_PEPPER: key32('DC_PEPPER').optional(),
  DC_DATA_KEYS: z
    .string()
    .refine(
      (v) => parseDataKeys(v) !== null,
      'DC_DATA_KEYS must be a comma-separated list of VERSION:KEY, each KEY 32 bytes in hex or base64',
    )
    .optional(),
  DC_DATA_KEY_VERSION: z.coerce.number().int().positive().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  PORTAL_URL: z.url('PORTAL_URL must be a full URL such as https://check.example.org').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url('RESEND_BASE_URL must be a full URL').optional(),
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, 'RESEND_WEBHOOK_SECRET must look like whsec_…')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Disclosure Check <notices@disclosure-check.invalid>'),
  EMAIL_REQUESTS_PER_SECOND: z.coerce.number().min(0).max(1000).default(2),
  RECONCILE_EVERY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  RECONCILE_STALE_SECONDS: z.coerce.number().int().min(1).max(86400).default(120),
  NOTICE_RETENTION_DAYS: z.coerce
    .number()
    .int('NOTICE_RETENTION_DAYS must be a whole number of days')
    .min(3, 'NOTICE_RETENTION_DAYS must be between 3 and 90 (days)')
    .max(90, 'NOTICE_RETENTION_DAYS must be between 3 and 90 (days)')
    .default(7),
  DEMO_MODE: booleanString.optional(),
  WORKERS_IN_PROCESS: booleanString.optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'QUEUE_PREFIX may hold letters, digits, - and _ (at most 40)')
    .default('dc'),
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(4),
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(10).max(20000).default(2000),
  /** Rows of bulk checks an organization may run per New York day (issue 15, item 5). */
  ORG_BULK_DAILY_ROWS: z.coerce
    .number()
    .int('ORG_BULK_DAILY_ROWS must be a whole number of rows')
    .min(1, 'ORG_BULK_DAILY_ROWS must be between 1 and 100000 (rows)')
    .max(100_000, 'ORG_BULK_DAILY_ROWS must be between 1 and 100000 (rows)')
    .default(2000),
  ORG_BULK_RESULTS_HOURS: z.coerce
    .number()
    .int('ORG_BULK_RESULTS_HOURS must be a whole number of hours')
    .min(1, 'ORG_BULK_RESULTS_HOURS must be between 1 and 720 (hours)')
    .max(720, 'ORG_BULK_RESULTS_HOURS must be between 1 and 720 (hours)')
    .default(72),
  // The self-check (lib/self-check): rate limits, locks, proof of work, sessions. README "Configuration".
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SELF_CHECK_GLOBAL_LIMIT: rate('SELF_CHECK_GLOBAL_LIMIT', '1200/1m'),
  SELF_CHECK_ADDRESS_LIMIT: rate('SELF_CHECK_ADDRESS_LIMIT', '30/1h'),
  SELF_CHECK_ADDRESS_POW_AFTER: z.coerce.number().int().min(0).max(10_000).default(5),
  SELF_CHECK_IDENTITY_LIMIT: rate('SELF_CHECK_IDENTITY_LIMIT', '10/1h'),
  SELF_CHECK_CODE_LOCK: rate('SELF_CHECK_CODE_LOCK', '5/24h'),
  SELF_CHECK_MAIL_EVERY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SELF_CHECK_RESPONSE_FLOOR_MS: z.coerce.number().int().min(0).max(10_000).default(300),
  SELF_CHECK_POW_DIFFICULTY: z.coerce.number().int().min(1).max(32).default(18),
  SELF_CHECK_POW_WAIT_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
  SELF_CHECK_SESSION_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  // Staff sign-in (lib/staff): session timeouts enforced on the server, and the lockout after failures.
  STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(30),
  STAFF_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  STAFF_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  STAFF_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  STAFF_SIGN_IN_ADDRESS_LIMIT: rate('STAFF_SIGN_IN_ADDRESS_LIMIT', '20/15m'),
  // Organization applications (issue 15) from one client address: a real organization applies once.
  ORG_APPLY_ADDRESS_LIMIT: rate('ORG_APPLY_ADDRESS_LIMIT', '10/1h'),
  // Organization members' sign-in links (issue 15): requests per email address and per client address.
  ORG_SIGN_IN_EMAIL_LIMIT: rate('ORG_SIGN_IN_EMAIL_LIMIT', '5/1h'),
  ORG_SIGN_IN_ADDRESS_LIMIT: rate('ORG_SIGN_IN_ADDRESS_LIMIT', '30/1h'),
  // NIST SP 800-63A-4: a confirmation code sent by post stays valid at most 21 days.
  ACCESS_CODE_VALID_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(21, 'ACCESS_CODE_VALID_DAYS may be at most 21 (NIST SP 800-63A-4)')
    .default(21),
  // The admin area (app/admin): uploads, the database role whose audit_log rights are revoked.
  ADMIN_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(2000).default(100),
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_APP_ROLE must be a lower-case PostgreSQL role name')
    .optional(),
  // Printed letters (lib/letters): the Chromium that prints them and the Intelligent Mail barcode's ids,
  // which come from USPS and the mail house (README "Printed letters").
  LETTER_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  LETTER_MAILER_ID: z
    .string()
    .regex(
      /^([0-8][0-9]{5}|9[0-9]{8})$/,
      'LETTER_MAILER_ID must be the 6-digit (not starting with 9) or 9-digit (starting with 9) Mailer ID USPS assigned',
    )
    .optional(),
  LETTER_SERVICE_TYPE_ID: z
    .string()
    .regex(/^[0-9]{3}$/, 'LETTER_SERVICE_TYPE_ID must be three digits')
    .default('300'),
  LETTER_BARCODE_ID: z
    .string()
    .regex(/^[0-9][0-4]$/, 'LETTER_BARCODE_ID must be two digits, the second 0 to 4')
    .default('00'),
  // Compensation claims (lib/claims, README "Compensation claims"). The claims deadline is the last day a
  // claim or an answer to a request for information is accepted; decisions above the amount wait for a
  // second reviewer. The demo deadline is made up (a year after the demo data's disclosures).
  CLAIMS_DEADLINE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'CLAIMS_DEADLINE must be a date like 2027-12-31')
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      'CLAIMS_DEADLINE must be a real calendar date like 2027-12-31',
    )
    .default('2027-12-31'),
  CLAIM_SECOND_REVIEW_ABOVE_DOLLARS: z.coerce
    .number()
    .int('CLAIM_SECOND_REVIEW_ABOVE_DOLLARS must be whole dollars')
    .min(0, 'CLAIM_SECOND_REVIEW_ABOVE_DOLLARS must be 0 or more')
    .max(10_000_000)
    .default(5000),
  // ACH payment files (lib/claims/payments.ts, README "Configuration"): the originator's side of each NACHA
  // file. Outside production unset values take the made-up demo originator below (labelled on the payments
  // page); production has ACH exports off unless ACH_EXPORTS_ENABLED is true, and then every value is required.
  ACH_EXPORTS_ENABLED: booleanString.optional(),
  ACH_IMMEDIATE_DESTINATION: z
    .string()
    .refine(
      (v) => checkRoutingNumber(v).ok && !/\s|-/.test(v),
      'ACH_IMMEDIATE_DESTINATION must be the nine-digit routing number of the bank the file goes to, with a valid ABA check digit',
    )
    .optional(),
  ACH_IMMEDIATE_DESTINATION_NAME: achName('ACH_IMMEDIATE_DESTINATION_NAME', 23).optional(),
  ACH_IMMEDIATE_ORIGIN: z
    .string()
    .regex(
      /^[0-9]{10}$/,
      "ACH_IMMEDIATE_ORIGIN must be ten digits: '1' and the originator's EIN, or '0' and a routing number, as the bank assigned",
    )
    .optional(),
  ACH_IMMEDIATE_ORIGIN_NAME: achName('ACH_IMMEDIATE_ORIGIN_NAME', 23).optional(),
  ACH_COMPANY_NAME: achName('ACH_COMPANY_NAME', 16).optional(),
  ACH_COMPANY_ID: z
    .string()
    .regex(/^[0-9A-Z]{10}$/, "ACH_COMPANY_ID must be ten capital letters or digits, usually '1' and the originator's EIN")
    .optional(),
  ACH_COMPANY_ENTRY_DESCRIPTION: achName('ACH_COMPANY_ENTRY_DESCRIPTION', 10).optional(),
  ACH_ORIGINATING_DFI: z
    .string()
    .regex(/^[0-9]{8}$/, "ACH_ORIGINATING_DFI must be the first eight digits of the originating bank's routing number")
    .optional(),
  // The portal's own contact, on every public page (README "Configuration"). Demo values when unset,
  // labelled as such; production must set the phone and the postal address.
  PORTAL_HELP_PHONE: z
    .string()
    .refine((v) => normalizeUsPhone(v) !== null, 'PORTAL_HELP_PHONE must be a US phone number with its area code, like 1-202-555-0100')
    .transform((v) => normalizeUsPhone(v)!)
    .optional(),
  PORTAL_HELP_HOURS: z
    .string()
    .refine(
      (v) => parseHours(v) !== null,
      'PORTAL_HELP_HOURS must look like "Mon-Fri 08:00-20:00 America/New_York": days, 24-hour times, then the time zone',
    )
    .transform((v) => parseHours(v)!)
    .optional(),
  PORTAL_POSTAL_ADDRESS: z
    .string()
    .transform((v) =>
      v
        .split('|')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine(
      (lines) => lines.length >= 2 && lines.length <= 6 && lines.every((l) => l.length <= 80),
      'PORTAL_POSTAL_ADDRESS must be 2 to 6 lines separated by |, each at most 80 characters',
    )
    .optional(),
});

/** The portal's own help line, its hours and where to write; `demo` when any of them is a made-up default. */
export type PortalContact = { phone: string; hours: Hours; postalAddress: string[]; demo: boolean };

// Made up, and labelled on the page: 555-0100 is reserved for fiction.
export const demoPortalContact = {
  phone: '2025550100',
  hours: 'Mon-Fri 08:00-20:00 America/New_York',
  postalAddress: ['Disclosure Check (DEMO ADDRESS)', 'PO Box 0100', 'Washington, DC 20001'],
} as const;

export type Env = Omit<z.infer<typeof envSchema>, 'PORTAL_URL'> & {
  PORTAL_URL: string;
  portalContact: PortalContact;
  /** The ACH originator's settings, or null when ACH exports are off (production without ACH_EXPORTS_ENABLED). */
  ach: AchConfig | null;
  demo: boolean;
  secrets: Secrets;
  embedded: boolean;
  workersInProcess: boolean;
  dataDir: string;
};

export type Secrets = {
  pepper: Buffer;
  dataKeys: Map<number, Buffer>;
  currentKeyVersion: number;
  authSecret: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function decodeKey(value: string): Buffer | null {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(v)) {
    const b = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}

export function parseDataKeys(value: string): Map<number, Buffer> | null {
  const keys = new Map<number, Buffer>();
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+):(.+)$/.exec(part);
    if (!m) return null;
    const key = decodeKey(m[2]!);
    const version = Number(m[1]);
    if (!key || version < 1 || keys.has(version)) return null;
    keys.set(version, key);
  }
  return keys.size > 0 ? keys : null;
}

type DevSecretsFile = { pepper: string; dataKeys: string; authSecret: string };

// Development and test only: create the secrets once under DATA_DIR so a fresh clone runs with no setup.
// O_EXCL makes two processes starting at once agree on one file.
function loadOrCreateDevSecrets(dataDir: string): { file: string; created: boolean; secrets: DevSecretsFile } {
  const file = path.join(dataDir, 'secrets.json');
  mkdirSync(dataDir, { recursive: true });
  const fresh: DevSecretsFile = {
    pepper: randomBytes(32).toString('hex'),
    dataKeys: `1:${randomBytes(32).toString('hex')}`,
    authSecret: randomBytes(32).toString('base64url'),
  };
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, JSON.stringify(fresh, null, 2) + '\n');
    closeSync(fd);
    return { file, created: true, secrets: fresh };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as DevSecretsFile;
  return { file, created: false, secrets: parsed };
}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.join('.') || 'environment';
    throw new ConfigError(`Configuration error in ${name}: ${issue.message}.`);
  }
  const e = result.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const missing = (['DC_PEPPER', 'DC_DATA_KEYS', 'AUTH_SECRET'] as const).filter((k) => !e[k]);

  let pepperText = e.DC_PEPPER;
  let keysText = e.DC_DATA_KEYS;
  let authSecret = e.AUTH_SECRET;
  if (missing.length > 0) {
    if (e.APP_ENV === 'production') {
      throw new ConfigError(
        `Configuration error: ${missing.join(', ')} must be set in production (see README "Configuration"); refusing to start without ${missing.length === 1 ? 'it' : 'them'}.`,
      );
    }
    const dev = loadOrCreateDevSecrets(dataDir);
    if (dev.created) console.warn(`Created development secrets in ${dev.file} (never use them in production).`);
    pepperText ??= dev.secrets.pepper;
    keysText ??= dev.secrets.dataKeys;
    authSecret ??= dev.secrets.authSecret;
  }
  if (e.APP_ENV === 'production' && !e.DATABASE_URL) {
    throw new ConfigError('Configuration error: DATABASE_URL must be set in production; the embedded database is for development only.');
  }
  // A default of 0 behind a proxy would count every client as the proxy's one address (one bucket for the
  // self-check's and staff sign-in's limits): production must say how many proxies there are.
  if (e.APP_ENV === 'production' && (source.TRUSTED_PROXY_HOPS ?? '').trim() === '') {
    throw new ConfigError(
      'Configuration error: set TRUSTED_PROXY_HOPS in production, to 0 when clients connect to the portal directly or to the number of reverse proxies of ours in front of it, so each client is counted by its own address.',
    );
  }

  const missingContact = (['PORTAL_HELP_PHONE', 'PORTAL_POSTAL_ADDRESS'] as const).filter((k) => !e[k]);
  if (e.APP_ENV === 'production' && missingContact.length > 0) {
    throw new ConfigError(
      `Configuration error: ${missingContact.join(' and ')} must be set in production, so every page shows the portal's real help line and postal address (see README "Configuration").`,
    );
  }

  const ach = achConfigOf(e);

  const dataKeys = parseDataKeys(keysText!)!;
  const currentKeyVersion = e.DC_DATA_KEY_VERSION ?? Math.max(...dataKeys.keys());
  if (!dataKeys.has(currentKeyVersion)) {
    throw new ConfigError(`Configuration error in DC_DATA_KEY_VERSION: version ${currentKeyVersion} is not among DC_DATA_KEYS.`);
  }
  const embedded = !e.DATABASE_URL;
  return {
    ...e,
    PORTAL_URL: e.PORTAL_URL ?? `http://localhost:${e.PORT}`,
    portalContact: {
      phone: e.PORTAL_HELP_PHONE ?? demoPortalContact.phone,
      hours: e.PORTAL_HELP_HOURS ?? parseHours(demoPortalContact.hours)!,
      postalAddress: e.PORTAL_POSTAL_ADDRESS ?? [...demoPortalContact.postalAddress],
      demo: !e.PORTAL_HELP_PHONE || !e.PORTAL_HELP_HOURS || !e.PORTAL_POSTAL_ADDRESS,
    },
    ach,
    dataDir,
    embedded,
    // Synthetic data is labelled as such in every page and notice unless this is production.
    demo: e.DEMO_MODE ?? e.APP_ENV !== 'production',
    // PGlite allows one process per directory, so in the embedded mode the workers live in the web process.
    workersInProcess: e.WORKERS_IN_PROCESS ?? embedded,
    secrets: { pepper: decodeKey(pepperText!)!, dataKeys, currentKeyVersion, authSecret: authSecret! },
  };
}

const achVariables = {
  ACH_IMMEDIATE_DESTINATION: 'immediateDestination',
  ACH_IMMEDIATE_DESTINATION_NAME: 'immediateDestinationName',
  ACH_IMMEDIATE_ORIGIN: 'immediateOrigin',
  ACH_IMMEDIATE_ORIGIN_NAME: 'immediateOriginName',
  ACH_COMPANY_NAME: 'companyName',
  ACH_COMPANY_ID: 'companyId',
  ACH_COMPANY_ENTRY_DESCRIPTION: 'entryDescription',
  ACH_ORIGINATING_DFI: 'originatingDfi',
} as const satisfies Record<string, keyof AchSettings>;

/**
 * ACH exports: on by default outside production, with the demo originator for any value not set; in
 * production off unless ACH_EXPORTS_ENABLED, and then every value must be set (a file the bank refuses, or
 * one that pays from the wrong account, is worse than none).
 */
function achConfigOf(e: z.infer<typeof envSchema>): AchConfig | null {
  const production = e.APP_ENV === 'production';
  const enabled = e.ACH_EXPORTS_ENABLED ?? !production;
  if (!enabled) return null;
  const names = Object.keys(achVariables) as (keyof typeof achVariables)[];
  const missing = names.filter((k) => !e[k]);
  if (production && missing.length > 0)
    throw new ConfigError(
      `Configuration error: ACH_EXPORTS_ENABLED is on, so ${missing.join(', ')} must be set in production (the bank's and the originator's details, see README "Configuration").`,
    );
  const settings = { ...demoAchSettings };
  for (const k of names) if (e[k]) settings[achVariables[k]] = e[k];
  return { settings, demo: missing.length > 0 };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= loadEnv();
  return cached;
}

/** Tests only: forget the cached configuration after changing the environment. */
export function resetEnvForTests(): void {
  cached = undefined;
}

/** True inside `next build` (Next's own marker, not configuration): nothing may open the database then. */
export function duringNextBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}
