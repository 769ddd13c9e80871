// Resend delivers its events through Svix. We sign the way Svix does (and the `svix` package verifies):
// svix-id, svix-timestamp in seconds, and svix-signature `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
// keyed with the base64-decoded part of `whsec_…`. Written here rather than with svix's own `sign`
// so the test that verifies with svix checks an independent implementation, not svix against itself.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { StoredEmail, WebhookDelivery, WebhookEventType, WebhookOptions } from './types';

const secretPrefix = 'whsec_';

export function generateWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(24).toString('base64')}`;
}

function secretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, 'base64');
  if (key.length === 0) throw new Error('The webhook secret must be `whsec_` followed by base64 bytes.');
  return key;
}

export function signWebhook(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The event as Resend posts it (see EmailBouncedEvent and friends in resend's types). */
export function buildEmailEvent(type: WebhookEventType, email: StoredEmail, now: number): Record<string, unknown> {
  const data: Record<string, unknown> = {
    created_at: email.created_at,
    email_id: email.id,
    message_id: `<${email.id}@email.local-resend>`,
    from: email.from,
    to: email.to,
    subject: email.subject,
  };
  if (email.tags) data.tags = Object.fromEntries(email.tags.map((t) => [t.name, t.value]));
  if (type === 'email.bounced') {
    data.bounce = {
      message: "The recipient's mail server permanently rejected the email: the address does not exist.",
      subType: 'General',
      type: 'Permanent',
    };
  }
  if (type === 'email.failed') data.failed = { reason: 'The email could not be sent.' };
  if (type === 'email.suppressed') {
    data.suppressed = { message: 'The recipient is on the suppression list.', type: 'OnAccountSuppressionList' };
  }
  return { type, created_at: new Date(now).toISOString(), data };
}

/** Posts events, retrying on the configured schedule; close() stops pending retries and requests. */
export class WebhookSender {
  private stopping = new AbortController();

  constructor(
    private readonly clock: () => number,
    private readonly onDelivery: (delivery: WebhookDelivery) => void,
  ) {}

  async deliver(webhook: WebhookOptions, type: WebhookEventType, email: StoredEmail): Promise<WebhookDelivery> {
    const messageId = `msg_${randomUUID().replaceAll('-', '')}`;
    const body = JSON.stringify(buildEmailEvent(type, email, this.clock()));
    const delays = webhook.retryDelaysMs ?? [];
    const signal = this.stopping.signal;
    const notSent = 'Not sent: the server was closed or reset.';
    let last: WebhookDelivery = { messageId, type, emailId: email.id, attempt: 0, status: null, error: notSent, at: this.clock() };
    for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
      if (attempt > 1) {
        try {
          await delay(delays[attempt - 2]!, undefined, { signal });
        } catch {
          break;
        }
      }
      last = await this.attempt(webhook, { messageId, type, emailId: email.id, attempt }, body, signal);
      // Cut short by close() or reset(): it belongs to a run whose stats are gone.
      if (signal.aborted) break;
      this.onDelivery(last);
      if (last.status !== null && last.status >= 200 && last.status < 300) break;
    }
    return last;
  }

  private async attempt(
    webhook: WebhookOptions,
    ids: Pick<WebhookDelivery, 'messageId' | 'type' | 'emailId' | 'attempt'>,
    body: string,
    signal: AbortSignal,
  ): Promise<WebhookDelivery> {
    const at = this.clock();
    // Svix stamps each attempt anew; receivers reject timestamps more than 5 minutes off.
    const timestamp = Math.floor(Date.now() / 1000);
    const base = { ...ids, at };
    const { messageId } = ids;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Svix-Webhooks/1.0 (local-resend)',
          'svix-id': messageId,
          'svix-timestamp': String(timestamp),
          'svix-signature': signWebhook(webhook.secret, messageId, timestamp, body),
        },
        signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
      });
      await response.arrayBuffer();
      return { ...base, status: response.status, error: null };
    } catch (err) {
      return { ...base, status: null, error: err instanceof Error ? err.message : String(err) };
    }
  }

  close(): void {
    this.stopping.abort();
  }

  /** After close(), a fresh controller so the server can keep sending (used by reset()). */
  restart(): void {
    this.stopping.abort();
    this.stopping = new AbortController();
  }
}
