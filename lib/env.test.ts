import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadEnv } from './env';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'dc-env-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const hex = () => randomBytes(32).toString('hex');
const prodSecrets = () => ({
  DC_PEPPER: hex(),
  DC_DATA_KEYS: `1:${hex()}`,
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  // Not secrets, but production refuses to start without the portal's real contact too.
  PORTAL_HELP_PHONE: '1-202-555-0177',
  PORTAL_POSTAL_ADDRESS: 'Disclosure Check|PO Box 1|Washington, DC 20001',
});

describe('configuration', () => {
  it('creates development secrets once under DATA_DIR, says so, and reuses them', () => {
    const dir = tempDir();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = loadEnv({ DATA_DIR: dir });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Created development secrets'));
    const second = loadEnv({ DATA_DIR: dir });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(second.secrets.pepper.equals(first.secrets.pepper)).toBe(true);
    expect(statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toHaveProperty('pepper');
    expect(first.embedded).toBe(true);
    expect(first.workersInProcess).toBe(true);
  });

  it('stops in production when a secret is missing, naming it', () => {
    const { DC_PEPPER: _omit, ...rest } = prodSecrets();
    expect(() => loadEnv({ APP_ENV: 'production', DATA_DIR: tempDir(), DATABASE_URL: 'postgres://x/y', ...rest })).toThrow(
      /DC_PEPPER must be set in production/,
    );
  });

  it('stops in production without DATABASE_URL', () => {
    expect(() => loadEnv({ APP_ENV: 'production', DATA_DIR: tempDir(), ...prodSecrets() })).toThrow(
      /DATABASE_URL must be set in production/,
    );
  });

  it('stops in production when TRUSTED_PROXY_HOPS is left to its default, saying what to set', () => {
    expect(() => loadEnv({ APP_ENV: 'production', DATABASE_URL: 'postgres://u@h/db', DATA_DIR: tempDir(), ...prodSecrets() })).toThrow(
      /set TRUSTED_PROXY_HOPS in production, to 0 when clients connect to the portal directly or to the number of reverse proxies/,
    );
    expect(() =>
      loadEnv({ APP_ENV: 'production', DATABASE_URL: 'postgres://u@h/db', DATA_DIR: tempDir(), ...prodSecrets(), TRUSTED_PROXY_HOPS: ' ' }),
    ).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(
      loadEnv({ APP_ENV: 'production', DATABASE_URL: 'postgres://u@h/db', DATA_DIR: tempDir(), ...prodSecrets(), TRUSTED_PROXY_HOPS: '0' })
        .TRUSTED_PROXY_HOPS,
    ).toBe(0);
  });

  it('accepts a complete production configuration and runs workers separately', () => {
    const e = loadEnv({
      APP_ENV: 'production',
      DATABASE_URL: 'postgres://u@h/db',
      DATA_DIR: tempDir(),
      ...prodSecrets(),
      TRUSTED_PROXY_HOPS: '1',
    });
    expect(e.embedded).toBe(false);
    expect(e.workersInProcess).toBe(false);
    expect(e.secrets.currentKeyVersion).toBe(1);
  });

  it.each([
    [{ DC_PEPPER: 'short' }, /DC_PEPPER must be 32 bytes/],
    [{ DC_DATA_KEYS: 'nonsense' }, /DC_DATA_KEYS must be a comma-separated list/],
    [{ DC_DATA_KEYS: `1:${hex()}`, DC_DATA_KEY_VERSION: '2' }, /version 2 is not among DC_DATA_KEYS/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must start with redis/],
    [{ PORT: '99999' }, /PORT/],
    [{ APP_ENV: 'staging' }, /APP_ENV/],
    [{ SELF_CHECK_CODE_LOCK: '5 per day' }, /SELF_CHECK_CODE_LOCK must look like 10\/1h/],
    [{ SELF_CHECK_GLOBAL_LIMIT: '0/1m' }, /SELF_CHECK_GLOBAL_LIMIT/],
    [{ ACCESS_CODE_VALID_DAYS: '30' }, /ACCESS_CODE_VALID_DAYS may be at most 21/],
    [{ TRUSTED_PROXY_HOPS: '-1' }, /TRUSTED_PROXY_HOPS/],
  ])('rejects %o with a sentence naming the variable', (vars, message) => {
    const run = () => loadEnv({ DATA_DIR: tempDir(), ...vars });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });

  it('keeps notice content 7 days unless told otherwise, and only 3 to 90', () => {
    expect(loadEnv({ DATA_DIR: tempDir() }).NOTICE_RETENTION_DAYS).toBe(7);
    expect(loadEnv({ DATA_DIR: tempDir(), NOTICE_RETENTION_DAYS: '30' }).NOTICE_RETENTION_DAYS).toBe(30);
    for (const bad of ['2', '91', '7.5']) {
      expect(() => loadEnv({ DATA_DIR: tempDir(), NOTICE_RETENTION_DAYS: bad })).toThrow(/NOTICE_RETENTION_DAYS must be/);
    }
  });

  it('chooses the highest data key version unless told otherwise', () => {
    const e = loadEnv({ DATA_DIR: tempDir(), ...prodSecrets(), DC_DATA_KEYS: `1:${hex()},3:${hex()}` });
    expect(e.secrets.currentKeyVersion).toBe(3);
    expect(e.secrets.dataKeys.size).toBe(2);
  });

  it('reads the self-check limits as COUNT/WINDOW', () => {
    const e = loadEnv({ DATA_DIR: tempDir(), ...prodSecrets(), SELF_CHECK_CODE_LOCK: '3/30m', SELF_CHECK_IDENTITY_LIMIT: ' 10 / 1h ' });
    expect(e.SELF_CHECK_CODE_LOCK).toEqual({ points: 3, seconds: 1800 });
    expect(e.SELF_CHECK_IDENTITY_LIMIT).toEqual({ points: 10, seconds: 3600 });
    expect(e.SELF_CHECK_ADDRESS_LIMIT).toEqual({ points: 30, seconds: 3600 });
    expect(e.ACCESS_CODE_VALID_DAYS).toBe(21);
  });

  it("shows labelled demo contact values until the portal's own are set, and refuses production without them", () => {
    const demo = loadEnv({ DATA_DIR: tempDir() }).portalContact;
    expect(demo).toMatchObject({
      phone: '2025550100',
      demo: true,
      postalAddress: ['Disclosure Check (DEMO ADDRESS)', 'PO Box 0100', 'Washington, DC 20001'],
    });
    const set = loadEnv({
      DATA_DIR: tempDir(),
      PORTAL_HELP_PHONE: '(415) 555-0123',
      PORTAL_HELP_HOURS: 'Mon-Sat 07:00-19:00 America/Los_Angeles',
      PORTAL_POSTAL_ADDRESS: 'Disclosure Check | 1 Main St | San Francisco, CA 94105',
    }).portalContact;
    expect(set).toEqual({
      phone: '4155550123',
      hours: { spans: [{ firstDay: 0, lastDay: 5, opens: '07:00', closes: '19:00' }], timeZone: 'America/Los_Angeles' },
      postalAddress: ['Disclosure Check', '1 Main St', 'San Francisco, CA 94105'],
      demo: false,
    });
    const { PORTAL_POSTAL_ADDRESS: _omit, ...noAddress } = prodSecrets();
    expect(() =>
      loadEnv({ APP_ENV: 'production', DATABASE_URL: 'postgres://u@h/db', DATA_DIR: tempDir(), ...noAddress, TRUSTED_PROXY_HOPS: '0' }),
    ).toThrow(/PORTAL_POSTAL_ADDRESS must be set in production/);
    expect(() => loadEnv({ DATA_DIR: tempDir(), PORTAL_HELP_HOURS: '9 to 5' })).toThrow(/PORTAL_HELP_HOURS must look like/);
    expect(() => loadEnv({ DATA_DIR: tempDir(), PORTAL_HELP_PHONE: '555-0100' })).toThrow(/PORTAL_HELP_PHONE must be a US phone number/);
  });

  describe('ACH settings', () => {
    const bank = {
      ACH_IMMEDIATE_DESTINATION: '021000021',
      ACH_IMMEDIATE_DESTINATION_NAME: 'JPMORGAN CHASE',
      ACH_IMMEDIATE_ORIGIN: '1987654321',
      ACH_IMMEDIATE_ORIGIN_NAME: 'US TREASURY 7431',
      ACH_COMPANY_NAME: 'IRS 7431 CLAIMS',
      ACH_COMPANY_ID: '1987654321',
      ACH_COMPANY_ENTRY_DESCRIPTION: 'CLAIM PAY',
      ACH_ORIGINATING_DFI: '02100002',
    };
    const production = (extra: Record<string, string>) => ({
      APP_ENV: 'production',
      DATABASE_URL: 'postgres://u@h/db',
      DATA_DIR: tempDir(),
      TRUSTED_PROXY_HOPS: '0',
      ...prodSecrets(),
      ...extra,
    });

    it('uses the labelled demo originator outside production, each value replaceable', () => {
      const demo = loadEnv({ DATA_DIR: tempDir() }).ach;
      expect(demo?.demo).toBe(true);
      expect(demo?.settings.immediateDestinationName).toMatch(/DEMO/);
      const one = loadEnv({ DATA_DIR: tempDir(), ACH_COMPANY_NAME: 'MY AGENCY' }).ach;
      expect(one).toMatchObject({ demo: true, settings: { companyName: 'MY AGENCY', immediateDestination: '011000015' } });
      expect(loadEnv({ DATA_DIR: tempDir(), ...bank }).ach).toEqual({
        demo: false,
        settings: {
          immediateDestination: '021000021',
          immediateDestinationName: 'JPMORGAN CHASE',
          immediateOrigin: '1987654321',
          immediateOriginName: 'US TREASURY 7431',
          companyName: 'IRS 7431 CLAIMS',
          companyId: '1987654321',
          entryDescription: 'CLAIM PAY',
          originatingDfi: '02100002',
        },
      });
    });

    it('has ACH exports off in production unless enabled, and then requires every value, naming the missing ones', () => {
      expect(loadEnv(production({})).ach).toBeNull();
      expect(() => loadEnv(production({ ACH_EXPORTS_ENABLED: 'true' }))).toThrow(
        /ACH_EXPORTS_ENABLED is on, so ACH_IMMEDIATE_DESTINATION, ACH_IMMEDIATE_DESTINATION_NAME, .*ACH_ORIGINATING_DFI must be set in production/,
      );
      const { ACH_COMPANY_ID: _id, ...noCompanyId } = bank;
      expect(() => loadEnv(production({ ACH_EXPORTS_ENABLED: 'true', ...noCompanyId }))).toThrow(
        /so ACH_COMPANY_ID must be set in production/,
      );
      expect(loadEnv(production({ ACH_EXPORTS_ENABLED: 'true', ...bank })).ach).toMatchObject({ demo: false });
      expect(loadEnv({ DATA_DIR: tempDir(), ACH_EXPORTS_ENABLED: 'false' }).ach).toBeNull();
    });

    it.each([
      ['ACH_IMMEDIATE_DESTINATION', '021000022', /ACH_IMMEDIATE_DESTINATION must be the nine-digit routing number .*ABA check digit/],
      ['ACH_IMMEDIATE_DESTINATION', '02100002', /ACH_IMMEDIATE_DESTINATION must be the nine-digit routing number/],
      ['ACH_IMMEDIATE_ORIGIN', '987654321', /ACH_IMMEDIATE_ORIGIN must be ten digits/],
      ['ACH_COMPANY_NAME', 'DISCLOSURE CHECK PROGRAM', /ACH_COMPANY_NAME must be at most 16 characters/],
      ['ACH_COMPANY_NAME', 'Agencia José', /ACH_COMPANY_NAME must be capital letters, digits, spaces/],
      ['ACH_COMPANY_ENTRY_DESCRIPTION', 'COMPENSATION', /ACH_COMPANY_ENTRY_DESCRIPTION must be at most 10 characters/],
      ['ACH_COMPANY_ID', '12345', /ACH_COMPANY_ID must be ten capital letters or digits/],
      ['ACH_ORIGINATING_DFI', '021000021', /ACH_ORIGINATING_DFI must be the first eight digits/],
    ])('refuses %s=%j with a sentence that names it', (name, value, message) => {
      expect(() => loadEnv({ DATA_DIR: tempDir(), [name]: value })).toThrow(message);
    });
  });
});
