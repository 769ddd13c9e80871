// Opening one's own claim without the PIN, from a verified check session, on the real PostgreSQL: the claim
// is the session's record's and no other (an altered or foreign token opens nothing), the opening is one
// audit entry naming the claim with the check session as the actor and no personal data in it, and the
// claim session it leads to reads back that claim.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { syntheticClaimForm } from '../../testing/claims';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, type SelfCheckHarness } from '../../testing/self-check';
import { deriveSelfCheckKeys } from '../self-check/keys';
import { createCheckSession } from '../self-check/session';
import { fileClaim } from './filing';
import { openOwnClaim } from './status-recover';
import { createClaimSession, readClaimSession } from './status-session';

const rows = ['900-74-6001', '900-74-6002', '900-74-6003'].map((tin) => goodRow({ tin }));

describe('opening one’s own claim from a check session (PostgreSQL)', () => {
  let h: SelfCheckHarness;
  const claims: { claimId: number; claimNumber: string; pin: string }[] = [];
  beforeAll(async () => {
    h = await createSelfCheckHarness({ rows });
    // The first two people filed; the third did not.
    for (const person of h.people.slice(0, 2)) {
      const r = await fileClaim({ db: h.t.db, hasher: h.keys.hasher, sealer: h.keys.sealer }, person.recordId, syntheticClaimForm());
      if (r.outcome !== 'filed') throw new Error('not filed');
      claims.push({ claimId: r.claimId, claimNumber: r.claimNumber, pin: r.pin });
    }
  });
  afterAll(() => h?.dispose());

  const opened = () => searchAuditLog(h.t.db, { action: 'claim.status_opened' }, { size: 100 });

  it('opens the session’s own claim, audited once with the check session as the actor and no personal data', async () => {
    const before = (await opened()).rows.length;
    const [ana, ben] = h.people;
    const token = createCheckSession(ana!.recordId, 'letter', h.deps).token;
    expect(await openOwnClaim(h.deps, token)).toEqual({ ok: true, data: { claimId: claims[0]!.claimId } });
    const other = createCheckSession(ben!.recordId, 'access_code', h.deps).token;
    expect(await openOwnClaim(h.deps, other)).toEqual({ ok: true, data: { claimId: claims[1]!.claimId } });

    const all = (await opened()).rows;
    const entries = all.slice(0, all.length - before);
    expect(entries).toHaveLength(2);
    const anas = entries.find((e) => e.recordId === ana!.recordId)!;
    expect(anas).toMatchObject({ actor: 'check-session', outcome: 'ok', detail: { claim: claims[0]!.claimId, via: 'letter' } });
    const text = JSON.stringify(entries);
    for (const secret of [claims[0]!.claimNumber, claims[0]!.pin, ana!.row.tin, ana!.row.lastName, ana!.noticeCode])
      expect(text).not.toContain(secret);

    // The claim session the page then issues is the PIN lookup's, and reads back this claim.
    const session = createClaimSession(claims[0]!.claimId, h.deps);
    expect(readClaimSession(session.token, h.deps)?.claimId).toBe(claims[0]!.claimId);
  });

  it('opens nothing for a forged, foreign, relabelled or expired token, and audits nothing', async () => {
    const before = (await opened()).rows.length;
    const [ana, ben] = h.people;
    const token = createCheckSession(ana!.recordId, 'letter', h.deps).token;
    const [version, body, signature] = token.split('.') as [string, string, string];
    // Ana's signed token with Ben's record put in its body.
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedBody = Buffer.from(JSON.stringify({ ...payload, r: ben!.recordId })).toString('base64url');
    // Ben's record, signed with another portal's secret.
    const foreignKeys = deriveSelfCheckKeys({ pepper: Buffer.alloc(32), authSecret: randomBytes(32).toString('base64url') });
    const foreign = createCheckSession(ben!.recordId, 'letter', { ...h.deps, keys: foreignKeys }).token;
    // A claim session (for Ben's claim) is not a check session.
    const claimToken = createClaimSession(claims[1]!.claimId, h.deps).token;
    const expired = createCheckSession(ben!.recordId, 'letter', { ...h.deps, now: () => new Date(Date.now() - 16 * 60_000) }).token;
    for (const bad of [`${version}.${forgedBody}.${signature}`, foreign, claimToken, expired, '', null, undefined]) {
      expect(await openOwnClaim(h.deps, bad)).toEqual({ ok: false, error: { code: 'no_session' } });
    }
    expect((await opened()).rows.length).toBe(before);
  });

  it('says there is no claim for a verified record that never filed, and audits nothing', async () => {
    const before = (await opened()).rows.length;
    const token = createCheckSession(h.people[2]!.recordId, 'letter', h.deps).token;
    expect(await openOwnClaim(h.deps, token)).toEqual({ ok: false, error: { code: 'no_claim' } });
    expect((await opened()).rows.length).toBe(before);
  });
});
