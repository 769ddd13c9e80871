// Drives the real `resend` SDK against the local server: what the sender will see is what these assert.
import { Resend } from 'resend';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maxRequestsInAnyWindow, startResendServer, type ResendServer } from './resend-server';

const apiKey = 're_test_key';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const email = (n: number, extra: Record<string, unknown> = {}) => ({
  from: 'Disclosure Check <notices@example.org>',
  to: `person${n}@example.com`,
  subject: `Notice ${n}`,
  html: `<p>Notice ${n}</p>`,
  text: `Notice ${n}`,
  ...extra,
});
const defaults = {
  rateLimitPerSecond: null,
  failureRate500: 0,
  failureRate429: 0,
  timeoutRate: 0,
  failAfterAccept: false,
  latencyMs: 0,
  seed: 1,
};

let server: ResendServer;
let resend: Resend;
let fakeNow = Date.UTC(2025, 0, 1);
const previousBaseUrl = process.env.RESEND_BASE_URL;

beforeAll(async () => {
  server = await startResendServer({ apiKey, clock: () => fakeNow });
  process.env.RESEND_BASE_URL = server.url;
  resend = new Resend(apiKey);
});
afterEach(() => {
  server.setOptions(defaults);
  server.reset();
});
afterAll(async () => {
  await server.close();
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
});

describe('sending', () => {
  it('accepts one email and serves it back with its last event', async () => {
    const sent = await resend.emails.send({ ...email(1), tags: [{ name: 'notice', value: 'n_1' }] });
    expect(sent.error).toBeNull();
    expect(sent.data?.id).toMatch(uuid);
    const got = await resend.emails.get(sent.data!.id);
    expect(got.data).toMatchObject({
      object: 'email',
      id: sent.data!.id,
      to: ['person1@example.com'],
      subject: 'Notice 1',
      last_event: 'queued',
    });
    expect(server.stats()).toMatchObject({ acceptedTotal: 1, acceptedEmails: [{ id: sent.data!.id, to: ['person1@example.com'] }] });
  });

  it('refuses what Resend refuses, with its error names', async () => {
    const noTo = await resend.emails.send({ ...email(1), to: [] });
    expect(noTo.error).toMatchObject({ statusCode: 422, name: 'missing_required_field' });
    const badFrom = await resend.emails.send({ ...email(1), from: 'not an address' });
    expect(badFrom.error).toMatchObject({ statusCode: 422, name: 'validation_error' });
    const tooMany = await resend.emails.send({ ...email(1), to: Array.from({ length: 51 }, (_, i) => `p${i}@example.com`) });
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: 'validation_error' });
    const wrongKey = await new Resend('re_wrong').emails.send(email(1));
    expect(wrongKey.error).toMatchObject({ statusCode: 403, name: 'invalid_api_key' });
    const noKey = await fetch(`${server.url}/emails`, { method: 'POST', body: JSON.stringify(email(1)) });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ name: 'missing_api_key' });
    expect(server.stats().acceptedTotal).toBe(0);
  });

  it('sends a batch of 100 and refuses 101', async () => {
    const hundred = await resend.batch.send(Array.from({ length: 100 }, (_, i) => email(i)));
    expect(hundred.error).toBeNull();
    expect(new Set(hundred.data!.data.map((d) => d.id)).size).toBe(100);
    const tooMany = await resend.batch.send(Array.from({ length: 101 }, (_, i) => email(i)));
    expect(tooMany.data).toBeNull();
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(server.stats().acceptedTotal).toBe(100);
  });

  it('rejects a whole strict batch for one bad item, and reports it by index when permissive', async () => {
    const items = [email(0), email(1, { to: 'broken' }), email(2)];
    const strict = await resend.batch.send(items);
    expect(strict.error).toMatchObject({ statusCode: 422, message: expect.stringContaining('emails[1]') });
    expect(server.stats().acceptedTotal).toBe(0);
    const permissive = await resend.batch.send(items, { batchValidation: 'permissive' });
    expect(permissive.data?.data).toHaveLength(2);
    expect(permissive.data?.errors).toEqual([{ index: 1, message: expect.stringContaining('`to`') }]);
    expect(server.stats().acceptedTotal).toBe(2);
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and body, creating nothing', async () => {
    const key = 'notice/n_1';
    const first = await resend.emails.send(email(1), { idempotencyKey: key });
    const again = await resend.emails.send(email(1), { idempotencyKey: key });
    expect(again.data?.id).toBe(first.data?.id);
    const batchKey = 'batch/b_1';
    const batchFirst = await resend.batch.send([email(2), email(3)], { idempotencyKey: batchKey });
    const batchAgain = await resend.batch.send([email(2), email(3)], { idempotencyKey: batchKey });
    expect(batchAgain.data?.data).toEqual(batchFirst.data?.data);
    const stats = server.stats();
    expect(stats.requestsByKey).toEqual({ [key]: 2, [batchKey]: 2 });
    expect(stats.acceptedByKey).toEqual({ [key]: 1, [batchKey]: 2 });
    expect(stats).toMatchObject({ acceptedTotal: 3, replays: 2 });
  });

  it('refuses the same key with a different body, a key in progress, and a key over 256 characters', async () => {
    await resend.emails.send(email(1), { idempotencyKey: 'k' });
    const changed = await resend.emails.send(email(2), { idempotencyKey: 'k' });
    expect(changed.error).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' });

    server.setOptions({ latencyMs: 150 });
    const both = await Promise.all([1, 2].map(() => resend.emails.send(email(3), { idempotencyKey: 'slow' })));
    expect(both.filter((r) => r.data).length).toBe(1);
    expect(both.find((r) => r.error)?.error).toMatchObject({ statusCode: 409, name: 'concurrent_idempotent_requests' });

    const long = await resend.emails.send(email(4), { idempotencyKey: 'x'.repeat(257) });
    expect(long.error).toMatchObject({ statusCode: 400, name: 'invalid_idempotency_key' });
    expect(server.stats().acceptedByKey).toEqual({ k: 1, slow: 1 });
  });

  it('forgets a key after 24 hours', async () => {
    const first = await resend.emails.send(email(1), { idempotencyKey: 'day' });
    fakeNow += 24 * 60 * 60 * 1000;
    const later = await resend.emails.send(email(1), { idempotencyKey: 'day' });
    expect(later.data?.id).not.toBe(first.data?.id);
    expect(server.stats().acceptedByKey).toEqual({ day: 2 });
  });
});

