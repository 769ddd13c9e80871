import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSelfCheckKeys } from './keys';
import { checkSessionCookie, createCheckSession, readCheckSession, type SessionDeps } from './session';

const depsAt = (authSecret: string, nowMs: number): SessionDeps => ({
  keys: deriveSelfCheckKeys({ pepper: Buffer.alloc(32), authSecret }),
  config: { sessionTtlMs: 15 * 60_000 },
  now: () => new Date(nowMs),
});
const secret = randomBytes(32).toString('base64url');
const t0 = Date.UTC(2026, 2, 1, 12);

describe('check sessions', () => {
  it('reads back what it signed, for 15 minutes and not a moment longer', () => {
    const made = createCheckSession(42, 'letter', depsAt(secret, t0));
    expect(made.maxAgeSeconds).toBe(900);
    expect(readCheckSession(made.token, depsAt(secret, t0))).toEqual({ recordId: 42, via: 'letter', expiresAt: t0 + 900_000 });
    expect(readCheckSession(made.token, depsAt(secret, t0 + 899_999))?.recordId).toBe(42);
    expect(readCheckSession(made.token, depsAt(secret, t0 + 900_000))).toBeNull();
  });

  it('holds no personal data: a record id, how, when, and a nonce', () => {
    const { token } = createCheckSession(7, 'access_code', depsAt(secret, t0));
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['n', 'r', 'v', 'x']);
  });

  it('refuses a token altered in any part, signed with another secret, or not a token at all', () => {
    const deps = depsAt(secret, t0);
    const { token } = createCheckSession(42, 'letter', deps);
    const [version, body, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), r: 43 })).toString('base64url');
    const longer = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), x: t0 + 86_400_000 })).toString(
      'base64url',
    );
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const other = createCheckSession(42, 'letter', depsAt(randomBytes(32).toString('base64url'), t0)).token;
    for (const bad of [
      `${version}.${forged}.${signature}`,
      `${version}.${longer}.${signature}`,
      `${version}.${flip(body, 5)}.${signature}`,
      `${version}.${body}.${flip(signature, 3)}`,
      `${version}.${body}.`,
      `cs0.${body}.${signature}`,
      other,
      `${token}.extra`,
      '',
      null,
      undefined,
      'x'.repeat(600),
    ]) {
      expect(readCheckSession(bad, deps)).toBeNull();
    }
  });

  it("names who assists in an advocate's session, and only there (issue 15)", () => {
    const deps = depsAt(secret, t0);
    const assisted = { orgId: 3, memberId: 8, caseId: 21 };
    const made = createCheckSession(42, 'advocate', deps, assisted);
    expect(readCheckSession(made.token, deps)).toEqual({ recordId: 42, via: 'advocate', expiresAt: t0 + 900_000, assisted });
    expect(() => createCheckSession(42, 'advocate', deps)).toThrow();
    expect(() => createCheckSession(42, 'letter', deps, assisted)).toThrow();
  });

  it('makes an httpOnly, SameSite=Strict cookie', () => {
    expect(checkSessionCookie('tok', { secure: true, maxAgeSeconds: 900 })).toEqual({
      name: 'dc_check',
      value: 'tok',
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: 900,
    });
  });
});
