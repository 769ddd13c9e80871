// The Resend provider against the local Resend-compatible server, through the real SDK: how each kind of
// answer becomes an outcome the sender acts on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResendServer, type ResendServer } from '../../testing/resend-server';
import { createResendProvider, pauseFromHeaders, type OutgoingMessage } from './providers';

let server: ResendServer;
const message = (noticeId: number, to = `p${noticeId}@example.org`): OutgoingMessage => ({
  noticeId,
  to,
  subject: 'Notice',
  html: '<p>x</p>',
  text: 'x',
});
const provider = (rate = 0) =>
  createResendProvider({ apiKey: 're_unit', from: 'Disclosure Check <n@example.org>', timeoutMs: 1000, requestsPerSecond: rate });

beforeAll(async () => {
  server = await startResendServer({ apiKey: 're_unit', seed: 3 });
  process.env.RESEND_BASE_URL = server.url;
});
afterAll(async () => {
  await server.close();
});

describe('Resend provider', () => {
  it('maps accepted ids to notices and refuses invalid addresses one by one (permissive batch)', async () => {
    server.reset();
    const outcome = await provider().send([message(1), message(2, 'not-an-address'), message(3)], 'k-1');
    expect(outcome.kind).toBe('accepted');
    if (outcome.kind !== 'accepted') return;
    expect(outcome.accepted.map((a) => a.noticeId)).toEqual([1, 3]);
    expect(outcome.refused).toEqual([{ noticeId: 2, reason: expect.stringMatching(/validation_error/) }]);
    expect(server.stats().requestsByKey['k-1']).toBe(1);
  });

  it('turns a 429 into a pause for retry-after', async () => {
    server.reset();
    server.setOptions({ failureRate429: 1 });
    const outcome = await provider().send([message(4)], 'k-2');
    server.setOptions({ failureRate429: 0 });
    expect(outcome).toMatchObject({ kind: 'rate_limited' });
    if (outcome.kind === 'rate_limited') expect(outcome.retryAfterMs).toBeGreaterThanOrEqual(1000);
  });

  it('treats a 500 and an unanswered request as retryable', async () => {
    server.reset();
    server.setOptions({ failureRate500: 1 });
    expect((await provider().send([message(5)], 'k-3')).kind).toBe('retryable');
    server.setOptions({ failureRate500: 0, timeoutRate: 1 });
    expect((await provider().send([message(6)], 'k-4')).kind).toBe('retryable');
    server.setOptions({ timeoutRate: 0 });
  });

  it('answers a different body under a used Idempotency-Key as a conflict, not as something to retry', async () => {
    server.reset();
    expect((await provider().send([message(8)], 'k-6')).kind).toBe('accepted');
    const again = await provider().send([{ ...message(8), subject: 'Changed' }], 'k-6');
    expect(again).toMatchObject({ kind: 'conflict', reason: expect.stringMatching(/^invalid_idempotent_request/) });
  });

  it('pauses on an exhausted window only when the provider allows less than configured', () => {
    const exhausted = { 'ratelimit-remaining': '0', 'ratelimit-reset': '1', 'ratelimit-limit': '2' };
    expect(pauseFromHeaders(exhausted, 2)).toBeUndefined();
    expect(pauseFromHeaders(exhausted, 5)).toBe(1000);
    expect(pauseFromHeaders(exhausted, 0)).toBe(1000);
    expect(pauseFromHeaders({ ...exhausted, 'ratelimit-remaining': '1' }, 5)).toBeUndefined();
  });

  it('reads the headers of a real exhausted window', async () => {
    server.reset();
    server.setOptions({ rateLimitPerSecond: 1 });
    const outcome = await provider(5).send([message(7)], 'k-5');
    server.setOptions({ rateLimitPerSecond: null });
    expect(outcome).toMatchObject({ kind: 'accepted', pauseMs: 1000 });
  });
});