describe('rate limit', () => {
  it('answers 429 over the limit with headers the SDK hands back, and lets requests through once the second has passed', async () => {
    server.setOptions({ rateLimitPerSecond: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => resend.emails.send(email(n))));
    const ok = results.filter((r) => r.data);
    const limited = results.filter((r) => r.error);
    expect(ok).toHaveLength(2);
    expect(ok[0]!.headers).toMatchObject({ 'ratelimit-limit': '2' });
    expect(limited).toHaveLength(3);
    expect(limited[0]!.error).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
    expect(limited[0]!.headers).toMatchObject({
      'ratelimit-limit': '2',
      'ratelimit-remaining': '0',
      'retry-after': '1',
      'ratelimit-reset': '1',
    });

    fakeNow += 1000;
    expect((await resend.emails.send(email(6))).error).toBeNull();
    const stats = server.stats();
    expect(stats.rateLimited).toBe(3);
    expect(maxRequestsInAnyWindow(stats.requestTimes.admitted)).toBe(2);
    expect(maxRequestsInAnyWindow(stats.requestTimes.all)).toBe(5);
  });
});

describe('failure injection', () => {
  const run = async (count: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      const r = await resend.emails.send(email(i));
      statuses.push(r.error ? (r.error.statusCode ?? -1) : 200);
    }
    return statuses;
  };

  it('fails roughly the configured shares, the same way for the same seed', async () => {
    server.setOptions({ seed: 42, failureRate500: 0.2, failureRate429: 0.1 });
    const first = await run(300);
    const count = (s: number) => first.filter((x) => x === s).length;
    expect(count(500)).toBeGreaterThan(40);
    expect(count(500)).toBeLessThan(80);
    expect(count(429)).toBeGreaterThan(15);
    expect(count(429)).toBeLessThan(45);
    expect(server.stats()).toMatchObject({ injected500: count(500), injected429: count(429), acceptedTotal: count(200) });
    server.reset();
    expect(await run(300)).toEqual(first);
  });

  it('shows the SDK error and headers for an injected 500', async () => {
    server.setOptions({ failureRate500: 1 });
    const r = await resend.emails.send(email(1));
    expect(r.error).toEqual({ statusCode: 500, name: 'internal_server_error', message: expect.any(String) });
    expect(r.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('can lose the answer after accepting, which a retry with the same key recovers', async () => {
    server.setOptions({ failureRate500: 1, failAfterAccept: true });
    const lost = await resend.emails.send(email(1), { idempotencyKey: 'notice/lost' });
    expect(lost.error?.statusCode).toBe(500);
    expect(server.stats().acceptedTotal).toBe(1);
    server.setOptions({ failureRate500: 0 });
    const retried = await resend.emails.send(email(1), { idempotencyKey: 'notice/lost' });
    expect(retried.data?.id).toBe(server.stats().acceptedEmails[0]!.id);
    expect(server.stats().acceptedByKey).toEqual({ 'notice/lost': 1 });
  });

  it('never answers an injected timeout, so the client has to give up', async () => {
    server.setOptions({ timeoutRate: 1 });
    const raw = fetch(`${server.url}/emails`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(email(1)),
      signal: AbortSignal.timeout(200),
    });
    await expect(raw).rejects.toMatchObject({ name: 'TimeoutError' });
    const viaSdk = await resend.emails.send(email(2), { signal: AbortSignal.timeout(200) });
    expect(viaSdk).toMatchObject({ data: null, headers: null, error: { name: 'application_error', statusCode: null } });
    expect(server.stats()).toMatchObject({ timedOut: 2, acceptedTotal: 0 });
  });
});

describe('maxRequestsInAnyWindow', () => {
  it('counts the busiest half-open window', () => {
    expect(maxRequestsInAnyWindow([])).toBe(0);
    expect(maxRequestsInAnyWindow([0, 999, 1000, 1999])).toBe(2);
    expect(maxRequestsInAnyWindow([5, 0, 10, 2000])).toBe(3);
    expect(maxRequestsInAnyWindow([0, 100, 200], 150)).toBe(2);
  });
});
