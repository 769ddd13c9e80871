import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './csp';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('contentSecurityPolicy', () => {
  it("lets scripts run only from our origin or with this response's nonce: never 'unsafe-inline'", () => {
    const nonce = createNonce();
    const policy = directives(contentSecurityPolicy(nonce));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'strict-dynamic'");
  });

  it('loads nothing from another origin', () => {
    const policy = directives(contentSecurityPolicy(createNonce()));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const [name, values] of policy) {
      for (const v of values) expect(`${name} ${v}`).not.toMatch(/https?:|\*|blob:/);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('makes a new 128-bit nonce every time, in the characters Next.js reads back', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/);
  });
});
