// Provider requests go out from a thread of their own (sender-thread.ts): the event loop that composes
// groups, expands batches and talks to PostgreSQL hands it a finished body and waits for the answer. If the
// thread cannot start (or dies), requests are sent from this thread instead, paced the same way: slower to
// react under load, never wrong.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Redis } from 'ioredis';
import { transmit, type RequestTiming, type RequestTransport, type TransportResponse } from '../lib/notices/transport';
import { pacersOn } from './pacer';
import type { SenderJob, SenderReply, SenderThreadData } from './sender-thread';

// Plain CommonJS, as in lib/records/batch-processor.ts, so tsx, vitest and Next all start it alike.
const bootstrap = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const requireFromRoot = createRequire(workerData.root + '/package.json');
requireFromRoot('tsx/cjs/api').register();
requireFromRoot(workerData.entry);
`;

export type TransportStats = {
  requests: number;
  onThread: boolean;

  /** Departure (last byte written) to arrival (the server's stamp), where the server reports arrival. */
  departureToArrivalMs: { samples: number; p50: number; p90: number; p99: number; max: number } | null;
  /** Departure to the answer: how long each request holds its place in the provider's window. */
  departureToAnswerMs: { samples: number; p50: number; p90: number; p99: number; max: number } | null;
};

export type MeasuredTransport = RequestTransport & { stats(): TransportStats };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export function createRequestTransport(redis: Redis, redisUrl: string, options: { thread?: boolean } = {}): MeasuredTransport {
  const pacerFor = pacersOn(redis);
  const timings: RequestTiming[] = [];
  let requests = 0;
  const record = (r: TransportResponse) => {
    requests++;
    if (r.timing) {
      timings.push(r.timing);
      if (timings.length > 20_000) timings.shift();
    }
    return r;
  };

  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (r: TransportResponse) => void>();
  const lost = (message: string) => {
    worker = null;
    // A request the thread had taken may or may not have left: retrying it is safe (same key, same body).
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve({ kind: 'network', message, timing: null });
    }
  };
  // Started at the first request, so a process that never calls the provider (letters, the outbox) never
  // starts a thread.
  let ready: Promise<boolean> | undefined;
  const start = (): Promise<boolean> =>
    (ready ??=
      options.thread === false
        ? Promise.resolve(false)
        : new Promise((resolve) => {
            const root = process.cwd();
            try {
              const w = new Worker(bootstrap, {
                eval: true,
                workerData: { root, entry: path.join(root, 'workers/sender-thread.ts'), redisUrl } satisfies SenderThreadData,
              });
              w.unref();
              w.on('message', (m: SenderReply) => {
                if ('ready' in m) {
                  worker = w;
                  return resolve(true);
                }
                const done = pending.get(m.id);
                pending.delete(m.id);
                done?.(m.response);
              });
              w.on('error', (err) => {
                lost(`sender thread failed: ${err.message}`);
                resolve(false);
              });
              w.on('exit', () => {
                lost('sender thread exited');
                resolve(false);
              });
            } catch {
              resolve(false);
            }
          }));

  return {
    async send(request, pace) {
      if ((await start()) && worker) {
        const w = worker;
        const id = nextId++;
        const body = new Uint8Array(request.body); // a copy of its own, moved to the thread without copying again
        return record(
          await new Promise<TransportResponse>((resolve) => {
            pending.set(id, resolve);
            w.postMessage({ id, request: { ...request, body }, pace } satisfies SenderJob, [body.buffer]);
          }),
        );
      }
      return record(await transmit(request, pace ? pacerFor(pace, request.timeoutMs) : undefined));
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) {
        const exited = new Promise((resolve) => w.once('exit', resolve));
        w.postMessage({ close: true });
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      }
    },
    stats() {
      const summary = (d: number[]) =>
        d.length ? { samples: d.length, p50: percentile(d, 0.5), p90: percentile(d, 0.9), p99: percentile(d, 0.99), max: d.at(-1)! } : null;
      const arrival = timings
        .filter((t) => t.arrivedAt !== null)
        .map((t) => t.arrivedAt! - t.departedAt)
        .sort((a, b) => a - b);
      const answer = timings
        .filter((t) => t.answeredAt !== null)
        .map((t) => t.answeredAt! - t.departedAt)
        .sort((a, b) => a - b);
      return {
        requests,
        onThread: worker !== null,
        departureToArrivalMs: summary(arrival),
        departureToAnswerMs: summary(answer),
      };
    },
  };
}
