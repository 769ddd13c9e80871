// Failed staff sign-ins per client address, against the machine's Redis and PostgreSQL.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { connectRedis, deleteRedisPrefix } from '../../testing/redis';
import { testStaffDeps } from '../../testing/staff';
import { createSignInAddressLimit, signInAddressKey } from './address-limit';
import { createStaffUser } from './manage';
import { signInStaff } from './sign-in';
import { generateTotpSecret, totpCode } from './totp';

let t: TestDb;
const redis = connectRedis();
const prefix = `dctest_staffrl_${randomBytes(4).toString('hex')}`;
const key = signInAddressKey(randomBytes(32));
const rate = { points: 3, seconds: 600 };

beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await deleteRedisPrefix(prefix);
  redis.disconnect();
  await t?.dispose();
});

const password = 'a long enough password';
let n = 0;
async function user(deps: ReturnType<typeof testStaffDeps>) {
  const secret = generateTotpSecret();
  const email = `spray.${++n}@example.org`;
  const created = await createStaffUser(deps, 'test', { email, role: 'auditor', password, totpSecret: secret });
  if (!created.ok) throw new Error(created.error);
  return { email, secret };
}

describe('failed sign-ins per address', () => {
  it('refuses an address that sprayed one wrong password over several accounts, even with a right one after', async () => {
    const addressLimit = createSignInAddressLimit({ redis, prefix, rate, key });
    const deps = { ...testStaffDeps(t.db), addressLimit };
    const accounts = [await user(deps), await user(deps), await user(deps)];
    const sprayer = { address: '198.51.100.7' };
    // One wrong password per account: far below any account's lockout (3 in the test config).
    for (const a of accounts) {
      expect(await signInStaff(deps, { email: a.email, password: 'Summer2026!', code: '' }, sprayer)).toEqual({
        ok: false,
        error: 'invalid_credentials',
      });
    }
    const right = (a: (typeof accounts)[number], client: { address: string | null }) =>
      signInStaff(deps, { email: a.email, password, code: totpCode(a.secret, deps.now()) }, client);
    expect(await right(accounts[0]!, sprayer)).toEqual({ ok: false, error: 'address_limited' });
    const refused = (await t.db.select().from(auditLog)).filter((e) => e.outcome === 'refused' && e.action === 'staff.sign_in');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ actor: 'anonymous', detail: { reason: 'address_limited' } });

    // Another address, and clients with no known address, are untouched.
    expect((await right(accounts[1]!, { address: '203.0.113.9' })).ok).toBe(true);
    deps.clock.advance(30_000); // a fresh TOTP step for the next sign-in of the same account
    expect((await right(accounts[2]!, { address: null })).ok).toBe(true);
  });

  it('keeps only keyed hashes of addresses in Redis', async () => {
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).not.toContain('198.51.100.7');
  });

  it('lets sign-in go on, and says so, when Redis does not answer', async () => {
    const warnings: string[] = [];
    const dead = connectRedis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 0,
      connectTimeout: 200,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    dead.on('error', () => {});
    const limit = createSignInAddressLimit({ redis: dead, prefix, rate, key, warn: (m) => warnings.push(m) });
    await limit.recordFailure('198.51.100.8');
    expect(await limit.check('198.51.100.8')).toEqual({ ok: true });
    expect(warnings).toHaveLength(2);
    expect(warnings.join(' ')).toContain('account lockout still applies');
    dead.disconnect();
  });
});
