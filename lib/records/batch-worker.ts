// Runs inside an import worker thread (see batch-processor.ts): builds the same hasher and sealer from the key
// material it was started with, keys each batch it is sent and keeps its validated rows until it is told which
// of them to seal.
import { parentPort, workerData } from 'node:worker_threads';
import { createHasher, createSealer } from '../crypto';
import type { IsoDate } from '../identifiers/dates';
import type { BatchRequest, BatchResponse, BatchWorkerData } from './batch-processor';
import { createBatchWork, rowRoute, type SealedBatch, type ValidatedBatch } from './import-batch';

const data = workerData as BatchWorkerData;
// Buffers arrive as plain Uint8Arrays after the structured clone.
const work = createBatchWork({
  hasher: createHasher(Buffer.from(data.pepper)),
  sealer: createSealer({
    dataKeys: new Map(data.dataKeys.map(([version, key]) => [version, Buffer.from(key)])),
    currentKeyVersion: data.currentKeyVersion,
  }),
  columns: data.columns,
  today: data.today as IsoDate,
});
const held = new Map<number, ValidatedBatch>();
// The tuples' buffers move to the main thread rather than being copied.
const transferOf = (sealed: SealedBatch) => [sealed.inserts.bytes.buffer as ArrayBuffer, sealed.upserts.bytes.buffer as ArrayBuffer];
const port = parentPort!;

port.on('message', (request: BatchRequest) => {
  try {
    if (request.kind === 'key') {
      const { keyed, validated } = work.keyBatch(request.raw);
      held.set(request.id, validated);
      port.postMessage({ kind: 'keyed', id: request.id, keyed } satisfies BatchResponse);
    } else if (request.kind === 'keySeal') {
      const { keyed, validated } = work.keyBatch(request.raw);
      const sealed = work.sealBatch(validated, new Uint8Array(keyed.count).fill(rowRoute.insert), request.importId);
      port.postMessage({ kind: 'keyedSealed', id: request.id, keyed, sealed } satisfies BatchResponse, transferOf(sealed));
    } else if (request.kind === 'seal') {
      const validated = held.get(request.id);
      held.delete(request.id);
      if (!validated) throw new Error(`Batch ${request.id} is not held by this worker.`);
      const sealed = work.sealBatch(validated, request.routes, request.importId);
      port.postMessage({ kind: 'sealed', id: request.id, sealed } satisfies BatchResponse, transferOf(sealed));
    } else held.delete(request.id);
  } catch (err) {
    port.postMessage({ kind: 'error', id: request.id, message: (err as Error).message } satisfies BatchResponse);
  }
});
port.postMessage({ kind: 'ready' } satisfies BatchResponse);
