import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { drivers, type TestDb } from '../../testing/db';
import { createTestMember, createTestOrganization, testOrgDeps } from '../../testing/orgs';
import { uniqueName } from '../../testing/postgres';
import { deleteRedisPrefix } from '../../testing/redis';
import { testClock } from '../../testing/staff';
import { readOrgSession } from './session';
import { confirmSignInLink, requestSignInLink } from './sign-in-link';

type LinkRow = { id: number; member_id: number; token_hash: Buffer; token_sealed: Buffer | null; used_at: Date | null };

describe.each(drivers)('sign-in links (%s)', (_name, create) => {
  let t: TestDb;
  let orgId = 0;
  let memberId = 0;
  const prefix = uniqueName('h2q-link');
  const clock = testClock();
  let deps: ReturnType<typeof testOrgDeps>;

  const links = () =>
    withServiceScope(t.db, (tx) =>
      rowsOf<LinkRow>(tx, sql`select id, member_id, token_hash, token_sealed, used_at from org_sign_in_links order by id`),
    );
  /** The token as the email will print it: opened from its seal, as the sender does. */
  const lastToken = async () => {
    const row = (await links()).at(-1)!;
    return deps.sealer.open(Buffer.from(row.token_sealed!), Buffer.from(row.token_hash));
  };

  beforeAll(async () => {
    t = await create();
    deps = testOrgDeps(t.db, { prefix, clock });
    orgId = await createTestOrganization(t.db, 'Link Org (synthetic)');
    memberId = await createTestMember(t.db, orgId, 'link-member@example.org', 'advocate', 'ko');
  });
  afterAll(async () => {
    await deleteRedisPrefix(prefix);
    deps?.redis.disconnect();
    await t?.dispose();
  });

  it('answers the same for a member and a stranger, and makes a link (hash and seal only) and its email only for the member', async () => {
    const member = await requestSignInLink(deps, { email: '  Link-Member@Example.org ', address: '203.0.113.10' });
    const stranger = await requestSignInLink(deps, { email: 'nobody-here@example.org', address: '203.0.113.10' });
    expect(member).toEqual({ ok: true, data: { status: 'requested' } });
    expect(stranger).toEqual(member);
    const rows = await links();
    expect(rows.map((r) => r.member_id)).toEqual([memberId]);
    const token = await lastToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Nothing holds the token in the clear: not the link row, not the notice, not the audit log.
    const [notice] = await rowsOf<{ params: unknown; language: string; type: string; member_id: number; record_id: number | null }>(
      t.db,
      sql`select params, language, type, member_id, record_id from notices where member_id = ${memberId}`,
    );
    expect(notice).toEqual({
      params: { linkId: rows[0]!.id },
      language: 'ko',
      type: 'org_sign_in_link',
      member_id: memberId,
      record_id: null,
    });
    const dump = await rowsOf<{ t: string }>(
      t.db,
      sql`select (select string_agg(n::text, '') from notices n) || (select string_agg(a::text, '') from audit_log a) as t`,
    );
    expect(dump[0]!.t).not.toContain(token);
    expect(deps.enqueued).toHaveLength(1);
  });

  it('refuses a malformed email at the field, and anyone past the limit per email or per address', async () => {
    expect(await requestSignInLink(deps, { email: 'not an email', address: null })).toEqual({ ok: false, error: 'invalid_email' });
    const limited = testOrgDeps(t.db, {
      prefix: `${prefix}-l`,
      clock,
      emailLimit: { points: 2, seconds: 3600 },
      addressLimit: { points: 4, seconds: 3600 },
    });
    try {
      for (const _ of [1, 2]) expect((await requestSignInLink(limited, { email: 'x@example.org', address: '198.51.100.1' })).ok).toBe(true);
      expect(await requestSignInLink(limited, { email: 'x@example.org', address: '198.51.100.2' })).toMatchObject({
        ok: false,
        error: 'rate_limited',
      });
      // Another email from the first address: two more fit in its window of four, the next does not.
      for (const email of ['y@example.org', 'z@example.org'])
        expect((await requestSignInLink(limited, { email, address: '198.51.100.1' })).ok).toBe(true);
      expect(await requestSignInLink(limited, { email: 'w@example.org', address: '198.51.100.1' })).toMatchObject({
        ok: false,
        error: 'rate_limited',
      });
    } finally {
      await deleteRedisPrefix(`${prefix}-l`);
      limited.redis.disconnect();
    }
  });

  it('holds every answer until the response floor, member or not', async () => {
    const slow = testOrgDeps(t.db, { prefix: `${prefix}-f`, clock, responseFloorMs: 250 });
    try {
      for (const email of ['link-member@example.org', 'stranger-floor@example.org']) {
        const started = performance.now();
        await requestSignInLink(slow, { email, address: null });
        expect(performance.now() - started).toBeGreaterThanOrEqual(249);
      }
    } finally {
      await deleteRedisPrefix(`${prefix}-f`);
      slow.redis.disconnect();
    }
  });

  it('works for less than 15 minutes: at 14:59 it signs in, at 15:00 it is refused', async () => {
    await requestSignInLink(deps, { email: 'link-member@example.org', address: null });
    const early = await lastToken();
    await requestSignInLink(deps, { email: 'link-member@example.org', address: null });
    const late = await lastToken();
    clock.advance(14 * 60_000 + 59_000);
    const ok = await confirmSignInLink(deps, early);
    expect(ok.ok).toBe(true);
    clock.advance(1_000);
    expect(await confirmSignInLink(deps, late)).toEqual({ ok: false, error: 'invalid_link' });
  });

  it('is used once: of two confirmations at once one signs in, and the sealed token is gone after', async () => {
    await requestSignInLink(deps, { email: 'link-member@example.org', address: null });
    const token = await lastToken();
    const results = await Promise.all([confirmSignInLink(deps, token), confirmSignInLink(deps, token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'invalid_link' }]);
    const row = (await links()).at(-1)!;
    expect(row.used_at).not.toBeNull();
    expect(row.token_sealed).toBeNull();
    expect(await confirmSignInLink(deps, token)).toEqual({ ok: false, error: 'invalid_link' });
    // The session it started waits for the second factor.
    const winner = results.find((r) => r.ok)!;
    const session = await readOrgSession({ db: t.db, config: deps.session, now: clock.now }, winner.ok ? winner.data.sessionToken : '');
    expect(session).toMatchObject({ orgId, memberId, secondFactor: false });
  });

  it('refuses an unknown or malformed token, and the link of a member disabled since', async () => {
    expect(await confirmSignInLink(deps, 'A'.repeat(43))).toEqual({ ok: false, error: 'invalid_link' });
    expect(await confirmSignInLink(deps, 'short')).toEqual({ ok: false, error: 'invalid_link' });
    await requestSignInLink(deps, { email: 'link-member@example.org', address: null });
    const token = await lastToken();
    await withServiceScope(t.db, (tx) => tx.execute(sql`update org_members set disabled_at = now() where id = ${memberId}`));
    expect(await confirmSignInLink(deps, token)).toEqual({ ok: false, error: 'invalid_link' });
  });
});
