// A local HTTP server that speaks the part of the Resend API our pipeline uses (POST /emails,
// POST /emails/batch, GET /emails/:id), for tests and benchmarks. Point the real SDK at it with
// RESEND_BASE_URL=<url> before `new Resend(key)`. It can limit the rate, inject 500s, 429s and
// unanswered requests from a seeded PRNG, honours Idempotency-Key like Resend, counts everything the
// reliability tests assert on, and posts Svix-signed webhooks. node:http only, so it starts in
// milliseconds and has nothing of its own to install.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { handleApiRequest } from './resend-server/handle-request';
import { BodyTooLargeError, errorReply, readBody, writeReply } from './resend-server/http';
import { resolveOptions, ServerState } from './resend-server/state';
import type {
  AcceptedEmail,
  ResendServerEvents,
  ResendServerOptions,
  ResendServerStats,
  StoredEmail,
  WebhookDelivery,
  WebhookEventType,
} from './resend-server/types';
import { addressOf } from './resend-server/validate-email';
import { WebhookSender } from './resend-server/webhooks';

export { maxRequestsInAnyWindow, windowsOverLimit } from './resend-server/rate-window';
export { buildEmailEvent, generateWebhookSecret, signWebhook } from './resend-server/webhooks';
export { webhookEventTypes } from './resend-server/types';
export type * from './resend-server/types';

export interface ResendServer {
  /** `http://127.0.0.1:<port>`, no trailing slash: the value for RESEND_BASE_URL. */
  url: string;
  port: number;
  /** Stops listening, drops held (timed-out) and keep-alive connections, cancels pending webhooks. */
  close(): Promise<void>;
  /** A copy of the counters; later requests do not change it. */
  stats(): ResendServerStats;
  /** Forgets emails, keys, counters and the rate window, and re-seeds the failure PRNG. */
  reset(): void;
  /** Changes options on the running server (a new `seed` re-seeds the PRNG). */
  setOptions(partial: Partial<Omit<ResendServerOptions, 'port'>>): void;
  events: EventEmitter<ResendServerEvents>;
  /** The stored email (with `last_event`), or undefined. */
  getEmail(id: string): StoredEmail | undefined;
  /**
   * Moves the email to this event (its `last_event`) and posts the event to the webhook, resolving
   * with the last delivery attempt; null when no webhook is configured. Throws for an unknown id.
   */
  sendEvent(emailId: string, type: WebhookEventType): Promise<WebhookDelivery | null>;
  /** Resolves with the stats once `predicate` holds (checked after every request, acceptance and webhook). */
  waitFor(predicate: (stats: ResendServerStats) => boolean, timeoutMs?: number): Promise<ResendServerStats>;
}

export async function startResendServer(options: ResendServerOptions = {}): Promise<ResendServer> {
  const state = new ServerState(resolveOptions(options));
  const events = new EventEmitter<ResendServerEvents>();
  events.setMaxListeners(100); // each pending waitFor() listens to three events
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const webhooks = new WebhookSender(
    () => state.now(),
    (delivery) => {
      state.stats.webhookDeliveries.push(delivery);
      events.emit('webhook', delivery);
    },
  );

  async function sendEvent(emailId: string, type: WebhookEventType): Promise<WebhookDelivery | null> {
    const email = state.emails.get(emailId);
    if (!email) throw new Error(`No email with id ${emailId} on the local Resend server.`);
    email.last_event = type.slice('email.'.length);
    const webhook = state.options.webhook;
    return webhook ? webhooks.deliver(webhook, type, email) : null;
  }

  function scheduleAutoDelivery(email: StoredEmail): void {
    const outcome = state.options.autoDeliver;
    if (outcome === null) return;
    const bounces = outcome === 'bounced' || email.to.some((to) => state.options.bounceWhen(addressOf(to)));
    const timer = setTimeout(() => {
      timers.delete(timer);
      void (async () => {
        await sendEvent(email.id, 'email.sent');
        await sendEvent(email.id, bounces ? 'email.bounced' : 'email.delivered');
      })().catch(() => {
        // The email was forgotten by reset() meanwhile; nothing is waiting for this delivery.
      });
    }, state.options.autoDeliverDelayMs);
    timers.add(timer);
  }

  const context = {
    state,
    onAccepted(stored: StoredEmail, accepted: AcceptedEmail) {
      events.emit('accepted', accepted);
      scheduleAutoDelivery(stored);
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    state.stats.requests++;
    const path = new URL(req.url ?? '/', 'http://local').pathname.replace(/\/+$/, '') || '/';
    const keyHeader = req.headers['idempotency-key'];
    const idempotencyKey = typeof keyHeader === 'string' ? keyHeader : null;
    if (idempotencyKey !== null) state.countRequestForKey(idempotencyKey);
    const report = (status: number | 'held') => {
      state.countResponse(status);
      events.emit('request', { method: req.method ?? 'GET', path, status, idempotencyKey });
    };

    let rawBody: string;
    try {
      rawBody = await readBody(req);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      writeReply(res, errorReply(413, 'validation_error', err.message));
      report(413);
      return;
    }
    const outcome = await handleApiRequest(context, req, path, rawBody);

    if (outcome.kind === 'hold') {
      // Never answer: the client's timeout (or close()) ends the exchange, as with a stalled provider.
      held.add(res);
      res.on('close', () => held.delete(res));
      report('held');
      return;
    }
    if (!outcome.waited && state.options.latencyMs > 0) await delay(state.options.latencyMs);
    writeReply(res, outcome.reply);
    report(outcome.reply.status);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      writeReply(res, errorReply(500, 'internal_server_error', `Local Resend server bug: ${String(err)}`));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(state.options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const dropHeld = () => {
    for (const res of held) res.destroy();
    held.clear();
  };
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    events,
    async close() {
      clearTimers();
      webhooks.close();
      dropHeld();
      const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      server.closeAllConnections(); // undici's idle keep-alive sockets would otherwise hold close() open
      await closed;
    },
    stats: () => state.snapshot(),
    reset() {
      clearTimers();
      webhooks.restart();
      dropHeld();
      state.reset();
    },
    setOptions(partial) {
      state.update(partial);
    },
    getEmail: (id) => {
      const email = state.emails.get(id);
      return email ? structuredClone(email) : undefined;
    },
    sendEvent,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        // The predicate reads the live counters: cloning every accepted email on every event made a
        // 47,000-notice run quadratic. Only the value handed back is a copy.
        const check = () => {
          if (!predicate(state.stats)) return false;
          cleanup();
          resolve(state.snapshot());
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Local Resend server: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          for (const name of ['request', 'accepted', 'webhook'] as const) events.off(name, check);
        };
        if (check()) return;
        for (const name of ['request', 'accepted', 'webhook'] as const) events.on(name, check);
      });
    },
  };
}
