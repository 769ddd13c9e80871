import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testStaffDeps } from '../../testing/staff';
import { confirmEnrolment, beginEnrolment } from './enrolment';
import { createStaffUser } from './manage';
import { changeOwnPassword } from './password-change';
import { readStaffSession, signInStaff } from './sign-in';
import { totpCode } from './totp';

let t: TestDb;
beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t?.dispose();
});

describe('changing one’s own password', () => {
  it('makes a generated password temporary until its user chooses one; other sessions end, this one stays', async () => {
    const deps = testStaffDeps(t.db);
    const created = await createStaffUser(deps, 'staff:1', { email: 'new.person@example.org', role: 'auditor' });
    if (!created.ok) throw new Error(created.error);
    const temporary = created.data.password;

    // First sign-in: password only, enrol, and the session still has to change the password.
    const first = await signInStaff(deps, { email: 'new.person@example.org', password: temporary, code: '' });
    if (!first.ok) throw new Error(first.error);
    const pending = await beginEnrolment(deps, first.data.userId);
    if (!pending.ok) throw new Error(pending.error);
    const enrolled = await confirmEnrolment(deps, {
      userId: first.data.userId,
      sessionId: first.data.sessionId,
      code: totpCode(pending.data.secret, deps.now()),
    });
    expect(enrolled.ok).toBe(true);
    const session = (await readStaffSession(deps, first.data.sessionId))!;
    expect(session).toMatchObject({ enrolled: true, mustChangePassword: true });

    deps.clock.advance(30_000);
    const second = await signInStaff(deps, {
      email: 'new.person@example.org',
      password: temporary,
      code: totpCode(pending.data.secret, deps.now()),
    });
    if (!second.ok) throw new Error(second.error);

    const me = { userId: session.userId, sessionId: session.sessionId };
    expect(await changeOwnPassword(deps, me, { current: 'not it', next: 'a brand new passphrase' })).toEqual({
      ok: false,
      error: 'wrong_current',
    });
    expect(await changeOwnPassword(deps, me, { current: temporary, next: temporary })).toEqual({ ok: false, error: 'same_as_current' });
    expect(await changeOwnPassword(deps, me, { current: temporary, next: 'New.Person-2026!' })).toEqual({
      ok: false,
      error: 'contains_email',
    });
    expect(await changeOwnPassword(deps, me, { current: temporary, next: 'a brand new passphrase' })).toEqual({
      ok: true,
      data: { otherSessionsEnded: 1 },
    });

    expect(await readStaffSession(deps, first.data.sessionId)).toMatchObject({ mustChangePassword: false });
    expect(await readStaffSession(deps, second.data.sessionId)).toBeNull();
    deps.clock.advance(30_000);
    const code = () => totpCode(pending.data.secret, deps.now());
    expect((await signInStaff(deps, { email: 'new.person@example.org', password: temporary, code: code() })).ok).toBe(false);
    deps.clock.advance(30_000);
    expect((await signInStaff(deps, { email: 'new.person@example.org', password: 'a brand new passphrase', code: code() })).ok).toBe(true);

    const entries = (await t.db.select().from(auditLog)).filter((e) => e.action === 'staff.password_changed');
    expect(entries.map((e) => e.outcome)).toEqual(['failed', 'ok']);
    expect(JSON.stringify(entries)).not.toMatch(/passphrase|new\.person/);
  });

  it('leaves a password the creator chose (the CLI’s --password, demo accounts) as it is', async () => {
    const deps = testStaffDeps(t.db);
    const created = await createStaffUser(deps, 'cli', {
      email: 'chosen@example.org',
      role: 'auditor',
      password: 'chosen by the operator',
    });
    if (!created.ok) throw new Error(created.error);
    expect(created.data.user.passwordMustChange).toBe(false);
  });
});
