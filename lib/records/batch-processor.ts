// Runs the import's per-row work (import-batch.ts: validate, key, seal) on worker threads when they can be
// had, one per core: that work is most of the import's CPU, and the main thread is left to read the file and
// talk to the database. A batch is keyed and later sealed by the same worker, which keeps its validated rows
// in between; only the records go in and only hashes and COPY tuples come out. When every row is to be inserted
// (a first import), one request does both, so the rows never wait in the worker at all.
//
// The workers load the TypeScript sources through tsx's CommonJS hook, from the project root (where every
// entry point runs, as db/index.ts assumes too), so they start the same way under tsx, vitest and Next.
// If a worker cannot start or dies, its batches are redone on this thread from their records: slower,
// never wrong (keying is deterministic, so a redone batch keys exactly as it did).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { keyMaterialOf } from '../crypto';
import {
  createBatchWork,
  rowRoute,
  type BatchContext,
  type KeyedBatch,
  type RawBatch,
  type SealedBatch,
  type ValidatedBatch,
} from './import-batch';

export type BatchWorkerData = {
  root: string;
  entry: string;
  pepper: Uint8Array;
  dataKeys: [number, Uint8Array][];
  currentKeyVersion: number;
  columns: readonly string[];
  today: string;
};
export type BatchRequest =
  | { kind: 'key'; id: number; raw: RawBatch }
  | { kind: 'seal'; id: number; routes: Uint8Array; importId: number }
  | { kind: 'keySeal'; id: number; raw: RawBatch; importId: number }
  | { kind: 'drop'; id: number };
export type BatchResponse =
  | { kind: 'keyed'; id: number; keyed: KeyedBatch }
  | { kind: 'sealed'; id: number; sealed: SealedBatch }
  | { kind: 'keyedSealed'; id: number; keyed: KeyedBatch; sealed: SealedBatch }
  | { kind: 'error'; id: number; message: string }
  | { kind: 'ready' };

