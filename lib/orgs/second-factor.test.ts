import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type TestDb } from '../../testing/db';
import { createTestMember, createTestOrganization, testOrgDeps } from '../../testing/orgs';
import { uniqueName } from '../../testing/postgres';
import { testClock } from '../../testing/staff';
import { totpCode } from '../staff/totp';
import { secondFactorStage, submitSecondFactor } from './second-factor';
import { readOrgSession, startOrgSession, type MemberPrincipal } from './session';

describe.each(drivers)('a member’s second factor (%s)', (_name, create) => {
  let t: TestDb;
  let orgId = 0;
  const clock = testClock();
  let deps: ReturnType<typeof testOrgDeps>;

  const signIn = async (memberId: number): Promise<MemberPrincipal & { token: string }> => {
    const sessionDeps = { db: t.db, config: deps.session, now: clock.now };
    const { token, sessionId } = await startOrgSession(sessionDeps, { orgId, memberId });
    return { token, sessionId, orgId, memberId, role: 'advocate', secondFactor: false };
  };
  const live = (token: string) => readOrgSession({ db: t.db, config: deps.session, now: clock.now }, token);

  beforeAll(async () => {
    t = await create();
    deps = testOrgDeps(t.db, { prefix: uniqueName('h2q-2fa'), clock });
    orgId = await createTestOrganization(t.db, 'TOTP Org (synthetic)');
  });
  afterAll(async () => {
    deps?.redis.disconnect();
    await t?.dispose();
  });

  it('enrols with the secret shown (the same on reload), then refuses a code’s second use', async () => {
    const memberId = await createTestMember(t.db, orgId, 'totp-a@example.org');
    const first = await signIn(memberId);
    const stage = await secondFactorStage(deps, first);
    expect(stage.kind).toBe('enrol');
    if (stage.kind !== 'enrol') return;
    expect(await secondFactorStage(deps, first)).toEqual(stage);
    expect(stage.uri).toContain('totp-a%40example.org');
    expect(await submitSecondFactor(deps, first, '000000')).toEqual({ ok: false, error: 'wrong_code' });
    const code = totpCode(stage.secret, clock.now());
    expect(await submitSecondFactor(deps, first, code)).toEqual({ ok: true, data: { enrolled: true } });
    expect((await live(first.token))?.secondFactor).toBe(true);

    // The next sign-in asks for a code, and the one just used does not pass again.
    const second = await signIn(memberId);
    expect(await secondFactorStage(deps, second)).toEqual({ kind: 'code' });
    expect(await submitSecondFactor(deps, second, code)).toEqual({ ok: false, error: 'wrong_code' });
    expect((await live(second.token))?.secondFactor).toBe(false);
    clock.advance(30_000);
    expect(await submitSecondFactor(deps, second, totpCode(stage.secret, clock.now()))).toEqual({ ok: true, data: { enrolled: false } });
  });

  it('locks the member after three wrong codes in a row, even against the right one, until the lock ends', async () => {
    const memberId = await createTestMember(t.db, orgId, 'totp-b@example.org');
    const s = await signIn(memberId);
    const stage = await secondFactorStage(deps, s);
    if (stage.kind !== 'enrol') throw new Error('expected enrolment');
    expect(await submitSecondFactor(deps, s, '111111')).toEqual({ ok: false, error: 'wrong_code' });
    expect(await submitSecondFactor(deps, s, '222222')).toEqual({ ok: false, error: 'wrong_code' });
    expect(await submitSecondFactor(deps, s, '333333')).toEqual({ ok: false, error: 'locked' });
    expect(await submitSecondFactor(deps, s, totpCode(stage.secret, clock.now()))).toEqual({ ok: false, error: 'locked' });
    clock.advance(15 * 60_000);
    expect(await submitSecondFactor(deps, s, totpCode(stage.secret, clock.now()))).toEqual({ ok: true, data: { enrolled: true } });
  });
});
