import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testStaffDeps } from '../../testing/staff';
import { confirmEnrolment, beginEnrolment } from './enrolment';
import { changeStaffRole, createStaffUser, resetStaffSecondFactor, setStaffDisabled } from './manage';
import { readStaffSession, signInStaff, signOutStaff, signOutStaffEverywhere } from './sign-in';
import { generateTotpSecret, totpCode } from './totp';

let t: TestDb;
beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t?.dispose();
});

const password = 'a long enough password';
let n = 0;
async function enrolledUser(deps: ReturnType<typeof testStaffDeps>, role: 'administrator' | 'auditor' = 'auditor') {
  const secret = generateTotpSecret();
  const email = `Staff.${++n}@Example.org`;
  const created = await createStaffUser(deps, 'test', { email, role, password, totpSecret: secret });
  if (!created.ok) throw new Error(created.error);
  return { email, secret, id: created.data.user.id };
}

describe('signing in', () => {
  it('opens a live session with password and TOTP, the email in any case', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    const r = await signInStaff(deps, { email: ` ${u.email.toUpperCase()} `, password, code: totpCode(u.secret, deps.now()) });
    expect(r).toMatchObject({ ok: true, data: { userId: u.id, needsEnrolment: false } });
    const who = await readStaffSession(deps, r.ok ? r.data.sessionId : '');
    expect(who).toMatchObject({ userId: u.id, role: 'auditor', enrolled: true, email: u.email.toLowerCase() });
  });

  it('gives one answer for unknown email, wrong password, wrong or replayed code; audits none with the email', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    const code = totpCode(u.secret, deps.now());
    const attempts = [
      { email: 'nobody@example.org', password, code },
      { email: u.email, password: 'wrong password!!', code },
      { email: u.email, password, code: code === '000000' ? '111111' : '000000' },
    ];
    for (const a of attempts) expect(await signInStaff(deps, a)).toEqual({ ok: false, error: 'invalid_credentials' });
    expect((await signInStaff(deps, { email: u.email, password, code })).ok).toBe(true);
    // The same code a second time (an overheard code) is refused.
    expect(await signInStaff(deps, { email: u.email, password, code })).toEqual({ ok: false, error: 'invalid_credentials' });
    const log = JSON.stringify(await t.db.select().from(auditLog));
    expect(log).not.toMatch(/example\.org/i);
    expect(log).toContain('"unknown_account"');
  });

  it('locks after the configured failures, even for the right password, until the lock ends', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    for (let i = 0; i < deps.config.lockoutAttempts; i++) {
      expect((await signInStaff(deps, { email: u.email, password: 'not the password', code: '' })).ok).toBe(false);
    }
    const right = () => signInStaff(deps, { email: u.email, password, code: totpCode(u.secret, deps.now()) });
    expect((await right()).ok).toBe(false);
    const locks = (await t.db.select().from(auditLog)).filter((e) => e.action === 'staff.locked' && e.actor === `staff:${u.id}`);
    expect(locks).toHaveLength(1);
    deps.clock.advance(deps.config.lockoutMs + 1000);
    expect((await right()).ok).toBe(true);
  });

  it('accepts each recovery code once', async () => {
    const deps = testStaffDeps(t.db);
    const created = await createStaffUser(deps, 'test', { email: `new.${++n}@example.org`, role: 'auditor', password });
    if (!created.ok) throw new Error(created.error);
    const first = await signInStaff(deps, { email: created.data.user.email, password, code: '' });
    if (!first.ok) throw new Error(first.error);
    const pending = await beginEnrolment(deps, created.data.user.id);
    if (!pending.ok) throw new Error(pending.error);
    const enrolled = await confirmEnrolment(deps, {
      userId: created.data.user.id,
      sessionId: first.data.sessionId,
      code: totpCode(pending.data.secret, deps.now()),
    });
    if (!enrolled.ok) throw new Error(enrolled.error);
    const code = enrolled.data.recoveryCodes[3]!;
    const withRecovery = () => signInStaff(deps, { email: created.data.user.email, password, code });
    expect((await withRecovery()).ok).toBe(true);
    expect(await withRecovery()).toEqual({ ok: false, error: 'invalid_credentials' });
  });
});

