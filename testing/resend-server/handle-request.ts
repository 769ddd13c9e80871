// The request pipeline, in the order the real API appears to apply it: route → auth → rate limit →
// injected failure → body validation → idempotency → create. Injected failures only hit the two send
// endpoints, so a test reading `GET /emails/:id` is never failed by them.
import type { IncomingMessage } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { bearerToken, errorMessages, errorReply, type Reply } from './http';
import { fingerprintRequest, maxIdempotencyKeyLength } from './idempotency-store';
import type { RateDecision } from './rate-window';
import type { InjectedFailure, ServerState } from './state';
import type { AcceptedEmail, StoredEmail } from './types';
import { maxBatchSize, validateEmail, type EmailProblem, type ValidEmail } from './validate-email';

export type Outcome = { kind: 'reply'; reply: Reply; waited: boolean } | { kind: 'hold' };

export interface RequestContext {
  state: ServerState;
  onAccepted(stored: StoredEmail, accepted: AcceptedEmail): void;
}

type Route = { kind: 'send-one' } | { kind: 'send-batch' } | { kind: 'get-email'; id: string };

function matchRoute(method: string, path: string): Route | Reply {
  const methodNotAllowed = errorReply(405, 'method_not_allowed', errorMessages.methodNotAllowed);
  if (path === '/emails') return method === 'POST' ? { kind: 'send-one' } : methodNotAllowed;
  if (path === '/emails/batch') return method === 'POST' ? { kind: 'send-batch' } : methodNotAllowed;
  const one = /^\/emails\/([^/]+)$/.exec(path);
  if (one) return method === 'GET' ? { kind: 'get-email', id: decodeURIComponent(one[1]!) } : methodNotAllowed;
  return errorReply(404, 'not_found', errorMessages.notFound);
}

function rateHeaders(decision: RateDecision | null): Record<string, string> {
  if (!decision) return {};
  return {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
  };
}

const reply = (r: Reply, waited = false): Outcome => ({ kind: 'reply', reply: r, waited });

export async function handleApiRequest(ctx: RequestContext, req: IncomingMessage, path: string, rawBody: string): Promise<Outcome> {
  const { state } = ctx;
  const method = req.method ?? 'GET';
  const route = matchRoute(method, path);
  if (!('kind' in route)) return reply(route);

  const token = bearerToken(req.headers.authorization);
  if (token === null) return reply(errorReply(401, 'missing_api_key', errorMessages.missingKey));
  if (state.options.apiKey !== null && token !== state.options.apiKey) {
    return reply(errorReply(403, 'invalid_api_key', errorMessages.invalidKey));
  }

  const arrivedAt = state.now();
  state.stats.requestTimes.all.push(arrivedAt);
  const decision = state.limiter.take(arrivedAt);
  // When the request counted for the limiter (its body fully read), so a client can measure its own
  // departure-to-arrival time; a real provider sends no such header.
  const headers = { ...rateHeaders(decision), 'x-local-arrived-at': String(arrivedAt) };
  if (decision && !decision.allowed) {
    state.stats.rateLimited++;
    const retry = { ...headers, 'retry-after': String(decision.resetSeconds) };
    return reply(errorReply(429, 'rate_limit_exceeded', errorMessages.rateLimit(decision.limit), retry));
  }
  state.stats.requestTimes.admitted.push(arrivedAt);

  if (route.kind === 'get-email') return reply(getEmail(state, route.id, headers));

  const failure = state.drawFailure();
  const failNow = failure === '429' || (failure !== null && !state.options.failAfterAccept);
  if (failNow) return injectFailure(state, failure!, headers);

  const outcome = await sendEmails(ctx, req, route.kind, path, rawBody, headers);
  if (failure !== null && outcome.kind === 'reply' && outcome.reply.status === 200) return injectFailure(state, failure, headers);
  return outcome;
}

function injectFailure(state: ServerState, failure: Exclude<InjectedFailure, null>, headers: Record<string, string>): Outcome {
  if (failure === 'timeout') {
    state.stats.timedOut++;
    return { kind: 'hold' };
  }
  if (failure === '500') {
    state.stats.injected500++;
    return reply(errorReply(500, 'internal_server_error', errorMessages.internal, headers));
  }
  state.stats.injected429++;
  const retry = { ...headers, 'ratelimit-remaining': '0', 'ratelimit-reset': '1', 'retry-after': '1' };
  return reply(errorReply(429, 'rate_limit_exceeded', errorMessages.rateLimit(state.options.rateLimitPerSecond ?? 2), retry));
}

