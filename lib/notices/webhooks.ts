// Resend delivery webhooks: verified on the raw body (Resend signs with Svix; svix also refuses a
// timestamp more than five minutes off), then applied once per event id.
import { Webhook, WebhookVerificationError } from 'svix';
import type { Executor } from '../../db/index';
import { applyDeliveryEvent, type ApplyResult } from '../../db/queries/deliveries';

export type WebhookResponse = { status: number; body: { ok: boolean; result?: ApplyResult; error?: string } };

type ResendEvent = { type?: unknown; data?: { email_id?: unknown } };

export async function receiveResendWebhook(
  db: Executor,
  secret: string | undefined,
  rawBody: string,
  headers: { get(name: string): string | null },
): Promise<WebhookResponse> {
  if (!secret) return { status: 503, body: { ok: false, error: 'Webhooks are not configured (RESEND_WEBHOOK_SECRET).' } };
  const svixHeaders = {
    'svix-id': headers.get('svix-id') ?? '',
    'svix-timestamp': headers.get('svix-timestamp') ?? '',
    'svix-signature': headers.get('svix-signature') ?? '',
  };
  let event: ResendEvent;
  try {
    // svix 2.5's verify() checks signature and timestamp and returns nothing; the body is parsed after.
    new Webhook(secret).verify(rawBody, svixHeaders);
    event = JSON.parse(rawBody) as ResendEvent;
  } catch (err) {
    const reason = err instanceof WebhookVerificationError ? err.message : 'unreadable payload';
    return { status: 401, body: { ok: false, error: `Signature refused: ${reason}` } };
  }
  if (typeof event.type !== 'string' || typeof event.data?.email_id !== 'string') {
    return { status: 400, body: { ok: false, error: 'The event has no type or email_id.' } };
  }
  const result = await applyDeliveryEvent(db, { eventId: svixHeaders['svix-id'], type: event.type, messageId: event.data.email_id });
  // An event for a message we never sent is acknowledged, so Resend does not retry it for days.
  return { status: 200, body: { ok: true, result } };
}
