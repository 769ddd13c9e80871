// Resend's idempotency rules: a key (1–256 chars) is remembered 24 h with its request's fingerprint and
// answer; the same key and body replays the answer, a different body is a 409, and a key whose first
// request has not finished yet is a 409 of its own that is safe to retry. Only successful answers are
// stored: a request refused by validation leaves the key free, as Resend documents.
import { createHash } from 'node:crypto';

export interface StoredResponse {
  status: number;
  body: unknown;
}

type Entry =
  | { state: 'in_progress'; fingerprint: string; startedAt: number }
  | { state: 'done'; fingerprint: string; startedAt: number; response: StoredResponse };

export type ClaimResult =
  { kind: 'claimed' } | { kind: 'replay'; response: StoredResponse } | { kind: 'conflict' } | { kind: 'concurrent' };

export const maxIdempotencyKeyLength = 256;

/** Same path and same JSON (key order ignored) give the same fingerprint. */
export function fingerprintRequest(path: string, body: unknown): string {
  return createHash('sha256').update(path).update('\n').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class IdempotencyStore {
  private entries = new Map<string, Entry>();

  constructor(private ttlMs: number) {}

  setTtl(ttlMs: number): void {
    this.ttlMs = ttlMs;
  }

  reset(): void {
    this.entries.clear();
  }

  claim(key: string, fingerprint: string, now: number): ClaimResult {
    const entry = this.entries.get(key);
    if (entry && now - entry.startedAt >= this.ttlMs) this.entries.delete(key);
    const live = this.entries.get(key);
    if (!live) {
      this.entries.set(key, { state: 'in_progress', fingerprint, startedAt: now });
      return { kind: 'claimed' };
    }
    if (live.fingerprint !== fingerprint) return { kind: 'conflict' };
    if (live.state === 'in_progress') return { kind: 'concurrent' };
    return { kind: 'replay', response: live.response };
  }

  complete(key: string, response: StoredResponse): void {
    const entry = this.entries.get(key);
    if (entry) this.entries.set(key, { state: 'done', fingerprint: entry.fingerprint, startedAt: entry.startedAt, response });
  }

  /** The request failed before doing anything: let the next one with this key start afresh. */
  release(key: string): void {
    if (this.entries.get(key)?.state === 'in_progress') this.entries.delete(key);
  }
}