export type BatchProcessor = {
  /**
   * Starts the workers; until one is ready, batches are keyed and sealed on the calling thread. Resolves
   * true once at least one is ready, false if none can start (nobody needs to wait for it; tests do).
   */
  startWorkers(): Promise<boolean>;
  /** Validates and keys a batch; its rows wait where they were keyed until seal() or drop(). */
  key(id: number, raw: RawBatch): Promise<KeyedBatch>;
  seal(id: number, routes: Uint8Array, importId: number): Promise<SealedBatch>;
  /** Keys a batch and seals every row it accepts for insertion, in one step (nothing is held in between). */
  keyAndSeal(id: number, raw: RawBatch, importId: number): Promise<KeyedSealed>;
  /** Forgets a keyed batch that will not be sealed (nothing in it to write). */
  drop(id: number): void;
  close(): Promise<void>;
  /** Rows sealed in workers and on the calling thread, for the benchmark and tests. */
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

export type KeyedSealed = { keyed: KeyedBatch; sealed: SealedBatch };

type Pending = {
  kind: BatchRequest['kind'];
  resolve: (v: never) => void;
  reject: (e: Error) => void;
  routes?: Uint8Array;
  importId?: number;
};
type Slot = { worker: Worker; ready: boolean; pending: Map<number, Pending> };
type Entry = { raw: RawBatch; slot: Slot | null; validated?: ValidatedBatch };

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export type BatchProcessorOptions = {
  /** Worker threads to start (default: one per core, at most 4). */
  workers?: number;
  /** Told of each worker as it starts (tests stop one to see its batches redone here). */
  onWorkerStarted?: (worker: Worker) => void;
};

export function createBatchProcessor(ctx: BatchContext, options: BatchProcessorOptions = {}): BatchProcessor {
  const workerCount = options.workers ?? defaultWorkerCount();
  const work = createBatchWork(ctx);
  const sealed = { inWorker: 0, inThread: 0 };
  const batches = new Map<number, Entry>();
  const slots: Slot[] = [];
  let turn = 0;
  let started: Promise<boolean> | undefined;
  let closed = false;

  const keyHere = (entry: Entry): KeyedBatch => {
    const { keyed, validated } = work.keyBatch(entry.raw);
    entry.slot = null;
    entry.validated = validated;
    return keyed;
  };
  const sealHere = (id: number, entry: Entry, routes: Uint8Array, importId: number): SealedBatch => {
    // A batch whose worker died is keyed again here first: same records, same keys, same rows.
    const validated = entry.validated ?? work.keyBatch(entry.raw).validated;
    batches.delete(id);
    const out = work.sealBatch(validated, routes, importId);
    sealed.inThread += out.inserts.count + out.upserts.count;
    return out;
  };
  const keySealHere = (id: number, entry: Entry, importId: number): KeyedSealed => {
    const keyed = keyHere(entry);
    return { keyed, sealed: sealHere(id, entry, new Uint8Array(keyed.count).fill(rowRoute.insert), importId) };
  };

  const abandon = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    slots.splice(i, 1);
    slot.ready = false;
    void slot.worker.terminate();
    for (const entry of batches.values()) if (entry.slot === slot) entry.slot = null;
    // What the worker had not answered yet is done here, in the order it was asked.
    for (const [id, p] of slot.pending) {
      slot.pending.delete(id);
      const entry = batches.get(id);
      try {
        if (!entry) throw new Error('A batch the worker held is unknown.');
        const redone =
          p.kind === 'key'
            ? keyHere(entry)
            : p.kind === 'seal'
              ? sealHere(id, entry, p.routes!, p.importId!)
              : keySealHere(id, entry, p.importId!);
        p.resolve(redone as never);
      } catch (err) {
        p.reject(err as Error);
      }
    }
  };

  const spawn = (): Promise<boolean> =>
    new Promise<boolean>((settle) => {
      const keys = keyMaterialOf(ctx.hasher, ctx.sealer);
      const root = process.cwd();
      const entry = path.join(root, 'lib/records/batch-worker.ts');
      if (!keys || !existsSync(entry) || closed) return settle(false);
      const data: BatchWorkerData = {
        root,
        entry,
        pepper: keys.pepper,
        dataKeys: [...keys.dataKeys],
        currentKeyVersion: keys.currentKeyVersion,
        columns: ctx.columns,
        today: ctx.today,
      };
      // A worker holds a few batches (a few MB). Without caps V8 lets each heap grow towards its defaults,
      // about 100 MB apiece with the young generation's 48, long after that is needed: measured with two
      // workers, 10,000 to 80,000 rows raised the peak by 90 MB with the defaults, by ~35 MB with these.
      // Should a worker run out, its batches are redone here.
      const worker = new Worker(bootstrap, {
        eval: true,
        execArgv: [],
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 },
      });
      const slot: Slot = { worker, ready: false, pending: new Map() };
      slots.push(slot);
      options.onWorkerStarted?.(worker);
      // A worker left behind by a caller that never closed must not keep the process alive.
      worker.unref();
      worker.on('message', (m: BatchResponse) => {
        if (m.kind === 'ready') {
          slot.ready = true;
          return settle(true);
        }
        const p = slot.pending.get(m.id);
        if (!p) return;
        slot.pending.delete(m.id);
        if (m.kind === 'error') return p.reject(new Error(m.message));
        if (m.kind === 'sealed' || m.kind === 'keyedSealed') {
          batches.delete(m.id);
          sealed.inWorker += m.sealed.inserts.count + m.sealed.upserts.count;
          return p.resolve((m.kind === 'sealed' ? m.sealed : { keyed: m.keyed, sealed: m.sealed }) as never);
        }
        p.resolve(m.keyed as never);
      });
      const stop = () => {
        settle(false);
        abandon(slot);
      };
      worker.on('error', stop);
      worker.on('exit', stop);
    });

  const ask = <T>(
    slot: Slot,
    request: BatchRequest,
    pending: Omit<Pending, 'resolve' | 'reject'>,
    transfer: ArrayBuffer[] = [],
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      slot.pending.set(request.id, { ...pending, resolve: resolve as (v: never) => void, reject });
      slot.worker.postMessage(request, transfer);
    });

  const nextSlot = (): Slot | undefined => {
    const ready = slots.filter((s) => s.ready);
    return ready.length === 0 ? undefined : ready[turn++ % ready.length];
  };

  return {
    sealed,
    startWorkers() {
      started ??= Promise.all(Array.from({ length: workerCount }, spawn)).then((ok) => ok.some(Boolean));
      return started;
    },
    async key(id, raw) {
      const entry: Entry = { raw, slot: null };
      batches.set(id, entry);
      const slot = nextSlot();
      if (!slot) return keyHere(entry);
      entry.slot = slot;
      return ask<KeyedBatch>(slot, { kind: 'key', id, raw }, { kind: 'key' });
    },
    async keyAndSeal(id, raw, importId) {
      const entry: Entry = { raw, slot: null };
      batches.set(id, entry);
      const slot = nextSlot();
      if (!slot) return keySealHere(id, entry, importId);
      entry.slot = slot;
      return ask<KeyedSealed>(slot, { kind: 'keySeal', id, raw, importId }, { kind: 'keySeal', importId });
    },
    async seal(id, routes, importId) {
      const entry = batches.get(id);
      if (!entry) throw new Error(`Batch ${id} was not keyed, or was sealed already.`);
      if (!entry.slot) return sealHere(id, entry, routes, importId);
      return ask<SealedBatch>(entry.slot, { kind: 'seal', id, routes, importId }, { kind: 'seal', routes, importId });
    },
    drop(id) {
      const entry = batches.get(id);
      batches.delete(id);
      entry?.slot?.worker.postMessage({ kind: 'drop', id } satisfies BatchRequest);
    },
    async close() {
      closed = true;
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
      batches.clear();
    },
  };
}
