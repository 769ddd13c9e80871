import { describe, expect, it } from 'vitest';
import { decideAccess } from './access';
import { generatePassword, hashPassword, verifyPassword } from './password';
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, recoveryCodeKey } from './recovery-codes';
import { roleMayUse, staffRoles, type StaffRole } from './roles';
import type { StaffIdentity } from './sign-in';
import { generateTotpSecret, totpCode, totpStep, verifyTotp } from './totp';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the same password', async () => {
    const phc = await hashPassword('correct horse battery');
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(phc, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(phc, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('generates distinct 20-character temporary passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-zA-Z2-9]{20}$/);
    expect(generatePassword()).not.toBe(a);
  });
});

describe('TOTP', () => {
  const secret = generateTotpSecret();
  const now = new Date('2026-03-02T15:00:10Z');
  const at = (steps: number) => new Date(now.getTime() + steps * 30_000);

  it('accepts the current code and one step of drift either way, not two', () => {
    expect(verifyTotp(secret, totpCode(secret, now), now, null)).toBe(totpStep(now));
    expect(verifyTotp(secret, totpCode(secret, at(-1)), now, null)).toBe(totpStep(now) - 1);
    expect(verifyTotp(secret, totpCode(secret, at(1)), now, null)).toBe(totpStep(now) + 1);
    expect(verifyTotp(secret, totpCode(secret, at(-2)), now, null)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(2)), now, null)).toBeNull();
  });

  it('refuses a step already used, and codes of another secret or shape', () => {
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, code, now, totpStep(now))).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, at(-1)), now, totpStep(now))).toBeNull();
    expect(verifyTotp(generateTotpSecret(), code, now, null)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now, null)).toBeNull();
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(totpStep(now));
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes that hash the same however they are typed', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const key = recoveryCodeKey(Buffer.alloc(32, 7));
    const first = codes[0]!;
    expect(hashRecoveryCode(key, ` ${first.toUpperCase().replace('-', ' ')} `)).toEqual(hashRecoveryCode(key, first));
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });
});

describe('access decisions', () => {
  const who = (role: StaffRole, enrolled = true, mustChangePassword = false): StaffIdentity => ({
    sessionId: 's',
    userId: 1,
    email: 'a@example.org',
    role,
    enrolled,
    mustChangePassword,
    sessionStartedAt: new Date(),
  });

  it('sends the anonymous to sign in and the unenrolled to enrolment', () => {
    expect(decideAccess(null, 'any')).toBe('sign_in');
    expect(decideAccess(who('auditor', false), 'any')).toBe('enrol');
    expect(decideAccess(who('administrator', false), ['administrator'])).toBe('enrol');
    expect(decideAccess(who('auditor', false), 'any', { enrolment: true })).toBe('allow');
    expect(decideAccess(who('auditor'), 'any', { enrolment: true })).toBe('enrolled_already');
    expect(decideAccess(null, 'any', { enrolment: true })).toBe('sign_in');
  });

  it('after enrolling, sends a user with a generated password to choose their own, and nowhere else', () => {
    expect(decideAccess(who('administrator', true, true), 'any')).toBe('change_password');
    expect(decideAccess(who('administrator', true, true), ['administrator'])).toBe('change_password');
    expect(decideAccess(who('auditor', true, true), 'any', { passwordChange: true })).toBe('allow');
    expect(decideAccess(who('auditor', false, true), 'any', { passwordChange: true })).toBe('enrol');
    expect(decideAccess(who('auditor', false, true), 'any', { enrolment: true })).toBe('allow');
    expect(decideAccess(who('auditor'), 'any', { passwordChange: true })).toBe('allow');
    expect(decideAccess(null, 'any', { passwordChange: true })).toBe('sign_in');
  });

  it('lets each role use what lists it, and administrators everything', () => {
    for (const role of staffRoles) {
      expect(decideAccess(who(role), 'any')).toBe('allow');
      expect(decideAccess(who(role), [role])).toBe('allow');
      for (const other of staffRoles.filter((r) => r !== role)) {
        expect(decideAccess(who(role), [other])).toBe(role === 'administrator' ? 'allow' : 'forbidden');
      }
    }
    expect(roleMayUse('auditor', [])).toBe(false);
    expect(roleMayUse('administrator', [])).toBe(true);
  });
});