describe('enrolment', () => {
  it('lets a new user in with the password only to enrol, keeps the secret across reloads, and shows ten codes', async () => {
    const deps = testStaffDeps(t.db);
    const created = await createStaffUser(deps, 'test', { email: `fresh.${++n}@example.org`, role: 'administrator' });
    if (!created.ok) throw new Error(created.error);
    expect(created.data.generatedPassword).toBe(true);
    const { user, password: temporary } = created.data;
    const r = await signInStaff(deps, { email: user.email, password: temporary, code: '' });
    if (!r.ok) throw new Error(r.error);
    expect(r.data.needsEnrolment).toBe(true);
    expect(await readStaffSession(deps, r.data.sessionId)).toMatchObject({ enrolled: false });
    const a = await beginEnrolment(deps, user.id);
    const b = await beginEnrolment(deps, user.id);
    if (!a.ok || !b.ok) throw new Error('no enrolment');
    expect(b.data.secret).toBe(a.data.secret);
    expect(a.data.uri).toMatch(/^otpauth:\/\/totp\/Disclosure%20Check:fresh\.\d+%40example\.org\?/);
    expect(await confirmEnrolment(deps, { userId: user.id, sessionId: r.data.sessionId, code: '12345' })).toEqual({
      ok: false,
      error: 'wrong_code',
    });
    const done = await confirmEnrolment(deps, { userId: user.id, sessionId: r.data.sessionId, code: totpCode(a.data.secret, deps.now()) });
    expect(done.ok && done.data.recoveryCodes.length).toBe(10);
    expect(await readStaffSession(deps, r.data.sessionId)).toMatchObject({ enrolled: true, role: 'administrator' });
    expect(await beginEnrolment(deps, user.id)).toEqual({ ok: false, error: 'already_enrolled' });
    // Enrolled now, the password alone no longer opens a session.
    expect((await signInStaff(deps, { email: user.email, password: temporary, code: '' })).ok).toBe(false);
  });
});

describe('sessions', () => {
  async function session(deps: ReturnType<typeof testStaffDeps>, u: { email: string; secret: string }) {
    deps.clock.advance(30_000); // a fresh TOTP step for each sign-in
    const r = await signInStaff(deps, { email: u.email, password, code: totpCode(u.secret, deps.now()) });
    if (!r.ok) throw new Error(r.error);
    return r.data.sessionId;
  }

  it('ends after the idle timeout, and each request moves the idle clock', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    const sid = await session(deps, u);
    deps.clock.advance(deps.config.idleMs - 60_000);
    expect(await readStaffSession(deps, sid)).not.toBeNull();
    deps.clock.advance(deps.config.idleMs - 60_000);
    expect(await readStaffSession(deps, sid)).not.toBeNull();
    deps.clock.advance(deps.config.idleMs + 1);
    expect(await readStaffSession(deps, sid)).toBeNull();
  });

  it('ends at the absolute timeout however active it is', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    const sid = await session(deps, u);
    const step = deps.config.idleMs / 2;
    for (let elapsed = 0; elapsed + step < deps.config.absoluteMs; elapsed += step) {
      expect(await readStaffSession(deps, sid)).not.toBeNull();
      deps.clock.advance(step);
    }
    deps.clock.advance(step);
    expect(await readStaffSession(deps, sid)).toBeNull();
  });

  it('signs out one session, or every session of the user', async () => {
    const deps = testStaffDeps(t.db);
    const u = await enrolledUser(deps);
    const [a, b, c] = [await session(deps, u), await session(deps, u), await session(deps, u)];
    await signOutStaff(deps, { sessionId: a, userId: u.id });
    expect(await readStaffSession(deps, a)).toBeNull();
    expect(await readStaffSession(deps, b)).not.toBeNull();
    expect(await signOutStaffEverywhere(deps, u.id)).toBe(2);
    expect(await readStaffSession(deps, b)).toBeNull();
    expect(await readStaffSession(deps, c)).toBeNull();
  });
});

describe('managing users', () => {
  it('changes roles (not one’s own), disables and resets the second factor, each audited and effective at once', async () => {
    const deps = testStaffDeps(t.db);
    const admin = await enrolledUser(deps, 'administrator');
    const u = await enrolledUser(deps);
    deps.clock.advance(30_000);
    const r = await signInStaff(deps, { email: u.email, password, code: totpCode(u.secret, deps.now()) });
    if (!r.ok) throw new Error(r.error);
    expect(await changeStaffRole(deps, admin.id, admin.id, 'auditor')).toEqual({ ok: false, error: 'self' });
    expect((await changeStaffRole(deps, admin.id, u.id, 'claims_reviewer')).ok).toBe(true);
    expect(await readStaffSession(deps, r.data.sessionId)).toMatchObject({ role: 'claims_reviewer' });
    expect((await resetStaffSecondFactor(deps, admin.id, u.id)).ok).toBe(true);
    expect(await readStaffSession(deps, r.data.sessionId)).toBeNull();
    const again = await signInStaff(deps, { email: u.email, password, code: '' });
    expect(again.ok && again.data.needsEnrolment).toBe(true);
    expect((await setStaffDisabled(deps, admin.id, u.id, true)).ok).toBe(true);
    expect(again.ok && (await readStaffSession(deps, again.data.sessionId))).toBeNull();
    expect((await signInStaff(deps, { email: u.email, password, code: '' })).ok).toBe(false);
    const actions = (await t.db.select().from(auditLog)).filter((e) => e.actor === `staff:${admin.id}`).map((e) => [e.action, e.detail]);
    expect(actions).toEqual([
      ['staff.role_changed', { userId: u.id, from: 'auditor', to: 'claims_reviewer' }],
      ['staff.second_factor_reset', { userId: u.id, sessions: 1 }],
      ['staff.user_disabled', { userId: u.id, sessions: 1 }],
    ]);
    expect(await createStaffUser(deps, 'test', { email: u.email.toUpperCase(), role: 'auditor' })).toEqual({
      ok: false,
      error: 'email_taken',
    });
  });
});
