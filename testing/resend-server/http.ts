// Small node:http helpers for the local Resend server: reading a body, and answering with JSON in the
// shape Resend uses for errors, `{ statusCode, message, name }`. The SDK hands that object back as
// `error` unchanged, so `statusCode` must be in the body, not only in the status line.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ResendErrorName =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'validation_error'
  | 'missing_required_field'
  | 'invalid_idempotency_key'
  | 'invalid_idempotent_request'
  | 'concurrent_idempotent_requests'
  | 'rate_limit_exceeded'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_server_error';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const errorReply = (status: number, name: ResendErrorName, message: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { statusCode: status, message, name },
  headers,
});

export const errorMessages = {
  missingKey:
    'Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.',
  invalidKey: 'API key is invalid',
  invalidIdempotencyKey: 'The key must be between 1-256 chars.',
  conflict: 'Same idempotency key used with a different request payload.',
  concurrent: 'Same idempotency key used while original request is still in progress.',
  internal: 'An unexpected error occurred. Please try again later.',
  notFound: 'The requested endpoint does not exist.',
  methodNotAllowed: 'Method is not allowed for the requested path.',
  rateLimit: (limit: number) =>
    `Too many requests. You can only make ${limit} requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.`,
};

const maxBodyBytes = 40 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new BodyTooLargeError('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.writableEnded || res.destroyed) return;
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...reply.headers,
  });
  res.end(body);
}

/** `Bearer <key>` → key; anything else → null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}
