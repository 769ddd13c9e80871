// The shapes the local Resend server takes and reports. Kept apart from the server so the CLI,
// the tests and the benchmarks can name them without pulling in node:http.

export const webhookEventTypes = [
  'email.sent',
  'email.delivered',
  'email.delivery_delayed',
  'email.bounced',
  'email.complained',
  'email.failed',
  'email.suppressed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface WebhookOptions {
  url: string;
  /** Svix-style `whsec_<base64>`; the part after the prefix is the HMAC key. */
  secret: string;
  /**
   * Delays before re-sending an event the receiver did not take (non-2xx or no answer). Resend waits
   * 5 s, 5 min, 30 min…; tests want none or a few short ones. Default: no retries.
   */
  retryDelaysMs?: number[];
}

export interface ResendServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`; when null any bearer token is taken. */
  apiKey?: string | null;
  /** Requests admitted per sliding one-second window across all API requests; null = unlimited. */
  rateLimitPerSecond?: number | null;
  /** Share (0..1) of send requests answered 500 `internal_server_error`. */
  failureRate500?: number;
  /** Share (0..1) of send requests answered 429 `rate_limit_exceeded` regardless of the real rate. */
  failureRate429?: number;
  /** Share (0..1) of send requests never answered: the socket is held until the client gives up. */
  timeoutRate?: number;
  /**
   * When true, injected 500s and timeouts happen AFTER the emails were accepted and the idempotency
   * record saved: the send happened but its answer was lost, which is what idempotency keys exist for.
   * When false (default) they happen before anything is created.
   */
  failAfterAccept?: boolean;
  /** Seed for the failure draws (one draw per send request), so a run can be repeated exactly. */
  seed?: number;
  /** Added before every API answer (never before a held, timed-out one). */
  latencyMs?: number;
  /** How long an idempotency key is remembered. Resend: 24 h. */
  idempotencyTtlMs?: number;
  webhook?: WebhookOptions | null;
  /** After acceptance, send `email.sent` then this outcome to the webhook; null = only on `sendEvent`. */
  autoDeliver?: 'delivered' | 'bounced' | null;
  autoDeliverDelayMs?: number;
  /** Recipients that bounce when autoDeliver is 'delivered'. Default: the address contains "bounce". */
  bounceWhen?: (address: string) => boolean;
  /** Milliseconds since the epoch; tests pass a fake clock to move the rate window and key expiry. */
  clock?: () => number;
}

export interface AcceptedEmail {
  id: string;
  to: string[];
  subject: string;
  idempotencyKey: string | null;
  acceptedAt: number;
}

export interface StoredEmail {
  id: string;
  from: string;
  to: string[];
  cc: string[] | null;
  bcc: string[] | null;
  reply_to: string[] | null;
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string> | null;
  tags: { name: string; value: string }[] | null;
  created_at: string;
  last_event: string;
  idempotencyKey: string | null;
}

export interface WebhookDelivery {
  /** The svix-id: the same on every attempt for one event. */
  messageId: string;
  type: WebhookEventType;
  emailId: string;
  attempt: number;
  /** The receiver's HTTP status, or null when it could not be reached. */
  status: number | null;
  error: string | null;
  at: number;
}

export interface ResendServerStats {
  /** Every HTTP request received, whatever became of it. */
  requests: number;
  responsesByStatus: Record<string, number>;
  /** Every request that carried the key, counted on arrival (refused, failed and replayed ones too). */
  requestsByKey: Record<string, number>;
  /** Emails newly created under each key; a replay adds nothing. */
  acceptedByKey: Record<string, number>;
  acceptedTotal: number;
  acceptedEmails: AcceptedEmail[];
  /** Requests answered from a stored idempotent response. */
  replays: number;
  rateLimited: number;
  injected500: number;
  injected429: number;
  timedOut: number;
  requestTimes: {
    /** Arrival of every authenticated request that reached the limiter, admitted or not. */
    all: number[];
    /** Requests the limiter let through. */
    admitted: number[];
    /** Requests that created at least one email. */
    accepted: number[];
  };
  webhookDeliveries: WebhookDelivery[];
}

export interface ResendServerEvents {
  request: [{ method: string; path: string; status: number | 'held'; idempotencyKey: string | null }];
  accepted: [AcceptedEmail];
  webhook: [WebhookDelivery];
}
