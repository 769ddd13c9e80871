// How a provider request travels: a fully serialized body handed to a transport, which waits for the
// request's slot (when the provider limits the rate), writes it and reports when it really left.
//
// Why not the SDK's call: the SDK serializes the body and uploads it inside the same call, on the event
// loop that also composes groups, expands batches and talks to PostgreSQL. A request whose slot had been
// claimed 525 ms after the previous one could then arrive 233 ms after it (BENCHMARKS.md) — three
// arrivals in one sliding second, and a 429. So the body is built first, the slot is claimed only when
// the bytes are ready, the upload runs where nothing else does (workers/request-transport.ts puts this
// on a thread of its own), and the slot is held until the answer is back (workers/pacer.ts says why).
import http from 'node:http';
import https from 'node:https';

/**
 * The provider's rate limit: at most `limit` requests arriving in any sliding `windowMs`, kept in Redis
 * under `key` across processes (workers/pacer.ts).
 */
export type PaceSpec = { key: string; limit: number; windowMs: number };
export type PreparedRequest = { url: string; headers: Record<string, string>; body: Uint8Array; timeoutMs: number };
/**
 * Epoch milliseconds. `arrivedAt` only where the server says (the local Resend-compatible server does);
 * `answeredAt` when the answer was read, an upper bound on the arrival.
 */
export type RequestTiming = { claimedAt: number; departedAt: number; arrivedAt: number | null; answeredAt: number | null };
export type TransportResponse =
  | { kind: 'response'; status: number; headers: Record<string, string>; text: string; timing: RequestTiming }
  | { kind: 'network'; message: string; timing: RequestTiming | null };

export interface RequestTransport {
  send(request: PreparedRequest, pace?: PaceSpec): Promise<TransportResponse>;
  close(): Promise<void>;
}

/** Waits for the slot, then runs `send`, which calls `departed` once the request has left. */
export type Pace = <T>(send: (departed: () => void) => Promise<T>) => Promise<T>;

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

function flatHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** One POST of an already serialized body, paced when `pace` is given. Never throws. */
export function transmit(request: PreparedRequest, pace?: Pace): Promise<TransportResponse> {
  const go = (departed: () => void) =>
    new Promise<TransportResponse>((resolve) => {
      const claimedAt = Date.now();
      let departedAt = 0;
      const timing = (): RequestTiming | null => (departedAt ? { claimedAt, departedAt, arrivedAt: null, answeredAt: null } : null);
      const url = new URL(request.url);
      const secure = url.protocol === 'https:';
      let settled = false;
      const settle = (r: TransportResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve(r);
      };
      const req = (secure ? https : http).request(
        url,
        {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          headers: { ...request.headers, 'content-length': String(request.body.byteLength) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => settle({ kind: 'network', message: err.message, timing: timing() }));
          res.on('end', () => {
            const headers = flatHeaders(res.headers);
            const arrived = Number(headers['x-local-arrived-at']);
            settle({
              kind: 'response',
              status: res.statusCode ?? 0,
              headers,
              text: Buffer.concat(chunks).toString('utf8'),
              timing: {
                claimedAt,
                departedAt: departedAt || Date.now(),
                arrivedAt: Number.isFinite(arrived) && arrived > 0 ? arrived : null,
                answeredAt: Date.now(),
              },
            });
          });
        },
      );
      // The whole exchange, not just an idle socket: a provider that holds the request is a timeout.
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)), request.timeoutMs);
      req.on('finish', () => {
        departedAt = Date.now();
        departed();
      });
      req.on('error', (err) => settle({ kind: 'network', message: err.message, timing: timing() }));
      req.end(request.body);
    });
  return pace ? pace(go) : go(() => {});
}

/** Sends on the calling thread, without pacing: for a provider used on its own (tests, scripts). */
export const directTransport: RequestTransport = {
  send: (request) => transmit(request),
  close: async () => {},
};
