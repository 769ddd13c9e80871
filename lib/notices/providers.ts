// Where composed notices go: Resend (the real SDK) when a key is configured, otherwise the local outbox
// table, sealed. Both answer with the same outcome type, so the sender does not care which it has.
import { randomUUID } from 'node:crypto';
import { Resend } from 'resend';
import type { Database } from '../../db/index';
import { addOutboxMessages } from '../../db/queries/outbox';
import type { Sealer } from '../crypto';
import { directTransport, type PaceSpec, type RequestTransport, type TransportResponse } from './transport';

export type OutgoingMessage = { noticeId: number; to: string; subject: string; html: string; text: string };

export type SendOutcome =
  | {
      kind: 'accepted';
      accepted: { noticeId: number; messageId: string }[];
      /** Per-message refusals that retrying cannot fix (invalid address…). */
      refused: { noticeId: number; reason: string }[];
      /** From the provider's ratelimit-* headers: wait this long before the next request. */
      pauseMs?: number;
    }
  | { kind: 'rate_limited'; retryAfterMs: number; reason: string }
  | { kind: 'retryable'; reason: string }
  | { kind: 'permanent'; reason: string }
  /**
   * The provider already holds a request under this Idempotency-Key with a different body (409
   * invalid_idempotent_request). It may have accepted that first request: retrying cannot tell, and
   * failing the notices could report mail that went out as failed. A person must look.
   */
  | { kind: 'conflict'; reason: string };

/** How the request travels: the worker's transport (a sender thread) and the provider's rate, if limited. */
export type SendVia = { transport?: RequestTransport; pace?: PaceSpec };

export interface NoticeProvider {
  readonly name: string;
  send(messages: OutgoingMessage[], idempotencyKey: string, via?: SendVia): Promise<SendOutcome>;
}

const PERMANENT_ERRORS = new Set([
  'validation_error',
  'invalid_from_address',
  'invalid_to_address',
  'missing_required_field',
  'invalid_parameter',
]);

function headerNumber(headers: Record<string, string> | null, name: string): number | null {
  const v = headers?.[name];
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * The queue already spaces requests at the configured rate, so an exhausted window only calls for a pause
 * when the provider's own limit is lower than configured (another sender shares the team's limit, or the
 * plan changed) — or when there is no configured rate to rely on. ratelimit-reset is in whole seconds.
 */
export function pauseFromHeaders(headers: Record<string, string> | null, configuredPerSecond: number): number | undefined {
  const remaining = headerNumber(headers, 'ratelimit-remaining');
  const reset = headerNumber(headers, 'ratelimit-reset');
  const limit = headerNumber(headers, 'ratelimit-limit');
  if (remaining !== 0 || reset === null) return undefined;
  const spacingCovers = configuredPerSecond > 0 && limit !== null && limit >= configuredPerSecond;
  return spacingCovers ? undefined : Math.max(reset, 1) * 1000;
}

export function createResendProvider(options: {
  apiKey: string;
  from: string;
  timeoutMs?: number;
  requestsPerSecond?: number;
}): NoticeProvider {
  // The SDK reads RESEND_BASE_URL itself when constructed (that is how tests point it at a local server);
  // its base URL and headers are used for the request, which is serialized here rather than by the SDK
  // so that it is complete before its slot is claimed (transport.ts says why).
  const resend = new Resend(options.apiKey) as unknown as { baseUrl: string; headers: Headers };
  const url = `${resend.baseUrl}/emails/batch`;
  const baseHeaders: Record<string, string> = {
    ...Object.fromEntries(resend.headers.entries()),
    'content-type': 'application/json',
    'x-batch-validation': 'permissive',
  };
  return {
    name: 'resend',
    async send(messages, idempotencyKey, via = {}) {
      const body = Buffer.from(
        JSON.stringify(messages.map((m) => ({ from: options.from, to: [m.to], subject: m.subject, html: m.html, text: m.text }))),
      );
      const transport = via.transport ?? directTransport;
      const response = await transport.send(
        { url, headers: { ...baseHeaders, 'idempotency-key': idempotencyKey }, body, timeoutMs: options.timeoutMs ?? 30_000 },
        via.pace,
      );
      return outcomeOf(response, messages, options.requestsPerSecond ?? 0);
    },
  };
}

type ProviderError = { name: string; message: string };

