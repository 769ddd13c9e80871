import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSelfCheckKeys, hmac } from '../self-check/keys';
import { createCheckSession } from '../self-check/session';
import { claimSessionCookie, createClaimSession, readClaimSession, type ClaimSessionDeps } from './status-session';

const depsAt = (authSecret: string, nowMs: number): ClaimSessionDeps => ({
  keys: deriveSelfCheckKeys({ pepper: Buffer.alloc(32), authSecret }),
  config: { sessionTtlMs: 15 * 60_000 },
  now: () => new Date(nowMs),
});
const secret = randomBytes(32).toString('base64url');
const t0 = Date.UTC(2027, 2, 1, 12);

describe('claim sessions', () => {
  it('reads back the claim id it signed, for 15 minutes and not a moment longer', () => {
    const made = createClaimSession(42, depsAt(secret, t0));
    expect(made.maxAgeSeconds).toBe(900);
    expect(readClaimSession(made.token, depsAt(secret, t0))).toEqual({ claimId: 42, expiresAt: t0 + 900_000, assisted: false });
    expect(readClaimSession(made.token, depsAt(secret, t0 + 899_999))?.claimId).toBe(42);
    expect(readClaimSession(made.token, depsAt(secret, t0 + 900_000))).toBeNull();
  });

  it('holds no personal data: a claim id, when it ends, and a nonce', () => {
    const { token } = createClaimSession(7, depsAt(secret, t0));
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['c', 'n', 'x']);
  });

  it('refuses an altered token, another secret, and a check session token (a key of its own)', () => {
    const deps = depsAt(secret, t0);
    const { token } = createClaimSession(42, deps);
    const [version, body, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), c: 43 })).toString('base64url');
    const other = createClaimSession(42, depsAt(randomBytes(32).toString('base64url'), t0)).token;
    // A check session signed with the same secret, relabelled as a claim session.
    const check = createCheckSession(42, 'letter', deps).token.split('.');
    const checkBody = Buffer.from(JSON.stringify({ c: 42, x: t0 + 900_000, n: 'x' })).toString('base64url');
    // A claim token signed with the check session's key itself: the claim session's key is its own.
    const rawKey = `cl1.${body}.${hmac(deps.keys.sessionKey, `cl1.${body}`).toString('base64url')}`;
    for (const bad of [
      rawKey,
      `${version}.${forged}.${signature}`,
      `${version}.${body}.${signature.slice(0, -2)}AA`,
      other,
      `cl1.${check[1]}.${check[2]}`,
      `cl1.${checkBody}.${check[2]}`,
      '',
      null,
      undefined,
      'x'.repeat(600),
    ])
      expect(readClaimSession(bad, deps)).toBeNull();
  });

  it('is an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(claimSessionCookie('t', { secure: true, maxAgeSeconds: 900 })).toEqual({
      name: 'dc_claim',
      value: 't',
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: 900,
    });
  });
});
