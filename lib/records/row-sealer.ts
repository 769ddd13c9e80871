// Seals the import's new and changed rows, in a worker thread when one can be had. Sealing (up to five
// HMACs, AES-GCM, the notice code and the name keys) is most of the import's work in Node; on a 2-core
// machine the main thread reads and validates the file while the worker seals and PostgreSQL writes.
//
// The worker loads the TypeScript sources through tsx's CommonJS hook, from the project root (where every
// entry point runs, as db/index.ts assumes too), so it starts the same way under tsx, vitest and Next.
// If it cannot start or dies, the rows it had are sealed on the main thread instead: slower, never wrong.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { keyMaterialOf, type Hasher, type Sealer } from '../crypto';
import { toSealedRecordBatch, type SealedRecordBatch } from '../../db/queries/records';
import type { RecordRow } from '../validation/record-row';
import { sealRecordRow } from './seal';

/** A validated row with the keyed hashes the import computed first (hex). */
export type KeyedRow = { row: RecordRow; tinHash: string; fingerprint: string };

// Rows travel to the worker as JSON text, and back as the text the upsert sends: copying one string costs a
// fraction of structured-cloning thousands of small objects (measured: 7 µs a row on each side, plus GC).
export type SealRequest = { id: number; rows: string };
export type SealResponse = { id: number; sealed: SealedRecordBatch; error?: undefined } | { id: number; error: string };
export type SealWorkerData = { root: string; entry: string; pepper: Uint8Array; dataKeys: [number, Uint8Array][]; currentKeyVersion: number };

export function sealKeyedRows(hasher: Hasher, sealer: Sealer, rows: KeyedRow[]): SealedRecordBatch {
  return toSealedRecordBatch(
    rows.map((k) =>
      sealRecordRow(hasher, sealer, k.row, { tinHash: Buffer.from(k.tinHash, 'hex'), fingerprint: Buffer.from(k.fingerprint, 'hex') }),
    ),
  );
}

export type RowSealer = {
  /**
   * Starts the worker; until it is ready, batches are sealed on the calling thread. Resolves true once it is
   * ready, false if it cannot start (nobody needs to wait for it; tests do).
   */
  startWorker(): Promise<boolean>;
  seal(rows: KeyedRow[]): Promise<SealedRecordBatch>;
  close(): Promise<void>;
  /** Rows sealed in the worker and on the calling thread, for the benchmark. */
  readonly sealed: { inWorker: number; inThread: number };
};

// The eval'd bootstrap is plain CommonJS, so no bundler or loader has to understand it.
const bootstrap = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const requireFromRoot = createRequire(workerData.root + '/package.json');
requireFromRoot('tsx/cjs/api').register();
requireFromRoot(workerData.entry);
`;

export function createRowSealer(hasher: Hasher, sealer: Sealer): RowSealer {
  const sealed = { inWorker: 0, inThread: 0 };
  const pending = new Map<number, { rows: KeyedRow[]; resolve: (s: SealedRecordBatch) => void; reject: (e: Error) => void }>();
  let worker: Worker | undefined;
  let ready = false;
  let started: Promise<boolean> | undefined;
  let nextId = 0;

  const sealHere = (rows: KeyedRow[]) => {
    sealed.inThread += rows.length;
    return sealKeyedRows(hasher, sealer, rows);
  };

  const abandonWorker = () => {
    ready = false;
    const w = worker;
    worker = undefined;
    void w?.terminate();
    // What the worker had not answered yet is sealed here, in the order it was sent.
    for (const [id, p] of pending) {
      pending.delete(id);
      try {
        p.resolve(sealHere(p.rows));
      } catch (err) {
        p.reject(err as Error);
      }
    }
  };

  const spawn = (settle: (ready: boolean) => void) => {
    const keys = keyMaterialOf(hasher, sealer);
    const root = process.cwd();
    const entry = path.join(root, 'lib/records/seal-worker.ts');
    if (!keys || !existsSync(entry)) return settle(false);
    const data: SealWorkerData = { root, entry, pepper: keys.pepper, dataKeys: [...keys.dataKeys], currentKeyVersion: keys.currentKeyVersion };
    // A batch's live data is a few MB; without a cap V8 lets the worker's heap grow with the file (measured:
    // +50 MB from 10,000 to 80,000 rows, +26 MB with it). Should it ever run out, its rows are sealed here.
    const w = new Worker(bootstrap, { eval: true, execArgv: [], workerData: data, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    worker = w;
    // A worker left behind by a caller that never closed must not keep the process alive.
    w.unref();
    w.on('message', (m: SealResponse | { ready: true }) => {
      if ('ready' in m) {
        ready = true;
        return settle(true);
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else {
        sealed.inWorker += m.sealed.count;
        p.resolve(m.sealed);
      }
    });
    const stop = () => {
      settle(false);
      if (worker === w) abandonWorker();
    };
    w.on('error', stop);
    w.on('exit', stop);
  };

  return {
    sealed,
    startWorker() {
      started ??= new Promise<boolean>(spawn);
      return started;
    },
    async seal(rows) {
      if (rows.length === 0 || !worker || !ready) return sealHere(rows);
      const id = nextId++;
      const result = new Promise<SealedRecordBatch>((resolve, reject) => pending.set(id, { rows, resolve, reject }));
      worker.postMessage({ id, rows: JSON.stringify(rows) } satisfies SealRequest);
      return result;
    },
    async close() {
      const w = worker;
      worker = undefined;
      ready = false;
      if (w) await w.terminate();
    },
  };
}
