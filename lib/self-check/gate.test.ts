// The gate every check passes first, driven directly against the real Redis (and PostgreSQL for the event
// counters): under the soft limit a check goes through; past it, a proof of work; past the hard limit or
// the global ceiling, "come back later". limits.test.ts and e2e/self-check-limits.spec.ts hold the same
// through the checks as pages call them; this file is fast enough to run for every mutant of gate.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readEventCounters } from '../../db/queries/self-check';
import { todayUtc } from '../identifiers/dates';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, type SelfCheckHarness } from '../../testing/self-check';
import type { SelfCheckConfig } from './config';
import { countEvent, holdUntilFloor, openDummy, passGate, type GateRefusal } from './gate';
import { solveChallenge } from './pow-solver';
import type { ChallengeForClient, ProofSubmission } from './pow';

describe('passGate (Redis)', () => {
  let h: SelfCheckHarness;
  // Written here, not read from the code: 2 free checks an address, 5 in all, 10 across every address.
  const config: Partial<SelfCheckConfig> = {
    globalLimit: { points: 10, seconds: 60 },
    addressLimit: { points: 5, seconds: 3600 },
    addressPowAfter: 2,
    pow: { difficulty: 6, ttlMs: 600_000, waitMs: 30_000 },
  };
  const gate = (address: string | null, proof?: ProofSubmission) => passGate(h.ctx(address, proof));
  const challengeOf = (r: GateRefusal | null): ChallengeForClient => {
    if (r?.code !== 'challenge_required') throw new Error(`expected a challenge, got ${JSON.stringify(r)}`);
    return r.challenge;
  };

  beforeAll(async () => {
    h = await createSelfCheckHarness({ rows: [goodRow()], config });
  });
  afterAll(async () => {
    await h.dispose();
  });
  beforeEach(async () => {
    await h.resetLimits();
  });

  it('lets an address through under its soft limit, then asks for a proof of work of the configured difficulty', async () => {
    const address = '198.51.100.61';
    expect(await gate(address)).toBeNull();
    expect(await gate(address)).toBeNull();
    const challenge = challengeOf(await gate(address));
    expect(challenge.difficulty).toBe(6);
    const now = h.clock.now().getTime();
    expect(challenge.waitUntil - now).toBeGreaterThan(29_000);
    expect(challenge.waitUntil - now).toBeLessThanOrEqual(30_000);
    expect(challenge.expiresAt - now).toBeGreaterThan(599_000);
    // Another address still has its free checks.
    expect(await gate('198.51.100.62')).toBeNull();
  });

  it('lets a solved proof through once; the same proof again gets a new challenge', async () => {
    const address = '198.51.100.63';
    await gate(address);
    await gate(address);
    const challenge = challengeOf(await gate(address));
    const counter = await solveChallenge(challenge);
    expect(await gate(address, { token: challenge.token, counter })).toBeNull();
    const again = challengeOf(await gate(address, { token: challenge.token, counter }));
    expect(again.token).not.toBe(challenge.token);
  });

  it('gives the same challenge back when Continue comes before the wait is over, and lets it through after', async () => {
    const address = '198.51.100.64';
    await gate(address);
    await gate(address);
    const first = challengeOf(await gate(address));
    const early = challengeOf(await gate(address, { token: first.token }));
    expect(early).toEqual(first);
    h.clock.advance(30_000);
    try {
      expect(await gate(address, { token: first.token })).toBeNull();
    } finally {
      h.clock.advance(-30_000);
    }
  });

  it('answers a proof that fails for another reason than waiting with a new challenge', async () => {
    const address = '198.51.100.65';
    await gate(address);
    await gate(address);
    const first = challengeOf(await gate(address));
    // A counter that is no number, and a token from another address: never the same one back.
    await gate('198.51.100.66');
    await gate('198.51.100.66');
    const wrongCounter = challengeOf(await gate(address, { token: first.token, counter: 'x' }));
    expect(wrongCounter.token).not.toBe(first.token);
    const otherAddress = challengeOf(await gate('198.51.100.66', { token: first.token }));
    expect(otherAddress.token).not.toBe(first.token);
    // An empty token is no proof at all.
    expect(challengeOf(await gate(address, { token: '' })).token).not.toBe(first.token);
  });

  it('refuses an address past its hard limit, saying when to come back, even with a valid proof', async () => {
    const address = '198.51.100.67';
    await gate(address);
    await gate(address);
    const challenge = challengeOf(await gate(address));
    await gate(address);
    await gate(address);
    const counter = await solveChallenge(challenge);
    const refused = await gate(address, { token: challenge.token, counter });
    expect(refused?.code).toBe('rate_limited');
    const retry = (refused as { retryAfterMs: number }).retryAfterMs;
    expect(retry).toBeGreaterThan(3_500_000);
    expect(retry).toBeLessThanOrEqual(3_600_000);
  });

  it('stops every address at the global ceiling', async () => {
    for (let i = 0; i < 10; i++) expect(await gate(`192.0.2.${i + 1}`)).toBeNull();
    const refused = await gate('192.0.2.100');
    expect(refused?.code).toBe('rate_limited');
    expect((refused as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect((refused as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("counts an event in today's (UTC) row", async () => {
    const day = todayUtc(h.clock.now());
    const before = (await readEventCounters(h.t.db, day))['gate_test_event'] ?? 0;
    await countEvent(h.deps, 'gate_test_event');
    await countEvent(h.deps, 'gate_test_event');
    expect((await readEventCounters(h.t.db, day))['gate_test_event']).toBe(before + 2);
  });

  it('opens a record-shaped dummy, sealed once per sealer', async () => {
    let seals = 0;
    let opens = 0;
    const real = h.deps.sealer;
    const counting = Object.assign(Object.create(real) as typeof real, {
      seal: (...a: Parameters<typeof real.seal>) => (seals++, real.seal(...a)),
      open: (...a: Parameters<typeof real.open>) => (opens++, real.open(...a)),
    });
    expect(openDummy(counting)).toMatchObject({ dateOfBirth: '1900-01-01', state: 'XX', zip: '00000' });
    expect(openDummy(counting).dateOfBirth).toBe('1900-01-01');
    expect([seals, opens]).toEqual([1, 2]);
    // Sealed like a record: as long as a record's sealed data of the same shape.
    const sealedLength = real.seal(
      JSON.stringify({
        firstName: 'Xxxxxxxxxxxx',
        lastName: 'Xxxxxxxxxxxxxxxx',
        dateOfBirth: '1900-01-01',
        street: '0000 Xxxxxxxxxxxxxxxxxx Xxx Xxx 000',
        city: 'Xxxxxxxxxxxx',
        state: 'XX',
        zip: '00000',
        email: 'xxxxxxxxxxxxxxxxx@xxxxxxx.xxx',
        phone: '+10000000000',
        tinLast4: '0000',
      }),
      Buffer.alloc(32),
    ).length;
    let opened: Buffer | undefined;
    const capturing = Object.assign(Object.create(real) as typeof real, {
      open: (sealed: Buffer, aad: Buffer) => ((opened = sealed), real.open(sealed, aad)),
    });
    openDummy(capturing);
    expect(opened?.length).toBe(sealedLength);
  });
});

describe('holdUntilFloor', () => {
  it('waits out the floor, and tells the operator (with numbers only) when the work took longer', async () => {
    const logged: [string, Record<string, unknown>][] = [];
    const deps = { log: (event: string, detail: Record<string, string | number | boolean>) => void logged.push([event, detail]) };
    const start = performance.now();
    await holdUntilFloor(start, 120, deps);
    expect(performance.now() - start).toBeGreaterThanOrEqual(119);
    expect(logged).toEqual([]);
    // Work that took 300 ms against a floor of 100: no wait, and a log line saying by how much.
    const late = performance.now() - 300;
    const before = performance.now();
    await holdUntilFloor(late, 100, deps);
    expect(performance.now() - before).toBeLessThan(50);
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('response_floor_exceeded');
    expect(logged[0]![1].floorMs).toBe(100);
    expect(logged[0]![1].overMs).toBeGreaterThanOrEqual(200);
    expect(logged[0]![1].overMs).toBeLessThan(260);
    // No floor configured: nothing to wait for and nothing to say.
    await holdUntilFloor(late, 0, deps);
    expect(logged).toHaveLength(1);
  });
});
