// The thread that sends provider requests (request-transport.ts): it claims each request's slot in Redis
// and uploads the already serialized body, and does nothing else, so no composing, expanding or database
// work can hold a request up between its slot and its departure.
import { parentPort, workerData } from 'node:worker_threads';
import { Redis } from 'ioredis';
import { transmit, type PaceSpec, type PreparedRequest, type TransportResponse } from '../lib/notices/transport';
import { pacersOn } from './pacer';

export type SenderThreadData = { root: string; entry: string; redisUrl: string };
export type SenderJob = { id: number; request: PreparedRequest; pace?: PaceSpec };
export type SenderReply = { id: number; response: TransportResponse } | { ready: true };

const data = workerData as SenderThreadData;
const redis = new Redis(data.redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true });
redis.on('error', () => {});
const pacerFor = pacersOn(redis);

parentPort!.on('message', (job: SenderJob | { close: true }) => {
  if ('close' in job) {
    redis.disconnect();
    process.exit(0);
  }
  void (async () => {
    let response: TransportResponse;
    try {
      response = await transmit(job.request, job.pace ? pacerFor(job.pace, job.request.timeoutMs) : undefined);
    } catch (err) {
      // The slot could not be claimed (Redis is down): nothing was sent.
      response = { kind: 'network', message: `not sent: ${err instanceof Error ? err.message : String(err)}`, timing: null };
    }
    parentPort!.postMessage({ id: job.id, response } satisfies SenderReply);
  })();
});
parentPort!.postMessage({ ready: true } satisfies SenderReply);
