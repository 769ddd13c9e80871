// Runs inside the sealing worker thread (see row-sealer.ts): builds the same hasher and sealer from the key
// material it was started with and seals each batch it is sent, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { createHasher, createSealer } from '../crypto';
import { sealKeyedRows, type KeyedRow, type SealRequest, type SealResponse, type SealWorkerData } from './row-sealer';

const data = workerData as SealWorkerData;
// Buffers arrive as plain Uint8Arrays after the structured clone.
const hasher = createHasher(Buffer.from(data.pepper));
const sealer = createSealer({
  dataKeys: new Map(data.dataKeys.map(([version, key]) => [version, Buffer.from(key)])),
  currentKeyVersion: data.currentKeyVersion,
});

parentPort!.on('message', (request: SealRequest) => {
  let response: SealResponse;
  try {
    response = { id: request.id, sealed: sealKeyedRows(hasher, sealer, JSON.parse(request.rows) as KeyedRow[]) };
  } catch (err) {
    response = { id: request.id, error: (err as Error).message };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage({ ready: true });
