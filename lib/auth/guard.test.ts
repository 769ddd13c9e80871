// SHIM test: replaced at merge with the admin-auth branch's guard. The stand-in grants a fixed principal
// only in development or test with ADMIN_SHIM_ROLE set, and never in production.
import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../env';
import { staffForRoute } from './guard';

const names = ['APP_ENV', 'ADMIN_SHIM_ROLE', 'DC_PEPPER', 'DC_DATA_KEYS', 'AUTH_SECRET', 'DATABASE_URL'] as const;
const saved: Partial<Record<(typeof names)[number], string>> = Object.fromEntries(names.map((n) => [n, process.env[n]]));

function setEnv(values: Partial<typeof saved>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}

afterEach(() => setEnv(saved));

describe('admin guard shim', () => {
  it('acts as shim-<role> in test with ADMIN_SHIM_ROLE, and refuses other roles with 403', async () => {
    setEnv({ APP_ENV: 'test', ADMIN_SHIM_ROLE: 'auditor' });
    expect(await staffForRoute(['auditor'])).toEqual({ staffId: 'shim-auditor', role: 'auditor', email: 'auditor@shim.invalid' });
    const refused = await staffForRoute(['administrator']);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
  });

  it('answers 401 without ADMIN_SHIM_ROLE', async () => {
    setEnv({ APP_ENV: 'development', ADMIN_SHIM_ROLE: undefined });
    expect(((await staffForRoute()) as Response).status).toBe(401);
  });

  it('never grants anything in production, even with ADMIN_SHIM_ROLE set', async () => {
    setEnv({
      APP_ENV: 'production', ADMIN_SHIM_ROLE: 'administrator', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
      DC_PEPPER: '11'.repeat(32), DC_DATA_KEYS: `1:${'22'.repeat(32)}`, AUTH_SECRET: 'x'.repeat(40),
    });
    expect(((await staffForRoute()) as Response).status).toBe(401);
  });
});
