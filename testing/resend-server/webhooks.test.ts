// The webhooks are checked with the installed `svix` package, the verifier our route handler will use:
// if svix accepts our signatures, it will accept Resend's, which Svix signs the same way.
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Resend } from 'resend';
import { Webhook, WebhookVerificationError } from 'svix';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateWebhookSecret, startResendServer, type ResendServer } from '../resend-server';

interface Received {
  body: string;
  headers: IncomingHttpHeaders;
}

/** A receiver that answers with the next queued status (200 when none) and keeps every raw body. */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const arrivals = new EventEmitter();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(statuses.shift() ?? 200).end();
      arrivals.emit('arrived');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/resend`,
    received,
    statuses,
    async waitForCount(n: number) {
      while (received.length < n) await once(arrivals, 'arrived');
      return received;
    },
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // the sender's keep-alive sockets would hold close() for seconds
      return closed;
    },
  };
}

const svixHeaders = (h: IncomingHttpHeaders) => ({
  'svix-id': String(h['svix-id']),
  'svix-timestamp': String(h['svix-timestamp']),
  'svix-signature': String(h['svix-signature']),
});

const secret = generateWebhookSecret();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let server: ResendServer;
let resend: Resend;
const previousBaseUrl = process.env.RESEND_BASE_URL;

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startResendServer({ webhook: { url: receiver.url, secret } });
  process.env.RESEND_BASE_URL = server.url;
  resend = new Resend('re_test_key');
});
afterEach(() => {
  server.setOptions({ autoDeliver: null, webhook: { url: receiver.url, secret } });
  server.reset();
  receiver.received.length = 0;
  receiver.statuses.length = 0;
});
afterAll(async () => {
  await server.close();
  await receiver.close();
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
});

const send = async (to: string) => {
  const { data, error } = await resend.emails.send({ from: 'notices@example.org', to, subject: 'Your notice', text: 'Hello' });
  if (error) throw new Error(error.message);
  return data.id;
};

describe('webhooks', () => {
  it('signs events so that svix verifies them, and refuses a tampered body or a wrong secret', async () => {
    const id = await send('person@example.com');
    const delivery = await server.sendEvent(id, 'email.delivered');
    expect(delivery).toMatchObject({ status: 200, type: 'email.delivered', emailId: id, attempt: 1 });

    const [{ body, headers }] = receiver.received as [Received];
    expect(headers['svix-timestamp']).toMatch(/^\d{10}$/);
    expect(headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]+={0,2}$/);
    expect(() => new Webhook(secret).verify(body, svixHeaders(headers))).not.toThrow();
    expect(JSON.parse(body)).toMatchObject({
      type: 'email.delivered',
      created_at: expect.any(String),
      data: { email_id: id, to: ['person@example.com'], from: 'notices@example.org', subject: 'Your notice' },
    });

    const tampered = body.replace('person@example.com', 'other@example.com');
    expect(() => new Webhook(secret).verify(tampered, svixHeaders(headers))).toThrow(WebhookVerificationError);
    expect(() => new Webhook(generateWebhookSecret()).verify(body, svixHeaders(headers))).toThrow(WebhookVerificationError);

    // The SDK's own verifier (standardwebhooks, same scheme) agrees.
    const h = svixHeaders(headers);
    expect(() =>
      resend.webhooks.verify({
        payload: body,
        headers: { id: h['svix-id'], timestamp: h['svix-timestamp'], signature: h['svix-signature'] },
        webhookSecret: secret,
      }),
    ).not.toThrow();
  });

  it('puts bounce details in a bounced event and moves last_event', async () => {
    const id = await send('person@example.com');
    await server.sendEvent(id, 'email.bounced');
    const event = JSON.parse(receiver.received[0]!.body);
    expect(event.data.bounce).toEqual({ message: expect.any(String), subType: 'General', type: 'Permanent' });
    expect((await resend.emails.get(id)).data?.last_event).toBe('bounced');
  });

  it('delivers automatically after acceptance, bouncing addresses that contain "bounce"', async () => {
    server.setOptions({ autoDeliver: 'delivered', autoDeliverDelayMs: 5 });
    const good = await send('person@example.com');
    const bad = await send('will-bounce@example.com');
    const events = (await receiver.waitForCount(4)).map((r) => JSON.parse(r.body) as { type: string; data: { email_id: string } });
    const typesFor = (id: string) => events.filter((e) => e.data.email_id === id).map((e) => e.type);
    expect(typesFor(good)).toEqual(['email.sent', 'email.delivered']);
    expect(typesFor(bad)).toEqual(['email.sent', 'email.bounced']);
    expect(server.getEmail(bad)?.last_event).toBe('bounced');
  });

  it('retries a delivery the receiver refused, with the same svix-id', async () => {
    server.setOptions({ webhook: { url: receiver.url, secret, retryDelaysMs: [10, 10] } });
    receiver.statuses.push(500);
    const id = await send('person@example.com');
    const delivery = await server.sendEvent(id, 'email.complained');
    expect(delivery).toMatchObject({ status: 200, attempt: 2 });
    expect(receiver.received.map((r) => r.headers['svix-id'])).toEqual([delivery!.messageId, delivery!.messageId]);
    expect(server.stats().webhookDeliveries.map((d) => d.status)).toEqual([500, 200]);
  });
});
