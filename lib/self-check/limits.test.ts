// Every limit against the real Redis, through the two checks as pages call them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateNoticeCode } from '../identifiers/notice-code';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type Person, type SelfCheckHarness } from '../../testing/self-check';
import type { SelfCheckConfig } from './config';
import { checkWithLetter } from './letter';
import { requestCheckByMail } from './mail';
import { solveChallenge } from './pow-solver';
import type { ProofSubmission } from './pow';

describe('rate limits and proof of work (Redis)', () => {
  let h: SelfCheckHarness;
  let ana: Person;
  const config: Partial<SelfCheckConfig> = {
    globalLimit: { points: 12, seconds: 60 },
    addressLimit: { points: 5, seconds: 3600 },
    addressPowAfter: 2,
    identityLimit: { points: 3, seconds: 3600 },
    pow: { difficulty: 8, ttlMs: 600_000, waitMs: 30_000 },
  };
  const letter = (address: string | null, proof?: ProofSubmission) =>
    checkWithLetter({ code: ana.noticeCode, dob: dobParts(ana.row.dateOfBirth) }, h.ctx(address, proof));
  const mail = (tin: string, address: string | null, proof?: ProofSubmission) =>
    requestCheckByMail({ tin, dob: dobParts(ana.row.dateOfBirth), lastName: ana.row.lastName, zip: ana.row.zip }, h.ctx(address, proof));
  const retryOf = (r: unknown) => (r as { error: { retryAfterMs: number } }).error.retryAfterMs;

  beforeAll(async () => {
    h = await createSelfCheckHarness({ rows: [goodRow()], config });
    ana = h.people[0]!;
  });
  afterAll(async () => {
    await h.dispose();
  });
  beforeEach(async () => {
    await h.resetLimits();
  });

  it('asks an address for a proof of work past its soft limit, and lets a solved one through once', async () => {
    const address = '198.51.100.1';
    expect(await letter(address)).toMatchObject({ ok: true });
    expect(await letter(address)).toMatchObject({ ok: true });
    const third = await letter(address);
    expect(third).toMatchObject({ ok: false, error: { code: 'challenge_required', challenge: { difficulty: 8 } } });
    const challenge = (third as { error: { challenge: { token: string; nonce: string; difficulty: number } } }).error.challenge;
    const counter = await solveChallenge(challenge);
    expect(await letter(address, { token: challenge.token, counter })).toMatchObject({ ok: true });
    // The same proof again: a new challenge.
    const again = await letter(address, { token: challenge.token, counter });
    expect(again).toMatchObject({ ok: false, error: { code: 'challenge_required' } });
    const tokenOf = (r: unknown) => (r as { error: { challenge: { token: string } } }).error.challenge.token;
    expect(tokenOf(again)).not.toBe(tokenOf(third));
    // Another address is not asked.
    expect(await letter('198.51.100.2')).toMatchObject({ ok: true });
  });

  it('gives the same challenge back to a form without JavaScript that continues too early', async () => {
    const address = '198.51.100.3';
    await letter(address);
    await letter(address);
    const first = (await letter(address)) as { ok: false; error: { code: string; challenge: { token: string } } };
    const early = await letter(address, { token: first.error.challenge.token });
    expect(early).toEqual(first);
    h.clock.advance(30_000);
    try {
      expect(await letter(address, { token: first.error.challenge.token })).toMatchObject({ ok: true });
    } finally {
      h.clock.advance(-30_000);
    }
  });

  it('refuses an address past its hard limit and says when to come back', async () => {
    const address = '198.51.100.4';
    for (let i = 0; i < 5; i++) await letter(address);
    const refused = await letter(address);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(retryOf(refused)).toBeGreaterThan(3_500_000);
    expect(retryOf(refused)).toBeLessThanOrEqual(3_600_000);
    // The no-letter path shares the address's budget.
    expect(await mail(ana.row.tin, address)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('puts every client without a trusted address in one bucket', async () => {
    for (let i = 0; i < 5; i++) await letter(null);
    expect(await letter(null)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await letter('198.51.100.5')).toMatchObject({ ok: true });
  });

  it('limits checks naming one SSN/ITIN from any address, matched or not', async () => {
    const other = '123-45-6789';
    for (let i = 0; i < 3; i++) expect(await mail(ana.row.tin, `198.51.100.${20 + i}`)).toMatchObject({ ok: true });
    const refused = await mail(ana.row.tin, '198.51.100.30');
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(retryOf(refused)).toBeGreaterThan(3_500_000);
    for (let i = 0; i < 3; i++) expect(await mail(other, `198.51.100.${40 + i}`)).toMatchObject({ ok: true });
    expect(await mail(other, '198.51.100.50')).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('stops everyone at the global ceiling', async () => {
    for (let i = 0; i < 12; i++)
      await checkWithLetter({ code: generateNoticeCode(), dob: dobParts('1980-01-01') }, h.ctx(`192.0.2.${i + 1}`));
    const refused = await letter('192.0.2.100');
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(retryOf(refused)).toBeGreaterThan(0);
    expect(retryOf(refused)).toBeLessThanOrEqual(60_000);
  });
});
