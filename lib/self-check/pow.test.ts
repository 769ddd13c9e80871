import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { uniqueName } from '../../testing/postgres';
import { connectRedis } from '../../testing/redis';
import { deriveSelfCheckKeys } from './keys';
import { issueChallenge, readChallenge, verifyChallenge, type PowDeps } from './pow';
import { meetsDifficulty, solveChallenge } from './pow-solver';

describe('proof-of-work challenges (real Redis)', () => {
  let redis: Redis;
  let offset = 0;
  const prefix = uniqueName(`${inject('redisPrefix')}pow`);
  const secret = randomBytes(32).toString('base64url');
  const depsWith = (authSecret: string): PowDeps => ({
    keys: deriveSelfCheckKeys({ pepper: Buffer.alloc(32, 1), authSecret }),
    redis,
    redisPrefix: prefix,
    config: { pow: { difficulty: 10, ttlMs: 120_000, waitMs: 30_000 } },
    now: () => new Date(Date.now() + offset),
  });
  const me = { address: '198.51.100.20' };

  beforeAll(() => {
    redis = connectRedis();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('accepts a solved challenge once, and refuses it the second time', async () => {
    const deps = depsWith(secret);
    const challenge = issueChallenge(deps, me);
    expect(challenge.difficulty).toBe(10);
    const counter = await solveChallenge(challenge);
    expect(await verifyChallenge(deps, { token: challenge.token, counter }, me)).toEqual({ ok: true });
    expect(await verifyChallenge(deps, { token: challenge.token, counter: String(counter) }, me)).toEqual({ ok: false, reason: 'reused' });
  });

  it('refuses a wrong counter, a malformed one, and a challenge issued to another address', async () => {
    const deps = depsWith(secret);
    const challenge = issueChallenge(deps, me);
    const counter = await solveChallenge(challenge);
    let wrong = counter + 1;
    while (meetsDifficulty(challenge.nonce, wrong, challenge.difficulty)) wrong++;
    expect(await verifyChallenge(deps, { token: challenge.token, counter: wrong }, me)).toEqual({ ok: false, reason: 'unsolved' });
    expect(await verifyChallenge(deps, { token: challenge.token, counter: '12abc' }, me)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyChallenge(deps, { token: challenge.token, counter: -1 }, me)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyChallenge(deps, { token: challenge.token, counter }, { address: '198.51.100.21' })).toEqual({
      ok: false,
      reason: 'other_address',
    });
    // None of the refusals used it up.
    expect(await verifyChallenge(deps, { token: challenge.token, counter }, me)).toEqual({ ok: true });
  });

  it('refuses a tampered token or one signed with another secret', async () => {
    const deps = depsWith(secret);
    const challenge = issueChallenge(deps, me);
    const [v, body, sig] = challenge.token.split('.') as [string, string, string];
    const easier = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), d: 1 })).toString('base64url');
    expect(await verifyChallenge(deps, { token: `${v}.${easier}.${sig}`, counter: 0 }, me)).toEqual({ ok: false, reason: 'bad_signature' });
    const foreign = issueChallenge(depsWith(randomBytes(32).toString('base64url')), me);
    const c = await solveChallenge(foreign);
    expect(await verifyChallenge(deps, { token: foreign.token, counter: c }, me)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await verifyChallenge(deps, { token: 'pow1.e30', counter: 0 }, me)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyChallenge(deps, { token: 'garbage', counter: 0 }, me)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('expires', async () => {
    const deps = depsWith(secret);
    const challenge = issueChallenge(deps, me);
    const counter = await solveChallenge(challenge);
    offset = 120_000;
    try {
      expect(await verifyChallenge(deps, { token: challenge.token, counter }, me)).toEqual({ ok: false, reason: 'expired' });
      expect(readChallenge(deps, challenge.token)).toBeNull();
    } finally {
      offset = 0;
    }
  });

  it('lets a form without JavaScript through unsolved, once its wait is over, once', async () => {
    const deps = depsWith(secret);
    const challenge = issueChallenge(deps, me);
    expect(challenge.waitUntil - Date.now()).toBeGreaterThan(29_000);
    expect(await verifyChallenge(deps, { token: challenge.token }, me)).toEqual({ ok: false, reason: 'too_early' });
    expect(readChallenge(deps, challenge.token)).toEqual(challenge);
    offset = 30_000;
    try {
      expect(await verifyChallenge(deps, { token: challenge.token, counter: '' }, me)).toEqual({ ok: true });
      expect(await verifyChallenge(deps, { token: challenge.token }, me)).toEqual({ ok: false, reason: 'reused' });
    } finally {
      offset = 0;
    }
  });
});