function getEmail(state: ServerState, id: string, headers: Record<string, string>): Reply {
  const email = state.emails.get(id);
  if (!email) return errorReply(404, 'not_found', 'Email not found', headers);
  const { idempotencyKey: _key, ...visible } = email;
  return { status: 200, body: { object: 'email', ...visible, scheduled_at: null }, headers };
}

type Checked = { ok: true; emails: ValidEmail[]; errors: { index: number; message: string }[] } | { ok: false; problem: EmailProblem };

function checkPayload(kind: 'send-one' | 'send-batch', body: unknown, permissive: boolean): Checked {
  if (kind === 'send-one') {
    const check = validateEmail(body, { inBatch: false });
    return check.ok ? { ok: true, emails: [check.email], errors: [] } : check;
  }
  if (!Array.isArray(body))
    return { ok: false, problem: { name: 'validation_error', message: 'The batch must be a JSON array of emails.' } };
  if (body.length === 0) return { ok: false, problem: { name: 'validation_error', message: 'The batch must contain at least 1 email.' } };
  if (body.length > maxBatchSize) {
    return {
      ok: false,
      problem: { name: 'validation_error', message: `Too many emails in the batch: the maximum is ${maxBatchSize}, not ${body.length}.` },
    };
  }
  const emails: ValidEmail[] = [];
  const errors: { index: number; message: string }[] = [];
  for (const [index, item] of body.entries()) {
    const check = validateEmail(item, { inBatch: true });
    if (check.ok) emails.push(check.email);
    else if (!permissive) return { ok: false, problem: { ...check.problem, message: `emails[${index}]: ${check.problem.message}` } };
    else errors.push({ index, message: check.problem.message });
  }
  return { ok: true, emails, errors };
}

async function sendEmails(
  ctx: RequestContext,
  req: IncomingMessage,
  kind: 'send-one' | 'send-batch',
  path: string,
  rawBody: string,
  headers: Record<string, string>,
): Promise<Outcome> {
  const { state } = ctx;
  const keyHeader = req.headers['idempotency-key'];
  const key = typeof keyHeader === 'string' ? keyHeader : null;
  if (key !== null && (key.length < 1 || key.length > maxIdempotencyKeyLength)) {
    return reply(errorReply(400, 'invalid_idempotency_key', errorMessages.invalidIdempotencyKey, headers));
  }

  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return reply(errorReply(422, 'validation_error', 'The request body is not valid JSON.', headers));
  }
  const mode = req.headers['x-batch-validation'] ?? 'strict';
  if (kind === 'send-batch' && mode !== 'strict' && mode !== 'permissive') {
    return reply(errorReply(422, 'validation_error', 'The `x-batch-validation` header must be `strict` or `permissive`.', headers));
  }
  const checked = checkPayload(kind, body, mode === 'permissive');
  if (!checked.ok) return reply(errorReply(422, checked.problem.name, checked.problem.message, headers));

  if (key !== null) {
    const claim = state.idempotency.claim(key, fingerprintRequest(path, body), state.now());
    if (claim.kind === 'conflict') return reply(errorReply(409, 'invalid_idempotent_request', errorMessages.conflict, headers));
    if (claim.kind === 'concurrent') return reply(errorReply(409, 'concurrent_idempotent_requests', errorMessages.concurrent, headers));
    if (claim.kind === 'replay') {
      state.stats.replays++;
      return reply({ ...claim.response, headers });
    }
  }

  // The latency is spent while the key is claimed, so a second request with the key sees it in progress.
  if (state.options.latencyMs > 0) await delay(state.options.latencyMs);
  const ids: { id: string }[] = [];
  for (const email of checked.emails) {
    const { stored, accepted } = state.accept(email, key);
    ids.push({ id: stored.id });
    ctx.onAccepted(stored, accepted);
  }
  if (ids.length > 0) state.stats.requestTimes.accepted.push(state.now());
  const responseBody = kind === 'send-one' ? ids[0] : mode === 'permissive' ? { data: ids, errors: checked.errors } : { data: ids };
  if (key !== null) state.idempotency.complete(key, { status: 200, body: responseBody });
  return reply({ status: 200, body: responseBody, headers }, true);
}