function errorOf(response: Extract<TransportResponse, { kind: 'response' }>): ProviderError {
  try {
    const parsed = JSON.parse(response.text) as Partial<ProviderError>;
    if (typeof parsed.name === 'string') return { name: parsed.name, message: String(parsed.message ?? '') };
  } catch {
    // not JSON: a proxy's error page or a cut-off answer
  }
  return { name: 'application_error', message: `HTTP ${response.status}` };
}

/** The provider's answer as the sender acts on it, the outcomes mapped in one place. */
export function outcomeOf(response: TransportResponse, messages: OutgoingMessage[], configuredPerSecond: number): SendOutcome {
  if (response.kind === 'network') return { kind: 'retryable', reason: `application_error: ${response.message}`.slice(0, 500) };
  const { status, headers } = response;
  if (status < 200 || status >= 300) {
    const error = errorOf(response);
    const reason = `${error.name}: ${error.message}`.slice(0, 500);
    if (error.name === 'rate_limit_exceeded' || error.name === 'daily_quota_exceeded' || status === 429) {
      const retryAfter = headerNumber(headers, 'retry-after') ?? headerNumber(headers, 'ratelimit-reset') ?? 1;
      return { kind: 'rate_limited', retryAfterMs: Math.max(1, retryAfter) * 1000, reason };
    }
    if (error.name === 'invalid_idempotent_request') return { kind: 'conflict', reason };
    // concurrent_idempotent_requests: the first request with this key is still running; try again later.
    if (status >= 500 || status === 409 || error.name === 'concurrent_idempotent_requests') return { kind: 'retryable', reason };
    if (PERMANENT_ERRORS.has(error.name) || (status >= 400 && status < 500)) return { kind: 'permanent', reason };
    return { kind: 'retryable', reason };
  }
  type BatchAnswer = { data?: { id: string }[]; errors?: { index: number; message: string }[] } | null;
  let body: BatchAnswer;
  try {
    body = JSON.parse(response.text) as BatchAnswer;
  } catch {
    // Accepted but unreadable: retrying under the same key replays the provider's stored answer.
    return { kind: 'retryable', reason: 'application_error: unreadable answer to an accepted request' };
  }
  const refusedIndex = new Map((body?.errors ?? []).map((e) => [e.index, e.message]));
  const ids = body?.data ?? [];
  const accepted: { noticeId: number; messageId: string }[] = [];
  const refused: { noticeId: number; reason: string }[] = [];
  // Permissive validation returns ids for the valid messages in order, and errors by original index.
  let next = 0;
  messages.forEach((m, index) => {
    const why = refusedIndex.get(index);
    if (why !== undefined) refused.push({ noticeId: m.noticeId, reason: `validation_error: ${why}`.slice(0, 500) });
    else {
      const id = ids[next++]?.id;
      if (id) accepted.push({ noticeId: m.noticeId, messageId: id });
      else refused.push({ noticeId: m.noticeId, reason: 'provider returned no id' });
    }
  });
  return { kind: 'accepted', accepted, refused, pauseMs: pauseFromHeaders(headers, configuredPerSecond) };
}

/** What an outbox row holds, sealed. */
export type OutboxMessage = { channel: 'email' | 'letter'; to: string; subject: string; html: string; text: string };

/** A sealed outbox message is bound to its notice: it cannot be moved to another row and still open. */
export function outboxAad(noticeId: number): Buffer {
  return Buffer.from(`dev-outbox:${noticeId}`);
}

/** Opens an outbox row's message. The caller audits the read: the message names a person. */
export function openOutboxMessage(sealer: Sealer, row: { noticeId: number; sealed: Buffer }): OutboxMessage {
  return JSON.parse(sealer.open(row.sealed, outboxAad(row.noticeId))) as OutboxMessage;
}

/** Development: "sending" stores the message sealed; one row per idempotency key, so a retry adds nothing. */
export function createOutboxProvider(db: Database, sealer: Sealer, channel: 'email' | 'letter'): NoticeProvider {
  return {
    name: `${channel}-outbox`,
    async send(messages, idempotencyKey) {
      const ids = await addOutboxMessages(
        db,
        messages.map((m) => ({
          noticeId: m.noticeId,
          idempotencyKey: `${idempotencyKey}/${m.noticeId}`,
          messageId: `${channel}-${randomUUID()}`,
          sealed: sealer.seal(
            JSON.stringify({ channel, to: m.to, subject: m.subject, html: m.html, text: m.text } satisfies OutboxMessage),
            outboxAad(m.noticeId),
          ),
        })),
      );
      const accepted = messages.map((m, i) => ({ noticeId: m.noticeId, messageId: ids[i]! }));
      return { kind: 'accepted', accepted, refused: [] };
    },
  };
}
